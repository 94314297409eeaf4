package org.guanxi.ner;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * The one place HanLP is configured and called. Segments a sentence with person (Chinese,
 * transliterated, Japanese), place and organisation recognition on, and teaches HanLP's custom
 * dictionary the gazetteer's Chinese names so they come out as one word. HanLP's {@link Term}
 * never leaves this class. One instance can be shared by threads.
 */
public final class HanlpAnalyzer {
    private final Segment segment;

    public HanlpAnalyzer(Gazetteer gazetteer) {
        // HanLP's dictionary is process-wide; inserting the same names again is harmless
        for (Map.Entry<String, Entity> e : gazetteer.names().entrySet()) {
            String name = e.getKey();
            if (name.length() >= 2 && isHan(name.charAt(0)) && !CoreDictionary.contains(name)) {
                CustomDictionary.insert(name, nature(e.getValue()) + " 1000");
            }
        }
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(true)
                .enableOffset(true);
    }

    private static String nature(Entity e) {
        return switch (e.type()) {
            case PERSON -> "nr";
            case PLACE -> "ns";
            case ORGANIZATION -> "nt";
        };
    }

    /** Words of {@code text} with document offsets ({@code offset} is where the text starts). */
    public List<Token> segment(String text, int offset) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            // offsets from HanLP are reliable only with its own normalisation off; find the word instead
            int at = text.indexOf(t.word, pos);
            if (at < 0) {
                at = pos;
            }
            int end = Math.min(text.length(), at + t.word.length());
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), new Span(offset + at, offset + end)));
            pos = end;
        }
        return out;
    }

    /** True when HanLP's core dictionary lists the word with a part of speech other than a name. */
    public boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            String s = n.toString();
            if (s.startsWith("nr") || s.startsWith("ns") || s.startsWith("nt")) {
                return false;
            }
        }
        return true;
    }

    /** True when HanLP's core dictionary lists the word as a place or organisation name. */
    public boolean isDictionaryName(String word, String naturePrefix) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().startsWith(naturePrefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
