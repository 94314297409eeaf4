package org.guanxi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Span;
import org.guanxi.text.Scan;

/**
 * Date expressions in a sentence, resolved against the article's publication date and given only
 * as precisely as the text: 2022年11月14日, 11月14日, 26日, 9月中旬, 今年夏天, 上个月, 去年9月, 周四,
 * 上周四, 周四（10月5日）. A weekday alone is the last such day up to publication, or the next one
 * when the event is still to come; so is a month without its year (a month just ahead stays this year's).
 */
final class Dates {
    /** A date written in a sentence. {@code future} differs from {@code past} for weekdays and months without their year. */
    record Found(Span span, DateValue past, DateValue future) {
        DateValue pick(boolean toCome) {
            return toCome ? future : past;
        }
    }

    private static final String THAT_YEAR = "当年|那年|同年|该年|那一年|当年的";
    private static final String PART = "(?:上旬|中旬|下旬|初|底|末|中|份)?";
    private static final String SEASON = "(?:初|底|末|年初|年底|年中|春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|上半年|下半年|早些时候|晚些时候)?";
    private static final Pattern[] FORMS = {
            // a range dates its start: 5月20日至24日, 2023年6月18日到19日, 去年9月6-7日
            Pattern.compile("(?<!\\d)(?:(?<y>\\d{4})年|(?<rel>去年|今年|明年|前年))?(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号]?(?:至|到|-|–|~|－)(?:\\d{1,2}月)?\\d{1,2}[日号]"),
            // days of this month: 7日至9日
            Pattern.compile("(?<![\\d月年.])(?<d>\\d{1,2})[日号]?(?:至|到|-|–|~|－)\\d{1,2}[日号]"),
            Pattern.compile("(?<!\\d)(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号]"),
            Pattern.compile("(?<rel>去年|今年|明年|前年)(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号]"),
            Pattern.compile("(?<!\\d)(?<y>\\d{4})年(?<m>\\d{1,2})月" + PART),
            Pattern.compile("(?<rel>去年|今年|明年|前年)(?<m>\\d{1,2})月" + PART),
            Pattern.compile("(?<!\\d)(?<y>(?:19|20)\\d{2})年" + SEASON),
            Pattern.compile("(?<rel>去年|今年|明年|前年)" + SEASON),
            // "当年12月" / "同年5月" take their year from an earlier sentence, not from publication: no date
            Pattern.compile("(?<![\\d.]|" + THAT_YEAR + ")(?<m>\\d{1,2})月(?<d>\\d{1,2})[日号]"),
            Pattern.compile("(?<![\\d.个]|" + THAT_YEAR + ")(?<m>\\d{1,2})月" + PART + "(?![\\d个])"),
            // a day of this month or a month next to it: 本月20日, 下个月3日
            Pattern.compile("(?<relm>上个?月|本月|这个月|下个?月)(?<d>\\d{1,2})[日号]"),
            Pattern.compile("(?<relm>上个?月|本月|这个月|下个?月|当月|同月)"),
            // a span of weekdays dates its start: 星期四到星期六, 周日至周一
            Pattern.compile("(?<week>上周|上星期|上礼拜|本周|这周|这星期|下周|下星期|下礼拜|周|星期|礼拜)(?<wd>[一二三四五六日天])"
                    + "(?:至|到|-|–|~|－|—)(?:周|星期|礼拜)?(?<wd2>[一二三四五六日天])"),
            Pattern.compile("(?<week>上周|上星期|上礼拜|本周|这周|这星期|下周|下星期|下礼拜|周|星期|礼拜)(?<wd>[一二三四五六日天])"),
            Pattern.compile("(?<reld>今天|今日|昨天|昨日|前天|明天|明日|后天)"),
            Pattern.compile("(?<![\\d月年.])(?<d>\\d{1,2})[日号](?![\\d])"),
    };
    private static final List<Scan.Start> FORM_STARTS = java.util.Arrays.stream(FORMS).map(Scan.Start::of).toList();
    /**
     * A time that starts a span is not when the event was: "马克龙2017年以来首次访华", "2019年上任以来",
     * "自2005年至今". Such a time is read (so no shorter form takes part of it) but not given as a date.
     */
    private static final Pattern SINCE = Pattern.compile("[^，,。；;！？]{0,4}?(?:以来|至今)");
    /**
     * A time that dates an event named in a noun phrase is not when the sentence's own event was: "2024年大选领跑者
     * 赖清德出访巴拉圭", "2020年大选的结果". A time around it ("2020年大选前夕", "峰会期间") still dates it.
     */
    private static final Pattern OF_EVENT = Pattern.compile("[^，,。；;！？\\s]{0,8}?(?:大选|选举|初选|峰会|奥运会|冬奥会|世界杯|亚运会|世博会)"
            + "(?:的(?!前夕|期间|时候|之前|之后|前|后|时|当天)|领跑者|领先者|候选人|参选人|获胜者|胜选者|赢家|当选人|主办国|东道主|主席国)");
    /** A date with its year written out (1946年, 2019年12月), which later dates of the sentence without one share. */
    private static final Pattern YEAR_WRITTEN = Pattern.compile("^\\d{4}年");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(?:(\\d{1,2})[日号])?" + PART);
    private static final Pattern DAY_ONLY = Pattern.compile("(\\d{1,2})[日号]");
    private static final Pattern EXPLICIT_AFTER_WEEKDAY = Pattern.compile("^[（(]\\s*\\d{1,2}月\\d{1,2}[日号]");

    private Dates() {
    }

    /** Dates written in {@code norm} (the sentence, starting at document offset {@code offset}), in text order. */
    static List<Found> find(String norm, int offset, LocalDate published) {
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[norm.length()];
        for (int k = 0; k < FORMS.length; k++) {
            // most sentences hold no date: each form is tried only where its first characters are
            Scan scan = new Scan(FORMS[k], FORM_STARTS.get(k), norm);
            Matcher m = scan.matcher();
            while (scan.next()) {
                if (anyUsed(used, m.start(), m.end())) {
                    continue;
                }
                Found f = resolve(m, norm, offset, published);
                if (f != null) {
                    if (!SINCE.matcher(norm).region(m.end(), norm.length()).lookingAt()
                            && !OF_EVENT.matcher(norm).region(m.end(), norm.length()).lookingAt()) {
                        out.add(f);
                    }
                    for (int i = m.start(); i < m.end(); i++) {
                        used[i] = true;
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return inheritYear(out, norm, offset);
    }

    /**
     * A month or a day written without its year after a date that has one takes that date's year (and month):
     * "1946年3月，蒋介石下令在4月2日前攻下四平" is 1946-04-02, not a day near publication; a month before the
     * earlier one is in the year after ("2019年12月……1月5日").
     */
    private static List<Found> inheritYear(List<Found> found, String norm, int offset) {
        List<Found> out = new ArrayList<>(found.size());
        DateValue anchor = null;
        for (Found f : found) {
            String text = norm.substring(f.span().start() - offset, f.span().end() - offset);
            if (YEAR_WRITTEN.matcher(text).find()) {
                anchor = f.past();
            } else if (anchor != null && f.past() != null) {
                Matcher md = MONTH_DAY.matcher(text);
                Matcher d = DAY_ONLY.matcher(text);
                if (md.matches() && Integer.parseInt(md.group(1)) >= 1 && Integer.parseInt(md.group(1)) <= 12) {
                    int month = Integer.parseInt(md.group(1));
                    int year = anchor.month() != 0 && month < anchor.month() ? anchor.year() + 1 : anchor.year();
                    f = same(f.span(), md.group(2) == null ? DateValue.ofMonth(year, month) : day(year, month, md.group(2), f.past()));
                } else if (d.matches() && anchor.month() != 0) {
                    f = same(f.span(), day(anchor.year(), anchor.month(), d.group(1), f.past()));
                }
            }
            out.add(f);
        }
        return out;
    }

    private static DateValue day(int year, int month, String day, DateValue otherwise) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= LocalDate.of(year, month, 1).lengthOfMonth() ? new DateValue(year, month, d) : otherwise;
    }

    private static Found resolve(Matcher m, String norm, int offset, LocalDate pub) {
        Span span = new Span(offset + m.start(), offset + m.end());
        String y = group(m, "y");
        String rel = group(m, "rel");
        String mo = group(m, "m");
        String d = group(m, "d");
        Integer year = y != null ? Integer.valueOf(y) : rel != null && pub != null ? pub.getYear() + yearShift(rel) : null;
        if (group(m, "relm") != null) {
            if (pub == null) {
                return null;
            }
            LocalDate x = pub.plusMonths(monthShift(group(m, "relm")));
            DateValue month = DateValue.ofMonth(x.getYear(), x.getMonthValue());
            return same(span, d == null ? month : day(x.getYear(), x.getMonthValue(), d, month));
        }
        if (group(m, "reld") != null) {
            return pub == null ? null : same(span, DateValue.of(pub.plusDays(dayShift(group(m, "reld")))));
        }
        if (group(m, "week") != null) {
            return weekday(m, norm, span, pub);
        }
        if (mo == null && d != null) {
            // a day of the month alone: this month, or the last one if that day is still to come
            if (pub == null) {
                return null;
            }
            int day = Integer.parseInt(d);
            LocalDate base = day > pub.getDayOfMonth() + 3 ? pub.minusMonths(1) : pub;
            return day <= base.lengthOfMonth() ? same(span, new DateValue(base.getYear(), base.getMonthValue(), day)) : null;
        }
        if (mo == null) {
            return year == null ? null : same(span, DateValue.ofYear(year));
        }
        int month = Integer.parseInt(mo);
        if (month < 1 || month > 12) {
            return null;
        }
        if (year == null) {
            if (pub == null) {
                return null;
            }
            // a month without its year: an event told as done is in the last such month (a month a season ahead at
            // most excepted: "峰会11月登场" told in July), one to come in the next ("将于3月" in October is next March)
            return twoWays(span, pastYear(pub, month), futureYear(pub, month), month, d);
        }
        if (d == null) {
            return same(span, DateValue.ofMonth(year, month));
        }
        int day = Integer.parseInt(d);
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return same(span, new DateValue(year, month, day));
    }

    private static Found twoWays(Span span, int pastYear, int futureYear, int month, String d) {
        if (d == null) {
            return new Found(span, DateValue.ofMonth(pastYear, month), DateValue.ofMonth(futureYear, month));
        }
        int day = Integer.parseInt(d);
        if (day < 1 || day > LocalDate.of(pastYear, month, 1).lengthOfMonth() || day > LocalDate.of(futureYear, month, 1).lengthOfMonth()) {
            return null;
        }
        return new Found(span, new DateValue(pastYear, month, day), new DateValue(futureYear, month, day));
    }

    /** How far ahead a month told as done may still be this year's: a plain report of what is coming soon. */
    private static final int JUST_AHEAD = 4;

    private static int pastYear(LocalDate pub, int month) {
        return month <= pub.getMonthValue() + JUST_AHEAD ? pub.getYear() : pub.getYear() - 1;
    }

    private static int futureYear(LocalDate pub, int month) {
        return month >= pub.getMonthValue() ? pub.getYear() : pub.getYear() + 1;
    }

    private static Found weekday(Matcher m, String norm, Span span, LocalDate pub) {
        if (pub == null || EXPLICIT_AFTER_WEEKDAY.matcher(norm.substring(m.end())).find()) {
            return null; // "周四（10月5日）": the date in brackets says it
        }
        DayOfWeek dow = dayOfWeek(m.group("wd"));
        String week = m.group("week");
        if (week.startsWith("上")) {
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(TemporalAdjusters.nextOrSame(dow));
            return same(span, DateValue.of(d));
        }
        if (week.startsWith("下")) {
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1).with(TemporalAdjusters.nextOrSame(dow));
            return same(span, DateValue.of(d));
        }
        if (week.startsWith("本") || week.startsWith("这")) {
            LocalDate d = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
            return same(span, DateValue.of(d));
        }
        String last = group(m, "wd2");
        if (last != null) {
            // a span of this week's days that holds the publication day is under way: "星期四到星期六访问中国" told on
            // that Thursday (or on the Friday) is this week's trip, not last week's
            LocalDate start = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
            LocalDate end = start.with(TemporalAdjusters.nextOrSame(dayOfWeek(last)));
            if (!pub.isBefore(start) && !pub.isAfter(end)) {
                return same(span, DateValue.of(start));
            }
        }
        return new Found(span, DateValue.of(pub.with(TemporalAdjusters.previousOrSame(dow))),
                DateValue.of(pub.with(TemporalAdjusters.nextOrSame(dow))));
    }

    private static DayOfWeek dayOfWeek(String c) {
        return switch (c) {
            case "一" -> DayOfWeek.MONDAY;
            case "二" -> DayOfWeek.TUESDAY;
            case "三" -> DayOfWeek.WEDNESDAY;
            case "四" -> DayOfWeek.THURSDAY;
            case "五" -> DayOfWeek.FRIDAY;
            case "六" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static int yearShift(String rel) {
        return switch (rel) {
            case "去年" -> -1;
            case "明年" -> 1;
            case "前年" -> -2;
            default -> 0;
        };
    }

    private static int monthShift(String rel) {
        return rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0;
    }

    private static int dayShift(String rel) {
        return switch (rel) {
            case "昨天", "昨日" -> -1;
            case "前天" -> -2;
            case "明天", "明日" -> 1;
            case "后天" -> 2;
            default -> 0;
        };
    }

    private static Found same(Span span, DateValue v) {
        return new Found(span, v, v);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
