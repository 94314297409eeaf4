package org.guanxi.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;

/**
 * Tibetan names (达瓦才仁, 丹增南达, 格桑坚参): two listed two-character name parts written
 * together. They have no surname, so HanLP's Chinese-name roles cut them anywhere (达/v 瓦/n
 * 才/d 仁/ag) or call them organisations; the parts themselves are the evidence.
 */
final class TibetanNames {
    private final Set<String> parts;
    /** First characters of the parts: most places in a sentence start none, and need no substring. */
    private final java.util.BitSet firstChars;

    TibetanNames(Set<String> parts) {
        this.parts = parts;
        this.firstChars = new java.util.BitSet();
        parts.forEach(p -> firstChars.set(p.charAt(0)));
    }

    /** The Tibetan names in one sentence ({@code norm} starting at {@code base}), outside {@code taken}. */
    List<Mention> find(String norm, int base, List<Span> taken) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i + 4 <= norm.length(); i++) {
            if (!firstChars.get(norm.charAt(i)) || !firstChars.get(norm.charAt(i + 2)) || !parts.contains(norm.substring(i, i + 2))
                    || !parts.contains(norm.substring(i + 2, i + 4))) {
                continue;
            }
            // a third listed part right after belongs to the same name
            int end = i + 6 <= norm.length() && parts.contains(norm.substring(i + 4, i + 6)) ? i + 6 : i + 4;
            Span span = new Span(base + i, base + end);
            if (taken.stream().noneMatch(x -> x.overlaps(span))) {
                String name = norm.substring(i, end);
                Entity e = new Entity(Recognizer.prefix(EntityType.PERSON) + name, EntityType.PERSON, name, null, List.of(), null, null, false);
                out.add(new Mention(span, name, e, "pattern:tibetan", 0.75, null, null));
            }
            i = end - 1;
        }
        return out;
    }
}
