package org.guanxi.ner;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * Moves the edges of the person names HanLP proposes where its cut is visibly wrong: a title's
 * last character read as a surname (副相 + 崔善姬 read 相崔善 + 姬), or a long transliteration cut
 * into pieces (赫 + 拉姆 + 奇 + 辛说 for 赫拉姆奇辛, 亚夫 + 林斯基 for 亚夫林斯基), a name with two
 * surnames cut short (罗范 + 椒 + 芬, see {@link DoubleSurnames}). The names
 * themselves are judged later, as before.
 */
final class NameBounds {
    /** The longest transliterated name we read as one (弗拉基米尔·... is cut at the dot). */
    private static final int MAX_RUN = 8;
    /** Characters that close a list of names (拜登、岸田等, 议员们) and end no name. */
    private static final String LIST_ENDS = "等们";

    private final NerTables tables;
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;
    private final DoubleSurnames doubleSurnames;

    NameBounds(NerTables tables, NameFilter names, HanlpAnalyzer hanlp) {
        this.tables = tables;
        this.names = names;
        this.hanlp = hanlp;
        this.doubleSurnames = new DoubleSurnames(tables, names);
    }

    /**
     * The sentence's candidates with corrected edges; a candidate lying inside another's widened
     * span is dropped (米尔 once 弗拉基 has become 弗拉基米尔).
     */
    List<Recognizer.Candidate> adjust(String text, List<Token> toks, List<Recognizer.Candidate> in) {
        List<Recognizer.Candidate> moved = new ArrayList<>(in.size());
        for (Recognizer.Candidate c : in) {
            Recognizer.Candidate d = c;
            if (c.type() == EntityType.PERSON && c.source().startsWith("hanlp:nr") && !c.source().equals("hanlp:nrj")) {
                d = doubleSurnames.widen(text, toks, d);
                d = afterTitleTail(text, toks, d);
                d = wholeTransliteration(text, toks, d);
                d = splitGivenName(toks, d);
                d = withoutVerbStart(text, d);
            }
            if (d.type() == EntityType.PERSON && d.source().startsWith("hanlp:nr")) {
                d = withoutNextWordStart(text, d);
            }
            moved.add(d);
        }
        List<Recognizer.Candidate> out = new ArrayList<>(moved.size());
        for (Recognizer.Candidate c : moved) {
            boolean inside = moved.stream().anyMatch(o -> o != c && o.type() == EntityType.PERSON && o.span().length() > c.span().length()
                    && o.span().start() <= c.span().start() && c.span().end() <= o.span().end());
            boolean repeated = out.stream().anyMatch(o -> o.span().equals(c.span()));
            if (!inside && !repeated) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * 秦晖质问道, 彭斯驳斥, 朱军自称: HanLP glued the first character of a verb to the name before it;
     * a name of three characters or more whose last character starts a verb or adverb with the
     * character after it ends before that character.
     */
    private Recognizer.Candidate withoutVerbStart(String text, Recognizer.Candidate c) {
        int end = c.span().end();
        if (c.name().length() < 3 || c.name().contains("·") || end + 1 > text.length() || !hanlp.isCommonVerb(text.substring(end - 1, end + 1))) {
            return c;
        }
        return new Recognizer.Candidate(new Span(c.span().start(), end - 1), c.name().substring(0, c.name().length() - 1), c.type(),
                c.source(), c.sentence(), -1);
    }

    /**
     * 范云以及, 北村滋等举行, 牧岛众议员: HanLP glued to a name (Japanese ones too) the first character
     * of the word after it: a function word (以及, 若是), a title (众议员), or the 等/们 that closes a
     * list. No name of three characters or more ends in these, so the name ends before them.
     */
    private Recognizer.Candidate withoutNextWordStart(String text, Recognizer.Candidate c) {
        int end = c.span().end();
        String name = c.name();
        if (name.length() < 3 || name.contains("·")) {
            return c;
        }
        char last = name.charAt(name.length() - 1);
        boolean glued = LIST_ENDS.indexOf(last) >= 0
                || end < text.length() && (hanlp.isFunctionWord(text.substring(end - 1, end + 1)) || tables.titleStartsAt(text, end - 1));
        if (!glued) {
            return c;
        }
        return new Recognizer.Candidate(new Span(c.span().start(), end - 1), name.substring(0, name.length() - 1), c.type(),
                c.source(), c.sentence(), -1);
    }

    /**
     * 慈国巍 cut 慈国/nr + 巍/nr: a Chinese name of two characters that starts with a surname and
     * runs on into a one-character name of HanLP's is one name of three characters.
     */
    private Recognizer.Candidate splitGivenName(List<Token> toks, Recognizer.Candidate c) {
        int i = c.token();
        if (i < 0 || i + 1 >= toks.size() || c.name().length() != 2 || !c.source().equals("hanlp:nr") || !tables.startsWithSurname(c.name())) {
            return c;
        }
        Token next = toks.get(i + 1);
        if (next.word().length() != 1 || !next.tag().equals("nr") || next.span().start() != c.span().end()) {
            return c;
        }
        return new Recognizer.Candidate(new Span(c.span().start(), next.span().end()), c.name() + next.word(), c.type(), c.source(),
                c.sentence(), -1);
    }

    /**
     * 副相崔善姬 cut 副 + 相崔善/nr + 姬: the name's first character ends a title written before it
     * (副相, 次卿, 助卿, 法王); the name starts after it and, left with two characters, takes the
     * single character HanLP split off after it.
     */
    private Recognizer.Candidate afterTitleTail(String text, List<Token> toks, Recognizer.Candidate c) {
        int s = c.span().start();
        if (c.name().length() < 3 || !tables.titleEndsAt(text, s + 1)) {
            return c;
        }
        int start = s + 1;
        int end = c.span().end();
        if (end - start == 2) {
            Token next = tokenAt(toks, end);
            if (next != null && next.word().length() == 1 && HanlpAnalyzer.isHan(next.word().charAt(0))
                    && !NameFilter.functionChar(next.word().charAt(0)) && !tables.personCues().contains(next.word())) {
                end++;
            }
        }
        // 执行长 + 法利: what is left after the title is judged as a transliteration unless it starts with a surname
        String name = text.substring(start, end);
        String source = tables.startsWithSurname(name) ? c.source() : "hanlp:nrf";
        return new Recognizer.Candidate(new Span(start, end), name, c.type(), source, c.sentence(), -1);
    }

    /**
     * 赫拉姆奇辛说 tagged 赫/q 拉姆/nrf 奇/ag 辛说/nr: a transliterated name goes on over the
     * transliteration characters next to it that HanLP left as single characters or put in other
     * name words, up to a function character, a word that ends names (说) or a title, place or verb.
     */
    private Recognizer.Candidate wholeTransliteration(String text, List<Token> toks, Recognizer.Candidate c) {
        if (!names.transliteratedName(c.name())) {
            return c;
        }
        int start = c.span().start();
        int end = c.span().end();
        // 执行长巴拉 (执行/v 长/a 巴拉/nrf): the name does not reach back into a title written before it
        while (start > 0 && end - start < MAX_RUN && !tables.titleEndsAt(text, start) && joins(text, toks, start - 1, true)) {
            start--;
        }
        // 亲华 + 派: a widened name may not start with a word of the dictionary
        if (start < c.span().start() && hanlp.isCommonWord(text.substring(start, start + 2))) {
            start = c.span().start();
        }
        // 弗拉基米尔州: the name stops before a place or thing word (州, 广场, 线)
        while (end < text.length() && end - start < MAX_RUN && !names.endsNameAt(text, end) && !names.thingStarts(text, end)
                && joins(text, toks, end, false)) {
            end++;
        }
        if (end > c.span().end() && hanlp.isCommonWord(text.substring(end - 2, end))) {
            end = c.span().end();
        }
        start = splitFirstSyllables(text, toks, start);
        if (c.source().equals("hanlp:nrf")) {
            end = splitLastSyllable(text, toks, start, end); // 台一/nr + 事: a Chinese-looking piece takes no noun after it
        }
        // 洪线 in 马克马洪线: a piece that ends in a place or thing word is not widened into a name
        if (start == c.span().start() && end == c.span().end() || names.thingStarts(text, end - 1)) {
            return c;
        }
        // pieces of one transliteration (亚夫 + 林斯基) make a transliterated name, whatever HanLP tagged the piece
        return new Recognizer.Candidate(new Span(start, end), text.substring(start, end), c.type(), "hanlp:nrf", c.sentence(), -1);
    }

    /**
     * The character at {@code i} can join a transliterated name next to it (on its left when
     * {@code leftward}): a transliteration character HanLP left alone as a morpheme or an
     * adjective (赫/q, 奇/ag, 弗/dg), or in a name word of its own whose other characters on the far
     * side are transliteration too (拉姆 + 奇辛), or end the name (辛说: 说 ends it).
     */
    private boolean joins(String text, List<Token> toks, int i, boolean leftward) {
        char ch = text.charAt(i);
        if (!names.continuesName(ch)) {
            return false;
        }
        Token t = tokenCovering(toks, i);
        if (t == null) {
            return false;
        }
        String tag = t.tag();
        if (tag.startsWith("nr") && !tag.equals("nrj")) {
            // 战立/nr before 大威: the word goes on with 战, which is no transliteration, so 立 stays out
            int from = leftward ? t.span().start() : i + 1;
            int to = leftward ? i : t.span().end();
            for (int k = from; k < to; k++) {
                if (!names.continuesName(text.charAt(k)) && !(!leftward && names.endsNameAt(text, k))) {
                    return false;
                }
            }
            return true;
        }
        return t.word().length() == 1 && !(tag.startsWith("v") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
                || tag.startsWith("r") || tag.equals("d") || tag.startsWith("m") || tag.startsWith("t") || tag.startsWith("f")
                || tag.startsWith("w") || tag.startsWith("n") && !tag.equals("ng") || tables.isTitle(t.word()));
    }

    /**
     * 科 + 兰兹克, 佛 + 洛伊德, 爱 + 泼 + 斯坦: HanLP reads the first syllable or two of a
     * transliteration as a word of one character (科/n, 纳/v, 欣/vg). They belong to the name when
     * they stand right after a clear left edge (punctuation, 的, a title, an ordinary word), where a
     * word of one character that is no function word rarely stands on its own.
     */
    private int splitFirstSyllables(String text, List<Token> toks, int start) {
        int s = start;
        for (int n = 0; n < 2 && s > 0; n++) {
            Token t = tokenCovering(toks, s - 1);
            if (t == null || !loneSyllable(t)) {
                break;
            }
            s = t.span().start();
        }
        if (s == start || hanlp.isCommonWord(text.substring(s, s + 2)) || !clearLeftEdge(text, toks, s)) {
            return start;
        }
        return s;
    }

    /**
     * 索尔仁尼 + 琴 + 是: the last syllable of a transliteration read as a noun or verb of one
     * character belongs to the name when a function word, a verb of saying or punctuation follows.
     */
    private int splitLastSyllable(String text, List<Token> toks, int start, int end) {
        if (end >= text.length() || end - start >= MAX_RUN) {
            return end;
        }
        Token t = tokenAt(toks, end);
        // a noun only (琴/n): a verb of one character after a name is the verb (萧何 + 合称), and 人, 族, 家 make a people or a family
        if (t == null || !loneSyllable(t) || !t.tag().startsWith("n") || "人族家军方党派国事".indexOf(t.word().charAt(0)) >= 0) {
            return end;
        }
        int after = t.span().end();
        boolean edge = after >= text.length() || !HanlpAnalyzer.isHan(text.charAt(after)) || NameFilter.functionChar(text.charAt(after))
                || names.endsNameAt(text, after);
        return edge && !hanlp.isCommonWord(text.substring(end - 1, end + 1)) ? after : end;
    }

    /** A word of one character, a transliteration syllable, that HanLP read as a noun or verb (科/n, 纳/v, 欣/vg). */
    private boolean loneSyllable(Token t) {
        String tag = t.tag();
        // 让, 会, 请 before a name are verbs taking the person (会让阿斯特捷利康), though 让 spells Jean
        return t.word().length() == 1 && names.continuesName(t.word().charAt(0)) && !tables.isTitle(t.word())
                && "让会给叫请使令要找问帮陪送比像跟同派选".indexOf(t.word().charAt(0)) < 0
                && (tag.equals("n") || tag.equals("ng") || tag.equals("v") || tag.equals("vg") || tag.equals("vi"));
    }

    /** The start of the text, punctuation, 的, a title or an ordinary word of two characters or more ends right before {@code at}. */
    private boolean clearLeftEdge(String text, List<Token> toks, int at) {
        if (at == 0 || !HanlpAnalyzer.isHan(text.charAt(at - 1)) || text.charAt(at - 1) == '的') {
            return true;
        }
        for (Token t : toks) {
            if (t.span().end() == at) {
                String tag = t.tag();
                return tag.equals("nnt") || tables.isTitle(t.word()) || t.word().length() >= 2 && !tag.startsWith("nr") && !tag.startsWith("ns")
                        && !tag.startsWith("nx") && !tag.startsWith("nz") && hanlp.isNeverAName(t.word());
            }
        }
        return false;
    }

    private static Token tokenAt(List<Token> toks, int start) {
        for (Token t : toks) {
            if (t.span().start() == start) {
                return t;
            }
        }
        return null;
    }

    private static Token tokenCovering(List<Token> toks, int i) {
        for (Token t : toks) {
            if (t.span().start() <= i && i < t.span().end()) {
                return t;
            }
        }
        return null;
    }
}
