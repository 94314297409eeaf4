package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.guanxi.doc.Entity;

/** A rule match's named groups, read as ranges of the marked sentence and as the people and places in them. */
final class Groups {
    private Groups() {
    }

    static int[] range(Matcher m, String group, int fallbackStart, int fallbackEnd) {
        try {
            if (m.start(group) >= 0) {
                return new int[] {m.start(group), m.end(group)};
            }
        } catch (IllegalArgumentException e) {
            // the rule has no such group
        }
        return new int[] {fallbackStart, fallbackEnd};
    }

    /** Whether every one of {@code people} is one of {@code side}. */
    static boolean ofSide(List<Entity> people, List<Entity> side) {
        return people.stream().allMatch(p -> side.stream().anyMatch(x -> x.id().equals(p.id())));
    }

    static List<Entity> people(Matcher m, Marked mk, String group) {
        int[] r = range(m, group, -1, -1);
        return r[0] < 0 ? List.of() : mk.people(r[0], r[1]);
    }

    /** The places of a destination group: in "印尼巴厘岛" the last of adjacent places, every one of a list. */
    static List<Entity> lastOfRuns(Marked mk, int from, int to) {
        List<Entity> out = new ArrayList<>();
        List<Integer> idx = mk.placeIndexes(from, to);
        for (int k = 0; k < idx.size(); k++) {
            boolean nextAdjacent = k + 1 < idx.size() && idx.get(k + 1) == idx.get(k) + 1;
            if (!nextAdjacent) {
                out.add(mk.placeAt(idx.get(k)));
            }
        }
        return out;
    }

    /**
     * The places of a trip's destination group: as {@link #lastOfRuns}, but a country written before a place of its own
     * ("到访韩国首尔", "访问以色列耶路撒冷") is a destination too, for the traveller goes to both; a region or a place of
     * another country before it only locates it (拉达克首府列城 names one stop).
     */
    static List<Entity> tripPlaces(Marked mk, int from, int to) {
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
                Entity before = mk.placeAt(idx.get(j));
                if (before.country() != null && before.country().equals(last.country()) && !before.id().equals(last.id())) {
                    out.add(before);
                }
            }
            out.add(last);
            k = end + 1;
        }
        return out;
    }

    @SafeVarargs
    static List<Entity> distinct(List<Entity>... lists) {
        List<Entity> out = new ArrayList<>();
        for (List<Entity> l : lists) {
            for (Entity e : l) {
                if (out.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
