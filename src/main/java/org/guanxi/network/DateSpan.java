package org.guanxi.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a date known to the year, month or day may stand for: "2023" is 2023-01-01 to
 * 2023-12-31. Dates in the graph come as xsd:date, xsd:gYearMonth or xsd:gYear, so filters compare
 * spans, not strings.
 */
public record DateSpan(LocalDate first, LocalDate last) {
    private static final Pattern ISO = Pattern.compile("(-?\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Reads 2023, 2023-06 or 2023-06-14 (a time zone suffix, which XSD allows, is ignored).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static DateSpan parse(String text) {
        Matcher m = ISO.matcher(text.strip().replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (give YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new DateSpan(ym.atDay(1), ym.atEndOfMonth());
            }
            LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
            return new DateSpan(d, d);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + e.getMessage(), e);
        }
    }

    /** The span of a date from the graph, or null when the text is not a date (or empty). */
    static DateSpan orNull(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * True when every day this date may stand for lies between {@code from} and {@code to} (either
     * may be null: open). "2023" is within 2023-01..2023-12 but not within 2023-06..2023-12: the
     * text does not say the meeting was in the second half of the year.
     */
    public boolean within(DateSpan from, DateSpan to) {
        return (from == null || !first.isBefore(from.first)) && (to == null || !last.isAfter(to.last));
    }
}
