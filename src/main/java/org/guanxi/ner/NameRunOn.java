package org.guanxi.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;

/**
 * 徐升 + 很 read 徐升很, 张菁 + 指出 read 张菁指, 凯伦·巴斯 + 会 read 凯伦·巴斯会: HanLP or a
 * pattern runs a name on into the first character of the next word. When the article names the
 * person without that character elsewhere, and writes the longer run only once, the name ends
 * before it.
 */
final class NameRunOn {
    private NameRunOn() {
    }

    /** The candidates, each cut before a last character the article's other names of the person lack. */
    static List<Recognizer.Candidate> trim(String norm, List<Recognizer.Candidate> candidates, List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        for (Recognizer.Candidate c : candidates) {
            if (c.type() == EntityType.PERSON) {
                names.add(c.name());
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                names.add(m.surface());
            }
        }
        List<Recognizer.Candidate> out = new ArrayList<>(candidates.size());
        for (Recognizer.Candidate c : candidates) {
            String name = c.name();
            String head = name.substring(0, Math.max(0, name.length() - 1));
            boolean runOn = c.type() == EntityType.PERSON && name.length() >= 3 && HanlpAnalyzer.isHan(name.charAt(name.length() - 1))
                    && !head.endsWith("·") && names.contains(head) && (writtenOnce(norm, name) ? writtenAlone(norm, head, name) : seldomBeside(norm, head, name));
            out.add(runOn ? new Recognizer.Candidate(new Span(c.span().start(), c.span().end() - 1), head, c.type(), c.source(),
                    c.sentence(), -1) : c);
        }
        return out;
    }

    /**
     * 袁术自赞 … 袁术自立, among forty 袁术: a run written more than once is still a run-on when the article
     * writes the name alone at least three times as often.
     */
    private static boolean seldomBeside(String norm, String head, String name) {
        int runs = count(norm, name);
        return 3 * runs <= count(norm, head) - runs;
    }

    private static int count(String norm, String s) {
        int n = 0;
        for (int at = norm.indexOf(s); at >= 0; at = norm.indexOf(s, at + 1)) {
            n++;
        }
        return n;
    }

    private static boolean writtenOnce(String norm, String name) {
        int first = norm.indexOf(name);
        return first >= 0 && norm.indexOf(name, first + 1) < 0;
    }

    /** The article writes {@code head} somewhere not followed by the rest of {@code name}. */
    private static boolean writtenAlone(String norm, String head, String name) {
        for (int at = norm.indexOf(head); at >= 0; at = norm.indexOf(head, at + 1)) {
            if (!norm.startsWith(name, at)) {
                return true;
            }
        }
        return false;
    }
}
