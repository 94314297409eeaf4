package org.guanxi.ner;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;

/**
 * 蔡总统, 习主席, 文总统: Chinese, Korean and Vietnamese usage names a leader by surname and title
 * once the full name has been written. A surname right before a title is the curated person of
 * the article with that surname, when the article names exactly one such person.
 */
final class SurnameTitles {
    private final NerTables tables;
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;
    /** The surnames of one character and the titles' first characters: every character of an article is tried. */
    private final java.util.BitSet surnameChars = new java.util.BitSet();
    private final java.util.BitSet titleFirstChars = new java.util.BitSet();

    SurnameTitles(NerTables tables, NameFilter names, HanlpAnalyzer hanlp) {
        this.tables = tables;
        this.names = names;
        this.hanlp = hanlp;
        tables.surnames().stream().filter(x -> x.length() == 1).forEach(x -> surnameChars.set(x.charAt(0)));
        tables.titles().stream().filter(x -> !x.isEmpty()).forEach(x -> titleFirstChars.set(x.charAt(0)));
    }

    /** The surname-and-title mentions of the article's curated people, outside every mention found. */
    List<Mention> find(Document doc, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        String norm = doc.norm();
        for (int i = 0; i + 3 <= norm.length(); i++) {
            char surname = norm.charAt(i);
            if (!surnameChars.get(surname) || !titleFirstChars.get(norm.charAt(i + 1)) || !titleAt(norm, i + 1)) {
                continue;
            }
            // 美国总统, 时任总统: the character before makes a word with the "surname", which is then no surname
            if (i > 0 && HanlpAnalyzer.isHan(norm.charAt(i - 1)) && hanlp.inDictionary(norm.substring(i - 1, i + 1))) {
                continue;
            }
            Span span = new Span(i, i + 1);
            if (found.stream().anyMatch(m -> m.span().overlaps(span))) {
                continue;
            }
            Entity person = onlyPersonWithSurname(found, surname);
            if (person != null) {
                out.add(new Mention(span, String.valueOf(surname), person, "pattern:surname-title", 0.8, null, null));
            }
        }
        return out;
    }

    /** A title of two characters or more starts at {@code at} (总统, 主席, 总理). */
    private boolean titleAt(String norm, int at) {
        for (int len = Math.min(tables.longestTitle(), norm.length() - at); len >= 2; len--) {
            if (tables.titles().contains(norm.substring(at, at + len))) {
                return true;
            }
        }
        return false;
    }

    /** The one curated person with a Chinese-script name starting with this surname among the article's mentions, or null. */
    private Entity onlyPersonWithSurname(List<Mention> found, char surname) {
        Entity only = null;
        for (Mention m : found) {
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || !e.curated() || names.isTransliterated(e) || e.labelZh() == null
                    || e.labelZh().length() < 2 || e.labelZh().charAt(0) != surname) {
                continue;
            }
            if (only != null && !only.id().equals(e.id())) {
                return null;
            }
            only = e;
        }
        return only;
    }
}
