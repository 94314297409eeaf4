package org.guanxi.doc;

import java.time.LocalDate;

/**
 * A calendar date known to the year, month or day.
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when not known
 */
public record DateValue(int year, int month, int day) {
    public DateValue {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("bad date " + year + "-" + month + "-" + day);
        }
    }

    public static DateValue of(LocalDate d) {
        return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static DateValue ofYear(int year) {
        return new DateValue(year, 0, 0);
    }

    public static DateValue ofMonth(int year, int month) {
        return new DateValue(year, month, 0);
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** True when the two could name the same day: equal where both are known. */
    public boolean compatible(DateValue o) {
        return year == o.year && (month == 0 || o.month == 0 || month == o.month) && (day == 0 || o.day == 0 || day == o.day);
    }

    /** The more precise of two compatible dates. */
    public DateValue finer(DateValue o) {
        return (o.day > 0 && day == 0) || (o.month > 0 && month == 0) ? o : this;
    }

    /** ISO form: 2023, 2023-06 or 2023-06-14. */
    @Override
    public String toString() {
        // by hand: String.format showed up in profiles of large ingests
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month > 0) {
            pad(b.append('-'), month, 2);
            if (day > 0) {
                pad(b.append('-'), day, 2);
            }
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int n, int width) {
        String s = Integer.toString(n);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
