package org.guanxi.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * Finds the gazetteer's names in a sentence ({@link NameKeys}), then keeps those that
 * stand as words: a Latin name not inside a longer Latin word; a Chinese name only where no word
 * of HanLP's runs across its edges (so 李强 is not found in 李强调, nor 华兹 in 爱德华兹); the
 * longest of overlapping names.
 */
final class GazetteerMatcher {
    record Hit(Span span, Entity entity, String key) {
    }

    /** Characters HanLP attaches to a name that are not part of it. */
    private static final String GLUE = "的了和与及在对向是为将也都等就被从因当则曾还又把于称说而并才已正再亦祝给让请使令叫同跟比";

    private final NameKeys keys;
    private final HanlpAnalyzer hanlp;

    GazetteerMatcher(Gazetteer gazetteer, HanlpAnalyzer hanlp) {
        this.hanlp = hanlp;
        this.keys = new NameKeys(gazetteer.names());
    }

    /**
     * Names in {@code lower} (the sentence's folded, lower-cased text, starting at document offset
     * {@code offset}) given the sentence's words.
     */
    List<Hit> find(String lower, int offset, List<Token> tokens) {
        List<Hit> all = new ArrayList<>();
        keys.find(lower, (begin, end, key, entity) -> {
            if (standsAlone(lower, begin, end, key, offset, tokens)) {
                all.add(new Hit(new Span(offset + begin, offset + end), entity, key));
            }
        });
        // longest names first, then leftmost; a name overlapping one already kept is dropped
        all.sort(Comparator.comparingInt((Hit h) -> -h.span().length()).thenComparingInt(h -> h.span().start()));
        List<Hit> out = new ArrayList<>();
        for (Hit h : all) {
            if (out.stream().noneMatch(k -> k.span().overlaps(h.span()))) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt(h -> h.span().start()));
        return out;
    }

    /** Words that take a person after them: 同, 与, 和, 跟, 对, 向. */
    private static final String PREPOSITIONS = "同与和跟对向";

    private boolean standsAlone(String s, int begin, int end, String key, int offset, List<Token> tokens) {
        if (isLatin(key.charAt(0)) || isLatin(key.charAt(key.length() - 1))) {
            boolean before = begin > 0 && isLatinOrDigit(s.charAt(begin - 1)) && isLatin(key.charAt(0));
            boolean after = end < s.length() && isLatinOrDigit(s.charAt(end)) && isLatin(key.charAt(key.length() - 1));
            return !before && !after;
        }
        int a = offset + begin;
        int b = offset + end;
        // only words that end after the name starts and start before it ends can cross it; the words are in text order
        for (int i = firstEndingAfter(tokens, a); i < tokens.size() && tokens.get(i).span().start() < b; i++) {
            Token t = tokens.get(i);
            Span sp = t.span();
            boolean crossesStart = sp.start() < a && a < sp.end();
            boolean crossesEnd = sp.start() < b && b < sp.end();
            if (!crossesStart && !crossesEnd) {
                continue;
            }
            // HanLP glues particles onto names ("的加州"): the curated name is the better cut
            if (isNameTag(t.tag()) && sp.start() >= a - 1 && sp.end() <= b + 1
                    && (sp.start() == a || GLUE.indexOf(s.charAt(sp.start() - offset)) >= 0)
                    && (sp.end() == b || GLUE.indexOf(s.charAt(sp.end() - 1 - offset)) >= 0)) {
                continue;
            }
            // HanLP cut inside the name and glued its last character to the next one as a name (川/普说, 川/普在),
            // or its first to a common word before it (于是王/毅): not a longer name, which would hold the whole
            // curated one (爱德华兹 holds 华兹)
            if (t.tag().startsWith("nr") && (sp.start() > a && sp.end() == b + 1
                    || sp.start() < a && sp.end() < b && hanlp.isCommonWord(s.substring(Math.max(0, sp.start() - offset), begin)))) {
                continue;
            }
            // HanLP joined a preposition to the name's first character as a word of its own (同比/根, 对比/尔):
            // "同比根会面" is 同 + 比根, a curated name after a word that takes a person
            if (crossesStart && !crossesEnd && sp.start() == a - 1 && sp.end() == a + 1 && PREPOSITIONS.indexOf(s.charAt(begin - 1)) >= 0) {
                continue;
            }
            // 与川/普通话: after a word that takes a person, a curated name ending in 普 before 通话 is a call with
            // him (与川普通话), not Mandarin; 普通话 is the only word that swallows 通话 that way
            if (crossesEnd && !crossesStart && t.word().equals("普通话") && sp.start() == b - 1 && key.endsWith("普")
                    && begin > 0 && PREPOSITIONS.indexOf(s.charAt(begin - 1)) >= 0) {
                continue;
            }
            // 安倍昭惠/nrj: a curated Japanese surname (安倍) and a given name of two characters that is no word
            // name a relative of the same family; other Japanese readings of HanLP's glue words on (小池将)
            boolean japaneseRelative = t.tag().equals("nrj") && key.length() == 2 && sp.start() == a && sp.end() == b + 2
                    && !hanlp.isCommonWord(t.word().substring(2)) && t.word().substring(2).chars().noneMatch(c -> NameFilter.functionChar((char) c));
            boolean longerPersonName = t.tag().startsWith("nr") && !t.tag().equals("nrj") || japaneseRelative;
            // HanLP's guessed places and organisations glue words together ("川普总统将会/nt"); its dictionary ones do not
            boolean realPlaceOrOrg = (t.tag().startsWith("ns") || t.tag().startsWith("nt")) && hanlp.isDictionaryName(t.word(), t.tag().substring(0, 2));
            if (longerPersonName || realPlaceOrOrg || key.length() <= 2 && hanlp.inDictionary(t.word())) {
                return false; // part of a longer name (华兹 in 爱德华兹) or word (李强 in 李强调)
            }
            // otherwise HanLP cut an unknown name badly (布/林肯): the curated name is the better cut
        }
        return true;
    }

    /** The first of the words (in text order, none overlapping) that ends after {@code at}, or their count. */
    private static int firstEndingAfter(List<Token> tokens, int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isNameTag(String tag) {
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt");
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLatinOrDigit(char c) {
        return isLatin(c) || (c >= '0' && c <= '9');
    }
}
