package org.guanxi.ner;

import java.util.List;
import org.guanxi.doc.Token;

/**
 * Where the first part of a dotted name starts, when HanLP cut its first syllables off as words
 * of their own: 议员莱因(莱/q 因/p)哈德·布埃蒂科弗, 法官哈罗(nz)德·梅尔顿, 市长安娜 (市/长安/娜),
 * 难民扎(v)伊纳伯·..., 加(v)德·萨阿德说, 为约(d)瑟夫·斯大林. The part takes back the
 * transliteration characters before it up to a title, or up to a clear edge when they are at most
 * two lone syllables.
 */
final class DottedNameStart {
    /** The longest first part we widen to (阿努米塔, 莱因哈德, 阿尔弗雷多). */
    private static final int MAX_PART = 5;
    /** One-character words before a name that are verbs or prepositions taking the person, though some spell syllables too. */
    private static final String TAKES_PERSON = "让会给叫请使令要找问帮陪送比像跟同派选被把由向对";
    /** One-character words after which a name stands (为约瑟夫·斯大林, 是, 与, 和, 及). */
    private static final String BEFORE_NAME = "为是与和及或";

    private final NerTables tables;
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;

    /** True for a verb or preposition of one character that takes a person after it (让, 向), though some spell syllables too. */
    static boolean takesPerson(char c) {
        return TAKES_PERSON.indexOf(c) >= 0;
    }

    DottedNameStart(NerTables tables, NameFilter names, HanlpAnalyzer hanlp) {
        this.tables = tables;
        this.names = names;
        this.hanlp = hanlp;
    }

    /** The start of the first part (before {@code dot}, which it ends at) of a dotted name found to start at {@code start}. */
    int widen(String norm, List<Token> toks, int base, int start, int dot) {
        // 让-吕克·马丁内兹, 让-伊夫·勒德里安: a hyphenated first name of one or two short parts
        if (start >= 2 && norm.charAt(start - 1) == '-') {
            int s = start - 1;
            while (s > 0 && start - 1 - s < 3 && HanlpAnalyzer.isHan(norm.charAt(s - 1)) && names.continuesName(norm.charAt(s - 1))) {
                s--;
            }
            if (s < start - 1 && (clearEdge(norm, toks, base, s) || tables.titleEndsAt(norm, s))) {
                return s;
            }
        }
        int afterTitle = afterTitle(norm, start, dot);
        if (afterTitle < start) {
            return afterTitle;
        }
        return beforeLoneSyllables(norm, toks, base, start, dot);
    }

    /**
     * 戴维·皮特-沃森(, 阿古斯蒂娜·贝萨-路易斯曾: a double last name joined by a hyphen goes on
     * over the second name, two to four transliteration characters that end at punctuation, a
     * function character or a character no transliteration uses.
     */
    int hyphenatedEnd(String norm, int end) {
        if (end + 3 > norm.length() || norm.charAt(end) != '-') {
            return end;
        }
        int e = end + 1;
        while (e < norm.length() && e - end - 1 < 4 && HanlpAnalyzer.isHan(norm.charAt(e)) && names.continuesName(norm.charAt(e))) {
            e++;
        }
        boolean edge = e >= norm.length() || !HanlpAnalyzer.isHan(norm.charAt(e)) || !names.namePartChar(norm.charAt(e))
                || NameFilter.functionChar(norm.charAt(e));
        return e - end - 1 >= 2 && edge ? e : end;
    }

    /**
     * 法官哈罗德·, 议员莱因哈德·, 市长安娜·: a title ends within the first part's reach and only
     * transliteration characters stand between it and the part; the part starts after the title.
     */
    private int afterTitle(String norm, int start, int dot) {
        // 委员会主席汤姆·: the part already starts after a title (主席); a title further back (委员) is another's
        if (tables.titleEndsAt(norm, start)) {
            return start;
        }
        for (int p = start - 1; p >= 0 && dot - p <= MAX_PART; p--) {
            // 塔里克, 莱因哈德: 里 and 因 are function characters that transliterations use too
            if (!names.namePartChar(norm.charAt(p))) {
                return start;
            }
            if (tables.titleEndsAt(norm, p)) {
                return p;
            }
        }
        return start;
    }

    /**
     * 难民扎伊纳伯·, 一听说加德·, 为约瑟夫·: one or two words of one character that HanLP read as
     * a verb, adverb or morpheme, right before the part and after a clear edge, are its first
     * syllables.
     */
    private int beforeLoneSyllables(String norm, List<Token> toks, int base, int start, int dot) {
        int s = start;
        for (int n = 0; n < 2 && s > 0 && dot - s < MAX_PART; n++) {
            Token t = tokenEndingAt(toks, base + s);
            if (t == null || !loneSyllable(t)) {
                break;
            }
            s--;
        }
        if (s == start || hanlp.isCommonWord(norm.substring(s, s + 2)) || !clearEdge(norm, toks, base, s)) {
            return start;
        }
        return s;
    }

    private boolean loneSyllable(Token t) {
        String w = t.word();
        if (w.length() != 1 || !names.continuesName(w.charAt(0)) || takesPerson(w.charAt(0)) || tables.isTitle(w)) {
            return false;
        }
        String tag = t.tag();
        return tag.equals("v") || tag.equals("vg") || tag.equals("vi") || tag.equals("d") || tag.equals("dg") || tag.equals("ng")
                || tag.equals("n") || tag.equals("b") || tag.equals("q") || tag.equals("ag") || tag.equals("a");
    }

    /** The start of the sentence, punctuation, 的, a title, a word of one character that a name follows, or an ordinary word that is never a name. */
    private boolean clearEdge(String norm, List<Token> toks, int base, int at) {
        if (at == 0 || !HanlpAnalyzer.isHan(norm.charAt(at - 1)) || norm.charAt(at - 1) == '的' || BEFORE_NAME.indexOf(norm.charAt(at - 1)) >= 0) {
            return true;
        }
        if (tables.titleEndsAt(norm, at)) {
            return true;
        }
        Token t = tokenEndingAt(toks, base + at);
        if (t == null) {
            return false;
        }
        String tag = t.tag();
        return tag.equals("nnt") || tag.equals("nnd") || t.word().length() >= 2 && !tag.startsWith("nr") && !tag.startsWith("ns")
                && !tag.startsWith("nx") && !tag.startsWith("nz") && !tag.startsWith("nt") && hanlp.isNeverAName(t.word());
    }

    private static Token tokenEndingAt(List<Token> toks, int end) {
        for (Token t : toks) {
            if (t.span().end() == end) {
                return t;
            }
        }
        return null;
    }
}
