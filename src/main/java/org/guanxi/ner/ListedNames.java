package org.guanxi.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;

/**
 * 丘成桐、崔琦、徐立之这些学者, 吴军豹、任伟强、张顺、屈文宽、陈宾5人: Chinese writing lists people with
 * the enumeration comma 、. Where three names or more stand in such a list, each one is backed by
 * the others, though none of them has a title or a verb of saying; two names may be any pair of
 * words HanLP misread (台港、韩朝), three in a row rarely are.
 */
final class ListedNames {
    private static final int SHORTEST_LIST = 3;
    private static final String NUMERALS = "一二三四五六七八九十两几";
    private static final String JOINTS = "、和与及";

    private ListedNames() {
    }

    /** The spans of the person names (candidates or mentions) that stand in a list of three or more joined by 、. */
    static Set<Span> inLists(String norm, List<Recognizer.Candidate> candidates, List<Mention> mentions) {
        List<Span> people = new ArrayList<>();
        candidates.stream().filter(c -> c.type() == EntityType.PERSON).forEach(c -> people.add(c.span()));
        mentions.stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> people.add(m.span()));
        people.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        Set<Span> out = new HashSet<>();
        List<Span> run = new ArrayList<>();
        boolean comma = false;
        for (Span s : people) {
            Span last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && s.start() == last.end() + 1 && JOINTS.indexOf(norm.charAt(last.end())) >= 0) {
                comma |= norm.charAt(last.end()) == '、';
                run.add(s);
            } else if (last == null || s.start() >= last.end()) {
                close(norm, run, comma, out);
                comma = false;
                run.add(s);
            }
        }
        close(norm, run, comma, out);
        return out;
    }

    /** A list of three names or more with at least one 、 (章杰、赵家骧与吉星文: its last name may follow 和, 与 or 及). */
    private static void close(String norm, List<Span> run, boolean comma, Set<Span> out) {
        if (run.size() >= SHORTEST_LIST && comma) {
            out.addAll(run);
            // 罗伟、周煜博、陈世尧就: a name of two characters ending the list before another character of a
            // name (陈世 + 尧) may be cut short; before a function word, a numeral or punctuation it is whole
            Span last = run.get(run.size() - 1);
            if (last.length() == 2 && last.end() < norm.length() && goesOn(norm.charAt(last.end()))) {
                out.remove(last);
            }
        }
        run.clear();
    }

    private static boolean goesOn(char c) {
        return HanlpAnalyzer.isHan(c) && !NameFilter.functionChar(c) && NUMERALS.indexOf(c) < 0;
    }
}
