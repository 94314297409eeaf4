package org.guanxi.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;

/**
 * 卡/n 赫勒/nrf for 卡赫勒, 广/a 野庆子/nr for 广野庆子, 基尔/nr 克雷斯/nrf for 基尔克雷斯: HanLP cuts the
 * first syllable or two off a name and reads the rest as the name. When the article names a person
 * with those syllables in front elsewhere (凯·卡赫勒, 卡赫勒说) and never writes the shorter name
 * without them, the name starts before them. A shorter name the article also writes alone
 * (孙坚 beside 闻孙坚) is a name of its own.
 */
final class NameCutStart {
    private NameCutStart() {
    }

    /** The candidates, each widened back over the one or two characters the article's other names of the person start with. */
    static List<Recognizer.Candidate> widen(String norm, List<Recognizer.Candidate> candidates, List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        for (Recognizer.Candidate c : candidates) {
            if (c.type() == EntityType.PERSON) {
                addName(names, c.name());
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                addName(names, m.surface());
            }
        }
        List<Recognizer.Candidate> out = new ArrayList<>(candidates.size());
        for (Recognizer.Candidate c : candidates) {
            out.add(c.type() == EntityType.PERSON && c.source().startsWith("hanlp:") ? widened(norm, c, names) : c);
        }
        return out;
    }

    /** A name and, for a dotted one, its last part (卡赫勒 in 凯·卡赫勒): the part news text writes alone. */
    private static void addName(Set<String> names, String name) {
        names.add(name);
        int dot = name.lastIndexOf('·');
        if (dot >= 0 && name.length() - dot > 2) {
            names.add(name.substring(dot + 1));
        }
    }

    private static Recognizer.Candidate widened(String norm, Recognizer.Candidate c, Set<String> names) {
        int start = c.span().start();
        for (int n = 1; n <= 2 && start - n >= 0; n++) {
            char first = norm.charAt(start - n);
            if (!HanlpAnalyzer.isHan(first) || NameFilter.functionChar(first)) {
                return c;
            }
            String longer = norm.substring(start - n, c.span().end());
            if (names.contains(longer) && alwaysAfter(norm, c.name(), norm.substring(start - n, start))) {
                return new Recognizer.Candidate(new Span(start - n, c.span().end()), longer, c.type(), c.source(), c.sentence(), -1);
            }
        }
        return c;
    }

    /** True when every writing of {@code name} in the article comes right after {@code before}. */
    private static boolean alwaysAfter(String norm, String name, String before) {
        for (int at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
            if (at < before.length() || !norm.startsWith(before, at - before.length())) {
                return false;
            }
        }
        return true;
    }
}
