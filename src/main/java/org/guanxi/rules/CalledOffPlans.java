package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;

/**
 * A trip an article tells first as planned and then as called off ("蓬佩奥原定10月访问日本、韩国和蒙古……取消了访问韩国和
 * 蒙古的计划", "原定下月访华……取消了访华计划") is one trip, and its outcome is the cancellation: the planned reading of
 * the same traveller, place and date is dropped. A plan of another time (a trip called off in February, planned again
 * for June) is kept.
 */
final class CalledOffPlans {
    private CalledOffPlans() {
    }

    static List<Visit> visits(List<Visit> in) {
        List<Visit> out = new ArrayList<>();
        for (Visit v : in) {
            boolean calledOff = v.status() == Status.PLANNED && in.stream().anyMatch(c -> c.status() == Status.CANCELLED
                    && c.visitor().equals(v.visitor()) && c.destination().equals(v.destination())
                    && (v.date() == null || c.date() == null || v.date().compatible(c.date())));
            if (!calledOff) {
                out.add(v);
            }
        }
        return out;
    }
}
