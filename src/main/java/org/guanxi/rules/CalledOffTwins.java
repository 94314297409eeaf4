package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;

/**
 * A sentence that tells a trip as planned and then as called off ("原定访问韩国和蒙古，……取消了访问韩国和蒙古的计划")
 * tells one trip, the one called off: the planned reading of the same visitor and place in that sentence is dropped.
 */
final class CalledOffTwins {
    private CalledOffTwins() {
    }

    static List<Visit> visits(List<Visit> in) {
        List<Visit> out = new ArrayList<>();
        for (Visit v : in) {
            boolean twin = v.status() == Status.PLANNED && in.stream().anyMatch(c -> c.status() == Status.CANCELLED
                    && c.visitor().equals(v.visitor()) && c.destination().equals(v.destination())
                    && c.evidence().sentence() == v.evidence().sentence());
            if (!twin) {
                out.add(v);
            }
        }
        return out;
    }
}
