package org.guanxi.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;

/**
 * The Latin name news text puts in brackets after a foreign name (阿拉米达（Alameda）, 盖·罗森（Guy
 * Rosen）) says whom a short transliteration names. When it shares no word with a curated
 * person's names, or gives a first name none of them has, the transliteration is someone or
 * something else that happens to be written the same (拉米 in 阿拉米达 is not David Lammy).
 */
final class EnglishGloss {
    private static final Pattern GLOSS = Pattern.compile(
            "^\\s*[（(]\\s*([A-Z][A-Za-zÀ-ÿ.'\\-]*(?:\\s+[A-Z][A-Za-zÀ-ÿ.'\\-]*){0,3})\\s*[）),，]");
    private static final Pattern FIRST_NAME_BEFORE = Pattern.compile("(?<![A-Za-z.])([A-Z][a-zà-ÿ]+)\\s+$");
    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿ]{2,}");
    /** Forms of address and offices written before the name inside the brackets (Rep. Jim McGovern). */
    private static final Set<String> ADDRESS = Set.of("rep", "sen", "mr", "mrs", "ms", "dr", "gen", "sir", "lord", "president", "senator");

    private EnglishGloss() {
    }

    /** The bracketed Latin name starting at {@code end} of {@code norm}, or null. */
    static String after(String norm, int end) {
        Matcher m = GLOSS.matcher(norm.substring(end, Math.min(norm.length(), end + 60)));
        return m.find() ? m.group(1) : null;
    }

    /** True when {@code gloss} names someone other than the curated person {@code e}. */
    static boolean contradicts(Entity e, String gloss) {
        Set<String> known = knownWords(e);
        if (known.isEmpty()) {
            return false; // no Latin name to compare with
        }
        Set<String> given = new HashSet<>();
        words(gloss, given);
        given.removeAll(ADDRESS);
        if (given.isEmpty()) {
            return false;
        }
        if (given.stream().noneMatch(known::contains)) {
            return true;
        }
        // Guy Rosen is not Jeffrey Rosen: a first name (not an initial) none of the person's names has
        Matcher first = WORD.matcher(gloss);
        String w = first.find() ? first.group().toLowerCase(Locale.ROOT) : null;
        return w != null && !ADDRESS.contains(w) && given.size() >= 2 && !similar(w, known) && gloss.trim().indexOf(' ') > 0;
    }

    /** Sooronbai and Sooronbay, Joe and Joseph: spellings of one first name share a start. */
    private static boolean similar(String w, Set<String> known) {
        for (String k : known) {
            int same = 0;
            while (same < w.length() && same < k.length() && w.charAt(same) == k.charAt(same)) {
                same++;
            }
            if (same == w.length() || same == k.length() || same >= 4) {
                return true;
            }
        }
        return false;
    }

    /** The Latin words of all the names the gazetteer gives the person, lower-cased. */
    private static Set<String> knownWords(Entity e) {
        Set<String> known = new HashSet<>();
        for (String n : Gazetteer.names(e)) {
            words(n, known);
        }
        return known;
    }

    private static void words(String s, Set<String> out) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Matthew Carney is not Mark Carney: a curated surname written in Latin letters right after a
     * capitalised first name that none of the person's names has.
     */
    static boolean otherFirstName(Entity e, String norm, int start) {
        Matcher m = FIRST_NAME_BEFORE.matcher(norm.substring(Math.max(0, start - 20), start));
        if (!m.find()) {
            return false;
        }
        Set<String> known = knownWords(e);
        String w = m.group(1).toLowerCase(Locale.ROOT);
        return !known.isEmpty() && !similar(w, known) && !ADDRESS.contains(w);
    }
}
