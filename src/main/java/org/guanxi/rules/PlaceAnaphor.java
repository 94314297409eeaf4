package org.guanxi.rules;

import java.util.List;
import org.guanxi.doc.Entity;

/**
 * The place a word such as 该国, 该市 or 该州 stands for after a trip verb ("蓬佩奥下一站是斯洛文尼亚，他将成为首位造访
 * 该国的国务卿"): the last place named before it in the sentence, else the last one of the sentence before. A place
 * that only tells where something else happens (在华盛顿表示) or whose people a name belongs to (日本首相岸田) is no
 * place anyone is said to go to.
 */
final class PlaceAnaphor {
    private PlaceAnaphor() {
    }

    /** The place meant by the word at {@code at} of {@code mk}, or an empty list. */
    static List<Entity> of(Marked mk, int at, Marked previous) {
        Entity p = last(mk, at);
        if (p == null && previous != null) {
            p = last(previous, previous.text.length());
        }
        return p == null ? List.of() : List.of(p);
    }

    private static Entity last(Marked mk, int before) {
        List<Integer> idx = mk.placeIndexes(0, before);
        for (int k = idx.size() - 1; k >= 0; k--) {
            int i = idx.get(k);
            boolean where = i > 0 && mk.text.charAt(i - 1) == '在';
            boolean nationality = i + 1 < mk.text.length() && mk.text.charAt(i + 1) == Marked.PERSON;
            if (!where && !nationality) {
                return mk.placeAt(i);
            }
        }
        return null;
    }
}
