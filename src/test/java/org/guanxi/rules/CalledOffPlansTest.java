package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;
import org.junit.jupiter.api.Test;

class CalledOffPlansTest {
    private static final Evidence EV = new Evidence(1, new Span(0, 10), "蓬佩奥取消了访问韩国的计划。", "visit.called-off", 0.9);

    private static Visit visit(String place, Status s, DateValue d) {
        return new Visit("pompeo", place, s, d, EV);
    }

    @Test
    void thePlanCalledOffIsDropped() {
        Visit planned = visit("korea", Status.PLANNED, DateValue.ofMonth(2020, 10));
        Visit cancelled = visit("korea", Status.CANCELLED, DateValue.ofMonth(2020, 10));
        Visit japan = visit("japan", Status.PLANNED, DateValue.ofMonth(2020, 10));
        assertEquals(List.of(cancelled, japan), CalledOffPlans.visits(List.of(planned, cancelled, japan)));
    }

    @Test
    void aPlanOfAnotherTimeIsKept() {
        Visit june = visit("china", Status.PLANNED, DateValue.ofMonth(2023, 6));
        Visit february = visit("china", Status.CANCELLED, DateValue.ofMonth(2023, 2));
        assertEquals(List.of(june, february), CalledOffPlans.visits(List.of(june, february)));
    }
}
