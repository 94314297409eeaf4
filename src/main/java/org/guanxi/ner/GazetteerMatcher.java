package org.guanxi.ner;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * Finds the gazetteer's names in a sentence with one Aho-Corasick pass, then keeps those that
 * stand as words: a Latin name not inside a longer Latin word; a short Chinese name only where
 * HanLP's words begin and end (so 李强 is not found in 李强调); the longest of overlapping names.
 */
final class GazetteerMatcher {
    record Hit(Span span, Entity entity, String key) {
    }

    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Gazetteer gazetteer;

    GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        TreeMap<String, String> keys = new TreeMap<>();
        for (String k : gazetteer.names().keySet()) {
            keys.put(k, k);
        }
        if (!keys.isEmpty()) {
            trie.build(keys);
        }
    }

    /**
     * Names in {@code lower} (the sentence's folded, lower-cased text, starting at document offset
     * {@code offset}) given the sentence's words.
     */
    List<Hit> find(String lower, int offset, List<Token> tokens) {
        List<Hit> all = new ArrayList<>();
        if (trie.size() == 0) {
            return all;
        }
        trie.parseText(lower, (begin, end, key) -> {
            if (standsAlone(lower, begin, end, key, offset, tokens)) {
                all.add(new Hit(new Span(offset + begin, offset + end), gazetteer.byKey(key), key));
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

    private boolean standsAlone(String s, int begin, int end, String key, int offset, List<Token> tokens) {
        if (isLatin(key.charAt(0)) || isLatin(key.charAt(key.length() - 1))) {
            boolean before = begin > 0 && isLatinOrDigit(s.charAt(begin - 1)) && isLatin(key.charAt(0));
            boolean after = end < s.length() && isLatinOrDigit(s.charAt(end)) && isLatin(key.charAt(key.length() - 1));
            return !before && !after;
        }
        Entity e = gazetteer.byKey(key);
        boolean shortName = key.length() <= 2 || (e.type() == EntityType.PERSON && key.length() <= 3 && key.indexOf('·') < 0);
        if (!shortName) {
            return true;
        }
        int a = offset + begin;
        int b = offset + end;
        boolean startOk = false;
        boolean endOk = false;
        for (Token t : tokens) {
            Span sp = t.span();
            if (sp.start() == a) {
                startOk = true;
            }
            if (sp.end() == b) {
                endOk = true;
            }
            // HanLP's own name guesses glue neighbours on ("的加州"): the curated name is the better cut
            if (sp.start() <= a && sp.end() >= b && isNameTag(t.tag()) && sp.length() <= key.length() + 2) {
                return true;
            }
        }
        return endOk && (startOk || e.type() == EntityType.PERSON);
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
