package org.guanxi.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;

/**
 * The destination of a trip told without one ("泽连斯基周三到访，与拜登会谈"): the place a trip verb names in the
 * sentence before or in the headline ("泽连斯基访问美国"), whoever travels there.
 */
final class TripPlace {
    /** A trip verb and the places right after it, or the character of 访华 (a destination of the rule files, or none). */
    private static final Pattern TRIP = Pattern.compile(
            "(?:访问|到访|出访|造访|抵达|飞抵|前往|飞往|赴|抵|访)(\uE001+)|(?:访|抵|赴)(\\p{IsHan})(?![国方军籍人])");
    /** Sentences after the headline that may still take its destination: the lead. */
    private static final int LEAD = 4;

    private TripPlace() {
    }

    /** The destination named by the last trip in {@code previous}, else in the {@code headline}, or an empty list. */
    static List<Entity> of(Marked previous, Marked headline, int sentence, RuleBook book, PlaceLookup places) {
        List<Entity> found = previous == null ? List.of() : earlier(previous, previous.text.length(), book, places);
        if (found.isEmpty() && headline != null && sentence <= LEAD) {
            found = earlier(headline, headline.text.length(), book, places);
        }
        return found;
    }

    /**
     * The destination named by the last trip of {@code mk} before {@code end}: a clause earlier in the same sentence
     * ("代表团抵达朝鲜，而李鸿忠则在26日率团来访"), or an empty list.
     */
    static List<Entity> earlier(Marked mk, int end, RuleBook book, PlaceLookup places) {
        Matcher m = TRIP.matcher(mk.text).region(0, end);
        List<Entity> found = List.of();
        while (m.find()) {
            if (m.group(1) != null) {
                // 印尼巴厘岛: the last of places side by side
                List<Integer> idx = mk.placeIndexes(m.start(1), m.end(1));
                found = idx.isEmpty() ? List.of() : List.of(mk.placeAt(idx.get(idx.size() - 1)));
            } else {
                String name = book.destination(m.group(2));
                Entity p = name == null ? null : places.place(name);
                if (p != null) {
                    found = List.of(p);
                }
            }
        }
        return found;
    }
}
