package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Entity;

/**
 * The places of a trip's destination group. Of places side by side the last is where the trip goes (印尼巴厘岛), and
 * every one of a list; a country written right before a place of its own is a destination too, for the traveller
 * goes to both: "到访韩国首尔", "访问以色列耶路撒冷", "访问巴布亚新几内亚首都莫尔斯比港". A region, or a place of
 * another country, before it only locates it (拉达克首府列城 names one stop).
 */
final class TripDestinations {
    /** Words between a country and its capital, which the rules leave before the destination group. */
    private static final List<String> CAPITAL = List.of("首都", "首府");

    private TripDestinations() {
    }

    static List<Entity> of(Marked mk, int from, int to) {
        List<Entity> out = new ArrayList<>();
        List<Integer> idx = mk.placeIndexes(from, to);
        int k = 0;
        while (k < idx.size()) {
            int end = k;
            while (end + 1 < idx.size() && idx.get(end + 1) == idx.get(end) + 1) {
                end++;
            }
            Entity last = mk.placeAt(idx.get(end));
            for (int j = k; j < end; j++) {
                addIfCountryOf(out, mk.placeAt(idx.get(j)), last);
            }
            if (k == 0 && idx.get(0) == from) {
                addIfCountryOf(out, countryBeforeCapital(mk, from), last);
            }
            out.add(last);
            k = end + 1;
        }
        return out;
    }

    /** The place before "首都" right before {@code at}: 巴布亚新几内亚 in "巴布亚新几内亚首都莫尔斯比港", or null. */
    private static Entity countryBeforeCapital(Marked mk, int at) {
        for (String w : CAPITAL) {
            int start = at - w.length();
            if (start >= 1 && mk.text.startsWith(w, start)) {
                return mk.placeAt(start - 1);
            }
        }
        return null;
    }

    private static void addIfCountryOf(List<Entity> out, Entity before, Entity place) {
        if (before != null && before.country() != null && before.country().equals(place.country()) && !before.id().equals(place.id())
                && out.stream().noneMatch(e -> e.id().equals(before.id()))) {
            out.add(before);
        }
    }
}
