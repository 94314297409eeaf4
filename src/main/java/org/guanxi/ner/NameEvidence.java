package org.guanxi.ner;

import java.util.List;
import java.util.Set;
import org.guanxi.doc.Document;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * What the words around a candidate name say about it: a title before or after it, a verb of
 * saying after it, other people listed with it. The recogniser weighs these to keep a name.
 */
final class NameEvidence {
    /** Forms of address written after a person's name in Chinese (律师, 老师, 教授, 先生). */
    private static final Set<String> ADDRESS = Set.of("先生", "女士", "小姐", "老师", "教授", "博士", "律师", "医生",
            "法官", "院士", "牧师", "神父", "主教", "法师", "大师");
    private final NerTables tables;
    private final NameFilter names;

    NameEvidence(NerTables tables, NameFilter names) {
        this.tables = tables;
        this.names = names;
    }

    /** A title right before the name (or a noun for a kind of person before a name HanLP found). */
    boolean titleBefore(String norm, Recognizer.Candidate c, List<Token> toks) {
        int i = c.token() >= 0 ? c.token() : indexAt(toks, c.span().start());
        if (i <= 0) {
            // 执行长法利 (执行/v 长法利/nr): a title HanLP cut apart, its last character in the name's word
            return c.token() < 0 && tables.titleEndsAt(norm, c.span().start());
        }
        Token prev = toks.get(i - 1);
        // 防长伊万诺夫 (防/v 长/a 伊万诺夫/nr): a title HanLP cut into pieces, ending right before the name;
        // 分析人士秦鹏: a name HanLP found after a noun for a kind of person, unless its surname is also a word (人士和藏人)
        return prev.tag().equals("nnt") || tables.isTitle(prev.word())
                || c.source().startsWith("hanlp:") && tables.roleNouns().contains(prev.word()) && !names.ambiguousSurname(c.name())
                || prev.span().end() == c.span().start() && tables.titleEndsAt(norm, c.span().start());
    }

    /** A title right after the name, or after one more noun (冈田直树/nrj 官房/nz 副长官/nnt). */
    boolean titleAfter(Recognizer.Candidate c, List<Token> toks) {
        int i = c.token() >= 0 ? c.token() : indexAt(toks, c.span().start());
        for (int j = i + 1; i >= 0 && j <= i + 2 && j < toks.size(); j++) {
            Token t = toks.get(j);
            if (t.tag().equals("nnt") || tables.isTitle(t.word())) {
                return true;
            }
            if (!t.tag().startsWith("n") || t.word().length() > 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * A form of address right after the name (周海洋律师, 伍雷老师, 张文宏教授), with nothing between;
     * not any title (乐客会员, 江派官员: a group and its members).
     */
    boolean addressedAfter(Recognizer.Candidate c, List<Token> toks) {
        int i = c.token() >= 0 ? c.token() : indexAt(toks, c.span().start());
        if (i < 0 || i + 1 >= toks.size()) {
            return false;
        }
        Token t = toks.get(i + 1);
        // 官派律师: 派 (appointed by, a faction) before the word ends no name
        return t.span().start() == c.span().end() && ADDRESS.contains(t.word()) && !c.name().endsWith("派");
    }

    /** A person cue right after the name ("表示"), or a day first ("曾光4日在会上表示"). */
    boolean cueAfter(Recognizer.Candidate c, List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).span().start() == c.span().end()) {
                String w = toks.get(i).word();
                return tables.personCues().contains(w)
                        || w.chars().allMatch(Character::isDigit) && i + 1 < toks.size() && toks.get(i + 1).word().equals("日");
            }
        }
        return false;
    }

    /** 主席郁亮，在……: punctuation that ends a clause or opens a quote right after the name, so nothing of it goes on. */
    static boolean clauseEndsAfter(String norm, Span span) {
        return span.end() < norm.length() && "，。；：".indexOf(norm.charAt(span.end())) >= 0;
    }

    /** "A、B和C": next to a known person with a list separator between. */

    static boolean listedWithPerson(Document doc, Recognizer.Candidate c, List<Mention> known) {
        if (c.type() != EntityType.PERSON) {
            return false;
        }
        for (Mention m : known) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            int gapStart = Math.min(m.span().end(), c.span().end());
            int gapEnd = Math.max(m.span().start(), c.span().start());
            if (gapEnd >= gapStart && gapEnd - gapStart <= 1) {
                String gap = doc.norm().substring(gapStart, gapEnd);
                if (gap.equals("、") || gap.equals("和") || gap.equals("与") || gap.equals("及")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Titled names in a list (副总理刘鹤、央行行长易纲): a separator, then a title of a few characters and the name. */
    boolean listedWithTitledPerson(String norm, Recognizer.Candidate c, List<Token> toks, List<Mention> known) {
        for (Mention m : known) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            if (m.span().end() < c.span().start() && titledListGap(norm, toks, m.span().end(), c.span().start())
                    || c.span().end() < m.span().start() && titledListGap(norm, toks, c.span().end(), m.span().start())) {
                return true;
            }
        }
        return false;
    }

    /** A separator, up to nine characters with no punctuation, and a title (of the table, or HanLP's nnt) ending the gap. */
    private boolean titledListGap(String norm, List<Token> toks, int start, int end) {
        if (end - start > 10 || "、和与及".indexOf(norm.charAt(start)) < 0
                || !(tables.titleEndsAt(norm, end) || toks.stream().anyMatch(t -> t.span().end() == end && t.tag().equals("nnt")))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!HanlpAnalyzer.isHan(norm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int indexAt(List<Token> toks, int start) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).span().start() == start) {
                return i;
            }
        }
        return -1;
    }
}
