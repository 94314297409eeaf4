package org.guanxi.ner;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * The one place HanLP is configured and called. Segments a sentence with person (Chinese,
 * transliterated, Japanese), place and organisation recognition on. HanLP's {@link Term} never
 * leaves this class. One instance can be shared by threads.
 */
public final class HanlpAnalyzer {
    /** A word is common when names make up less than one in this many of its uses. */
    private static final int NAME_SHARE = 20;

    private final Segment segment;

    public HanlpAnalyzer() {
        // HanLP's own dictionaries only (its bundled custom dictionaries give job titles, names,
        // places): adding the gazetteer's names to them makes it cut unknown names around them
        // (爱德华兹 → 爱德/华兹), which then look like words
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(true)
                .enableOffset(true);
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

    /** True when HanLP's core dictionary lists the word, and as a name (nr, ns, nt) seldom if at all. */
    public boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        // 程序 is n 46 times and nr once in HanLP's corpus: a word, all but never a name
        return nameUses(a) * NAME_SHARE < a.totalFrequency;
    }

    /** True when HanLP's corpus has the word as a proper noun (nz) alone: 约翰逊, 福特 (a name, a firm), no common word. */
    public boolean isOnlyProperNoun(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (!n.toString().equals("nz")) {
                return false;
            }
        }
        return true;
    }

    /** True when HanLP's corpus has the word and never as a name (居民, 孩子; not 马克, the currency once a name). */
    public boolean isNeverAName(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && nameUses(a) == 0;
    }

    /** How often HanLP's corpus uses the word as a person's, place's or organisation's name. */
    private static int nameUses(CoreDictionary.Attribute a) {
        int names = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String s = a.nature[i].toString();
            if (s.startsWith("nr") || s.startsWith("ns") || s.startsWith("nt")) {
                names += a.frequency[i];
            }
        }
        return names;
    }

    /** True when the word is a common word HanLP's dictionary mostly uses as a verb or adverb (质问, 驳斥, 得到, 自称). */
    public boolean isCommonVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || !isCommonWord(word)) {
            return false;
        }
        String first = a.nature[0].toString();
        return first.startsWith("v") || first.equals("d");
    }

    /** True when HanLP's dictionary lists the word as a job title or a form of address at all (医生, 警官, 先生, 律师). */
    public boolean isJobTitle(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Object n : a.nature) {
            if (n.toString().startsWith("nnt")) {
                return true;
            }
        }
        return false;
    }

    /** True when HanLP's corpus knows the word first as a conjunction or preposition (以及, 若是, 以便). */
    public boolean isFunctionWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        String first = a.nature[0].toString();
        return first.startsWith("c") || first.startsWith("p");
    }

    /**
     * True when the character is a word of its own in HanLP's corpus (虽/c, 早/a, 管/v: ten uses or
     * more), not only a bound morpheme (儒/ng, 妇/ng) that turns up in rare transliterations.
     */
    public boolean isFreeCharacter(char c) {
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
        if (a == null) {
            return false;
        }
        int free = 0;
        for (int i = 0; i < a.nature.length; i++) {
            String s = a.nature[i].toString();
            if (!s.endsWith("g") && !s.startsWith("nr") && !s.startsWith("ns")) {
                free += a.frequency[i];
            }
        }
        return free >= 10;
    }

    /** True when HanLP's core dictionary lists the word at all. */
    public boolean inDictionary(String word) {
        return CoreDictionary.contains(word);
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
        return HAN.get(c);
    }

    /** The characters of the Han script, looked up once: UnicodeScript.of searches its ranges on every call. Never written after. */
    private static final java.util.BitSet HAN = hanChars();

    private static java.util.BitSet hanChars() {
        java.util.BitSet out = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                out.set(c);
            }
        }
        return out;
    }
}
