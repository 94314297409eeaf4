package org.guanxi.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Which words of a fixed list occur in a text, found in one pass over it: words are looked up by their first
 * character, so a sentence is read once however long the list (a loop of indexOf reads it once per word).
 */
public final class WordIndex {
    private final String[] words;
    /** First characters of the words: most characters of a text start none, and are passed at once. */
    private final BitSet firstChars = new BitSet();
    /** The distinct first characters, sorted, and per character the indexes of the words it starts. */
    private final char[] firsts;
    private final int[][] byFirst;

    public WordIndex(List<String> words) {
        this.words = words.toArray(new String[0]);
        TreeMap<Character, List<Integer>> lists = new TreeMap<>();
        for (int k = 0; k < this.words.length; k++) {
            String w = this.words[k];
            if (!w.isEmpty()) {
                firstChars.set(w.charAt(0));
                lists.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(k);
            }
        }
        this.firsts = new char[lists.size()];
        this.byFirst = new int[lists.size()][];
        int i = 0;
        for (var e : lists.entrySet()) {
            firsts[i] = e.getKey();
            byFirst[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Whether any word of the list occurs in {@code text}. */
    public boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!firstChars.get(c)) {
                continue;
            }
            for (int k : byFirst[Arrays.binarySearch(firsts, c)]) {
                if (text.startsWith(words[k], i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each word of the list, in its order, whether it occurs in {@code text} (an empty word never does). */
    public boolean[] occurring(String text) {
        boolean[] found = new boolean[words.length];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!firstChars.get(c)) {
                continue;
            }
            for (int k : byFirst[Arrays.binarySearch(firsts, c)]) {
                if (!found[k] && text.startsWith(words[k], i)) {
                    found[k] = true;
                }
            }
        }
        return found;
    }
}
