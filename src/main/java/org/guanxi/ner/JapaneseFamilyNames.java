package org.guanxi.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanxi.doc.Mention;

/**
 * Chinese news writes a Japanese person's family name alone once the whole name was given
 * (经济产业大臣近藤正春 … 近藤指出), as Japanese usage does; a Chinese surname alone is no such
 * reference. The family name names the person only when one person of the article bears it.
 */
final class JapaneseFamilyNames {
    private final Set<String> surnames;

    JapaneseFamilyNames(Set<String> surnames) {
        this.surnames = surnames;
    }

    /**
     * The family names, written alone, of the article's people named by a Japanese family name and
     * a given name of one or two characters; a family name two of them share names neither.
     */
    Map<String, Mention> alone(List<Mention> people) {
        Map<String, Mention> out = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Mention m : people) {
            String s = m.surface();
            if (s.length() < 3 || s.length() > 4 || !surnames.contains(s.substring(0, 2))) {
                continue;
            }
            String family = s.substring(0, 2);
            Mention before = out.putIfAbsent(family, m);
            if (before != null && !before.entity().id().equals(m.entity().id())) {
                shared.add(family);
            }
        }
        out.keySet().removeAll(shared);
        return out;
    }
}
