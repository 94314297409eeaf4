package org.guanxi.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * A list of countries and a role standing for the people who hold it there: 美日澳印四国外长, 澳洲、印度、日本3国外长,
 * 英、美、法、德、加五国领袖 (the group {@link CountryPairs} reads for two one-character countries). Each country's
 * one is the last person named before with that country and that role, by the title the text gives them or the post
 * the gazetteer gives them on the article's date; failing that, the first named after it (an
 * announcement names the meeting's sides and then who they are: "…与澳洲、印度、日本3国外长举行会议。澳洲外长佩恩…将出席").
 * A country with no such person adds no one; fewer than two found, the list stands for no one.
 */
final class CountryGroups {
    /**
     * The roles a list of countries can stand before. Most sentences hold none, and looking for them with indexOf
     * costs less than a find() of {@link #ROLE}, whose optional count makes it try every character.
     */
    private static final List<String> ROLE_WORDS = List.of("外长", "外交部长", "外相", "防长", "国防部长", "元首", "首脑", "领导人", "领袖");
    /** A role, with the count of countries that may come before it (四国, 3国). */
    private static final Pattern ROLE = Pattern.compile("(?:[两二三四五六七八九十\\d]国)?(" + String.join("|", ROLE_WORDS) + ")");

    private final Posts posts;
    private final java.util.function.BiPredicate<Entity, LocalDate> leader;
    /** Words ending in a country's character (参加, 其中, 同意, 上台, 方法): no list of countries ends there. */
    private final java.util.Set<String> wordEndings;

    CountryGroups(java.util.function.BiPredicate<Entity, LocalDate> leader, Posts posts, java.util.Set<String> wordEndings) {
        this.leader = leader;
        this.posts = posts;
        this.wordEndings = wordEndings;
    }

    /** The country lists of a sentence that stand for two people or more; words overlapping {@code refs} are left. */
    List<Reference> resolve(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s) {
        List<Reference> out = new ArrayList<>();
        String text = doc.norm(s.span());
        if (ROLE_WORDS.stream().noneMatch(text::contains)) {
            return out;
        }
        Matcher m = ROLE.matcher(text);
        while (m.find()) {
            List<String> countries = new ArrayList<>();
            int start = countriesBefore(text, mentions, s.span().start(), m.start(), countries);
            if (start < 0) {
                continue;
            }
            Span span = new Span(s.span().start() + start, s.span().start() + m.end());
            if (CountryPairs.INSIDE_EVENT.matcher(text.substring(0, start)).find() || CountryPairs.EVENT_AFTER.matcher(text.substring(m.end())).find()
                    || refs.stream().anyMatch(r -> r.span().overlaps(span))
                    || mentions.stream().anyMatch(x -> x.type() != EntityType.PLACE && x.fullSpan().overlaps(span))) {
                continue;
            }
            List<Entity> people = new ArrayList<>();
            for (String country : countries) {
                Entity e = holder(doc, mentions, s, span.start(), country, m.group(1));
                if (e != null && people.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    people.add(e);
                }
            }
            if (people.size() >= 2) {
                out.add(new Reference(span, text.substring(start, m.end()), people, "countries"));
            }
        }
        return out;
    }

    /**
     * The countries listed right before {@code at} (one character each, or places the text names, with or without 、
     * and a 和 or 及 before the last), into {@code out} in text order; where the list starts, or -1 when it is no list of this
     * kind: fewer than two, or two one-character countries written together (CountryPairs reads those).
     */
    private int countriesBefore(String text, List<Mention> mentions, int base, int at, List<String> out) {
        int i = at;
        boolean named = false;
        boolean separated = false;
        while (i > 0) {
            Mention place = placeEndingAt(mentions, base + i);
            String c = CountryPairs.country(text.charAt(i - 1));
            if (place != null) {
                out.add(0, place.entity().country());
                i = place.fullSpan().start() - base;
                named = true;
            } else if (c != null && (i < 2 || !wordEndings.contains(text.substring(i - 2, i)))) {
                out.add(0, c);
                i--;
            } else {
                break;
            }
            // on past a separator only where another country ends right before it; 和/及 joins the last two only, and a
            // one-character country before it only inside a longer list (同意与美国防长 names no Italy: 与 is too
            // often a preposition, and a character before 和 may end another word)
            boolean comma = i > 0 && text.charAt(i - 1) == '、';
            boolean and = out.size() == 1 && i > 0 && "和及".indexOf(text.charAt(i - 1)) >= 0;
            boolean namedBefore = i > 1 && placeEndingAt(mentions, base + i - 1) != null;
            boolean charBefore = i > 1 && CountryPairs.country(text.charAt(i - 2)) != null && (comma || i > 2 && text.charAt(i - 3) == '、');
            if ((comma || and) && (namedBefore || charBefore)) {
                i--;
                separated = true;
            } else if (comma || and) {
                break;
            }
        }
        boolean twoTogether = out.size() == 2 && !named && !separated;
        return out.size() < 2 || twoTogether ? -1 : i;
    }

    private static Mention placeEndingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PLACE && m.fullSpan().end() == end && m.entity().country() != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person of this country in this role: the last named before, else the first named after, anywhere on (a
     * country's minister is rarely two people in one article, and the sides of a meeting are often named long after it).
     */
    private Entity holder(Document doc, List<Mention> mentions, Sentence s, int at, String country, String role) {
        int from = doc.sentences().get(Math.max(0, s.index() - LeaderTitles.LOOKBACK_SENTENCES)).span().start();
        LocalDate date = doc.article().published();
        Entity before = null;
        Entity after = null;
        for (Mention x : mentions) {
            if (x.type() != EntityType.PERSON || !country.equals(x.entity().country()) || x.span().start() < from
                    || !holds(x, role, date)) {
                continue;
            }
            if (x.span().end() <= at) {
                before = x.entity();
            } else if (after == null && x.span().start() >= at) {
                after = x.entity();
            }
        }
        return before != null ? before : after;
    }

    private boolean holds(Mention x, String role, LocalDate date) {
        String title = x.title() == null || x.title().startsWith("前") ? "" : x.title();
        if (role.contains("外")) {
            return CountryPairs.FOREIGN_TITLE.matcher(title).find() || posts.held(x.entity(), CountryPairs.FOREIGN_TITLE, date);
        }
        if (role.contains("防")) {
            return CountryPairs.DEFENCE_TITLE.matcher(title).find() || posts.held(x.entity(), CountryPairs.DEFENCE_TITLE, date);
        }
        return LeaderTitles.isLeader(x.title()) || leader.test(x.entity(), date);
    }
}
