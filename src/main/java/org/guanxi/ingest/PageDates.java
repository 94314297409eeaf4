package org.guanxi.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them in their metadata: ISO 8601, RFC 1123, {@code dd/mm/yyyy},
 * {@code 2020年 7月 17日}, dates inside URLs, and the mirrors' epoch-millisecond comments.
 */
final class PageDates {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern RFC = Pattern.compile(
            "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MDY = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern SLASH_YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern URL_YMD = Pattern.compile("/(20\\d{2}|19\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:/|-|\\.|$)");
    private static final Pattern URL_SHORT = Pattern.compile("/(\\d{2})/(\\d{1,2})/(\\d{1,2})/n\\d+");
    private static final Pattern URL_DASHED = Pattern.compile("-(20\\d{2})(\\d{2})(\\d{2})(?:/|\\.|$)");
    /** RFA: rc-03272020110802.html is 2020-03-27. */
    private static final Pattern URL_MDY = Pattern.compile("/[a-z]{1,4}-(\\d{2})(\\d{2})(20\\d{2})\\d{4,6}\\.html");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private PageDates() {
    }

    /** The first date written in {@code s} in any of the metadata forms, or null. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m;
        if ((m = ISO.matcher(s)).find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = CJK.matcher(s)).find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = RFC.matcher(s)).find()) {
            return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        if ((m = MDY.matcher(s)).find()) {
            return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        if ((m = SLASH_YMD.matcher(s)).find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DMY.matcher(s)).find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    /** What {@link #isOnlyDate} takes away, in turn: ISO dates and times, English dates and zones, m/d/y, Chinese dates and words. */
    private static final Pattern[] DATE_PARTS = {
        Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"),
        Pattern.compile("(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?|\\d{1,2}\\s+[a-z]{3,9}\\.?\\s+\\d{4}|\\d{1,2}:\\d{2}(?::\\d{2})?|GMT|UTC|[+-]\\d{4}"),
        Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}"),
        Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|星期.|周.|更新|发布|發佈|最后更新|時間|时间|[：:\\-–—|,，()（）\\s]")
    };
    /** Longer than this, a line holds more than a date and its labels. */
    private static final int DATE_LINE_MAX = 120;

    /** True when the whole of {@code s} is a date or date-time and nothing else. */
    static boolean isOnlyDate(String s) {
        if (s.length() > DATE_LINE_MAX) {
            return false;
        }
        String rest = s;
        for (Pattern p : DATE_PARTS) {
            rest = p.matcher(rest).replaceAll("");
        }
        return rest.isEmpty() && parse(s) != null;
    }

    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m;
        if ((m = URL_YMD.matcher(url)).find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = URL_SHORT.matcher(url)).find()) {
            return date("20" + m.group(1), m.group(2), m.group(3));
        }
        if ((m = URL_DASHED.matcher(url)).find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = URL_MDY.matcher(url)).find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        return null;
    }

    static LocalDate fromEpochMillis(Long ms) {
        if (ms == null) {
            return null;
        }
        // the mirrors fetched Chinese-language pages; the day in Beijing is the day of the news
        return Instant.ofEpochMilli(ms).atOffset(ZoneOffset.ofHours(8)).toLocalDate();
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
