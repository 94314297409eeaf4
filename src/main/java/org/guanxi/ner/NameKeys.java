package org.guanxi.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanxi.doc.Entity;

/**
 * Every place where one of the gazetteer's name keys occurs in a text, overlapping ones included (what an
 * Aho-Corasick pass gives). The keys are filed by their first two characters (every key has two or more) in an
 * open-addressed table of ints: a text's position costs one probe, where the automaton's arrays, indexed by
 * character code, cost cache misses at every character.
 */
final class NameKeys {
    /** Where a key occurs: {@code text.substring(begin, end)} is {@code key}, the name of {@code entity}. */
    interface Hit {
        void at(int begin, int end, String key, Entity entity);
    }

    private final int mask;
    /** Per slot: the two characters (high and low half), the keys starting with them (shortest first), their entities. */
    private final int[] pairs;
    private final String[][] keys;
    private final Entity[][] entities;
    /**
     * One bit per hashed pair of the table (32 KB, a first-level cache's size): most positions of a text
     * start no key and are passed over here, without a probe of the table's larger arrays.
     */
    private final long[] seen = new long[SEEN_BITS / 64];
    private static final int SEEN_BITS = 1 << 18;

    NameKeys(Map<String, Entity> names) {
        Map<Integer, List<String>> byPair = new HashMap<>();
        for (String k : names.keySet()) {
            if (k.length() >= 2) {
                byPair.computeIfAbsent(pair(k.charAt(0), k.charAt(1)), p -> new ArrayList<>()).add(k);
            }
        }
        int size = Integer.highestOneBit(Math.max(16, byPair.size() * 3)) * 2;
        this.mask = size - 1;
        this.pairs = new int[size];
        this.keys = new String[size][];
        this.entities = new Entity[size][];
        for (var e : byPair.entrySet()) {
            int slot = slot(e.getKey());
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            List<String> ks = new ArrayList<>(e.getValue());
            ks.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            pairs[slot] = e.getKey();
            int bit = seenBit(e.getKey());
            seen[bit >>> 6] |= 1L << bit;
            keys[slot] = ks.toArray(new String[0]);
            entities[slot] = ks.stream().map(names::get).toArray(Entity[]::new);
        }
    }

    /** Reports every occurrence of every key in {@code text}, by start, then by length. */
    void find(String text, Hit hit) {
        for (int i = 0; i + 1 < text.length(); i++) {
            int p = pair(text.charAt(i), text.charAt(i + 1));
            int bit = seenBit(p);
            if ((seen[bit >>> 6] & 1L << bit) == 0) {
                continue;
            }
            for (int slot = slot(p); keys[slot] != null; slot = (slot + 1) & mask) {
                if (pairs[slot] == p) {
                    String[] ks = keys[slot];
                    for (int k = 0; k < ks.length; k++) {
                        if (text.startsWith(ks[k], i)) {
                            hit.at(i, i + ks[k].length(), ks[k], entities[slot][k]);
                        }
                    }
                    break;
                }
            }
        }
    }

    private static int pair(char a, char b) {
        return a << 16 | b;
    }

    private static int seenBit(int pair) {
        int h = pair * 0x85EBCA6B;
        return (h ^ h >>> 15) & (SEEN_BITS - 1);
    }

    private int slot(int pair) {
        int h = pair * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }
}
