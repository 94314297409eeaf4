package org.guanxi.ner;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Span;

/**
 * 苏格拉 + 底说, 修昔底 + 德陷阱, 马尔库 + 塞认为: HanLP ends a long transliteration one syllable
 * early and reads the last syllable with the next word. A transliterated name of three characters
 * or more goes on over one more character that transliterations use when what follows that
 * character ends a name (a verb of saying, punctuation) or can start no name, and the character
 * makes no word with the next one (马克龙 + 法国 stays as it is) nor names a kind of place (詹姆斯 +
 * 宫, 阿巴斯 + 港). A name HanLP read as a Chinese one (张国荣 + 来演) is no transliteration.
 */
final class TransliterationEnd {
    /** Numerals, which transliterations use (晋三) but which here count what follows (王小妮三位). */
    private static final String NUMERALS = "一二三四五六七八九十两";
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;

    TransliterationEnd(NameFilter names, HanlpAnalyzer hanlp) {
        this.names = names;
        this.hanlp = hanlp;
    }

    /** The candidates, each transliterated one widened over a last syllable HanLP left outside it. */
    List<Recognizer.Candidate> extend(String norm, List<Recognizer.Candidate> candidates) {
        List<Recognizer.Candidate> out = new ArrayList<>(candidates.size());
        for (Recognizer.Candidate c : candidates) {
            int end = c.span().end();
            boolean widen = c.type() == EntityType.PERSON && c.source().startsWith("hanlp:") && c.name().length() >= 3
                    && c.name().indexOf('·') < 0 && names.transliteratedName(c.name()) && end + 1 < norm.length()
                    && HanlpAnalyzer.isHan(norm.charAt(end)) && names.continuesName(norm.charAt(end)) && !names.endsNameAt(norm, end)
                    && !names.thingStarts(norm, end) && NUMERALS.indexOf(norm.charAt(end)) < 0
                    && (c.source().equals("hanlp:nrf") || !names.chineseName(c.name(), false))
                    && !hanlp.inDictionary(norm.substring(end, end + 2)) && endsAfter(norm, end + 1);
            out.add(widen ? new Recognizer.Candidate(new Span(c.span().start(), end + 1), norm.substring(c.span().start(), end + 1),
                    c.type(), c.source(), c.sentence(), -1) : c);
        }
        return out;
    }

    /** Punctuation, a word that ends names (说, 认为, 的) or a character no transliteration uses starts at {@code i}. */
    private boolean endsAfter(String norm, int i) {
        char next = norm.charAt(i);
        return !HanlpAnalyzer.isHan(next) && next != '·' && next != '-' || names.endsNameAt(norm, i) || !names.namePartChar(next);
    }
}
