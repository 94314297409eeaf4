package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;

/**
 * Facts told plainly (a headline, a noun) that read as held, when the article reports the same
 * meeting or trip as planned: the plain one is that planned one, and is dropped.
 */
final class PlainTwins {
    private PlainTwins() {
    }

    /**
     * A headline tells a meeting still ahead as plainly as one that took place ("拜登周三会见习近平", its weekday
     * read as the last one); when the article reports a meeting of the same people as planned, the headline's is
     * that one: it is dropped.
     */
    static List<Meeting> meetings(List<Meeting> in, Set<Meeting> plain) {
        if (plain.isEmpty()) {
            return in;
        }
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : in) {
            boolean twin = plain.contains(m) && in.stream().anyMatch(p -> p.status() == Status.PLANNED
                    && p.participants().containsAll(m.participants()));
            if (!twin) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A trip the article reports as planned (or as called off: "取消了舍曼访华的计划") is often also named plainly elsewhere, in a headline or
     * as a noun ("赖清德出访洪都拉斯", "习近平访日的问题"), which reads as held. A held visit with no
     * date of its own, or a date that fits the planned one, and no word saying it took place (曾, 上次)
     * is that same trip: it is dropped.
     */
    static List<Visit> visits(List<Visit> in, Set<Visit> plain) {
        List<Visit> out = new ArrayList<>();
        for (Visit v : in) {
            boolean twin = plain.contains(v) && in.stream().anyMatch(p -> (p.status() == Status.PLANNED || p.status() == Status.CANCELLED)
                    && p.visitor().equals(v.visitor()) && p.destination().equals(v.destination())
                    && (v.date() == null || p.date() != null && (p.date().compatible(v.date()) || toldBefore(v.date(), p.date()))));
            if (!twin) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * A plain trip dated a few days before the planned one in the same month is that trip, dated by the report
     * that names it ("毛宁4月3日在提到马克龙访华行程时" of a trip from 4月5日): the date is the speaker's.
     */
    private static boolean toldBefore(DateValue plain, DateValue planned) {
        return plain.hasDay() && planned.hasDay() && plain.year() == planned.year() && plain.month() == planned.month()
                && plain.day() < planned.day();
    }
}
