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
