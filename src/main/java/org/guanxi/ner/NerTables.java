package org.guanxi.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanxi.config.DataSource;
import org.guanxi.doc.EntityType;

/** The recogniser's word lists ({@code ontology/ner/}). */
record NerTables(Map<String, EntityType> natures, Set<String> natureBlocked, Set<String> surnames,
                 Set<String> notNames, Set<String> titles, List<String> nameEnds, Set<String> personCues,
                 Set<Character> countryChars, int longestTitle, Set<String> roleNouns, Set<String> japaneseSurnames,
                 java.util.BitSet titleLastChars, java.util.BitSet titleFirstChars) {

    static NerTables load(DataSource data) {
        Map<String, EntityType> natures = new HashMap<>();
        Set<String> blocked = new HashSet<>();
        for (String[] r : data.table("ner/natures.tsv")) {
            if (r.length < 2 || r[1].isBlank()) {
                blocked.add(r[0].strip());
            } else {
                natures.put(r[0].strip(), EntityType.valueOf(r[1].strip()));
            }
        }
        Set<String> surnames = words(data, "ner/surnames.txt");
        Set<String> titles = new HashSet<>(trimmed(data.entries("ner/titles.txt")));
        return new NerTables(natures, blocked, surnames, new HashSet<>(trimmed(data.entries("ner/not-names.txt"))),
                titles, trimmed(data.entries("ner/name-ends.txt")),
                new HashSet<>(trimmed(data.entries("ner/person-cues.txt"))), countryChars(data),
                titles.stream().mapToInt(String::length).max().orElse(0), new HashSet<>(trimmed(data.entries("ner/role-nouns.txt"))),
                words(data, "ner/japanese-surnames.txt"), lastChars(titles), firstChars(titles));
    }

    /** The words of a table written several to a line, separated by spaces. */
    private static Set<String> words(DataSource data, String path) {
        Set<String> out = new HashSet<>();
        for (String line : data.entries(path)) {
            out.addAll(List.of(line.strip().split("\\s+")));
        }
        return out;
    }

    /** The last characters of the titles: a word ending in none is no title, and needs no substring per ending. */
    private static java.util.BitSet lastChars(Set<String> titles) {
        java.util.BitSet out = new java.util.BitSet();
        titles.stream().filter(t -> !t.isEmpty()).forEach(t -> out.set(t.charAt(t.length() - 1)));
        return out;
    }

    /** The first characters of the titles: an ending that starts with none needs no substring. */
    private static java.util.BitSet firstChars(Set<String> titles) {
        java.util.BitSet out = new java.util.BitSet();
        titles.stream().filter(t -> !t.isEmpty()).forEach(t -> out.set(t.charAt(0)));
        return out;
    }

    private static Set<Character> countryChars(DataSource data) {
        Set<Character> out = new HashSet<>();
        for (String line : data.entries("ner/country-characters.txt")) {
            for (char c : line.strip().toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static List<String> trimmed(List<String> xs) {
        return xs.stream().map(String::strip).toList();
    }

    /** The entity type a HanLP nature names: its longest listed prefix decides; null if none. */
    EntityType typeOf(String nature) {
        for (int n = nature.length(); n >= 2; n--) {
            String p = nature.substring(0, n);
            if (natureBlocked.contains(p)) {
                return null;
            }
            EntityType t = natures.get(p);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    boolean startsWithSurname(String name) {
        return name.length() >= 2 && (surnames.contains(name.substring(0, 2)) && name.length() >= 3 || surnames.contains(name.substring(0, 1)));
    }

    /** Whether a title of two to four characters ends at {@code at} of {@code text} (法官哈罗德: at 哈). */
    boolean titleEndsAt(String text, int at) {
        if (at < 2 || !titleLastChars.get(text.charAt(at - 1))) {
            return false;
        }
        for (int len = 2; len <= 4 && len <= at; len++) {
            if (titles.contains(text.substring(at - len, at))) {
                return true;
            }
        }
        return false;
    }

    /** A title word, or a word ending with one ("商务部长" ends with "部长"). */
    /** True when a title of the table starts at {@code at} (众议员 in 牧岛众议员). */
    boolean titleStartsAt(String text, int at) {
        for (int len = 2; len <= 4 && at + len <= text.length(); len++) {
            if (titles.contains(text.substring(at, at + len))) {
                return true;
            }
        }
        return false;
    }

    boolean isTitle(String word) {
        if (word.length() < 2 || !titleLastChars.get(word.charAt(word.length() - 1))) {
            return false;
        }
        // only endings as long as the longest title can be one
        for (int i = Math.max(0, word.length() - longestTitle); i < word.length() - 1; i++) {
            if (titleFirstChars.get(word.charAt(i)) && titles.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
