package org.guanxi.pipeline;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;
import org.guanxi.doc.OfficeTerm;
import org.guanxi.ner.Gazetteer;

/** Whether a curated person was a head of state or government, or held another post, on a date, from the gazetteer's positions. */
final class Leaders {
    /**
     * A title whose head is the post itself: 美国总统, 内阁总理大臣, 首相兼外交大臣; not 总统候选人,
     * 总统顾问, 总统新闻秘书 (a candidate, an aide or a spokesman of the leader).
     */
    private static final Pattern LEADER = Pattern.compile("(?:总统|国家主席|总理|首相|国王|女王|元首|最高领导人|总书记|总理大臣|总统权限代行)$|^首相兼");

    private final Gazetteer gazetteer;

    Leaders(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean test(Entity person, LocalDate date) {
        for (OfficeTerm t : gazetteer.positions(person.id())) {
            if (t.titlesZh().stream().anyMatch(x -> LEADER.matcher(x).find() && !x.startsWith("副") && !x.contains("副"))
                    && (date == null || covers(t, date))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person held a post whose Chinese title (any variant) matches {@code title} on the date. */
    boolean holds(Entity person, Pattern title, LocalDate date) {
        for (OfficeTerm t : gazetteer.positions(person.id())) {
            if (t.titlesZh().stream().anyMatch(x -> title.matcher(x).find()) && (date == null || covers(t, date))) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(OfficeTerm t, LocalDate date) {
        String d = date.toString();
        return (t.from() == null || t.from().compareTo(d.substring(0, t.from().length())) <= 0)
                && (t.to() == null || t.to().compareTo(d.substring(0, t.to().length())) >= 0);
    }
}
