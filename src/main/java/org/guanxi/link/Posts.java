package org.guanxi.link;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;

/** What the gazetteer's positions tell of a person: whether they held a post whose title matches, on a date. */
@FunctionalInterface
public interface Posts {
    /** @param date the day asked about, or null for any time */
    boolean held(Entity person, Pattern title, LocalDate date);
}
