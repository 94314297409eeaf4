package org.guanxi.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.text.WordIndex;

/**
 * Two countries and a role standing for two people named before: 中印两国外长 (the Chinese and the
 * Indian foreign minister), 美日防长, 美韩首脑, 英中两国领导人. Each country's one is the last person
 * named with that country and that role, so the pair is read by who holds which post rather than by
 * who was named last (an aide or a spokesman may come in between). 中美双方 and 台美双方 are the two
 * countries' sides: the last person named of each, within a few sentences, and no one when either country
 * has none there (the last two people named are then often an analyst and a leader he quotes, or two
 * officials of one side).
 */
final class CountryPairs {
    private static final Map<Character, String> COUNTRY = Map.ofEntries(Map.entry('中', "cn"), Map.entry('美', "us"),
            Map.entry('日', "jp"), Map.entry('韩', "kr"), Map.entry('朝', "kp"), Map.entry('俄', "ru"), Map.entry('印', "in"),
            Map.entry('英', "gb"), Map.entry('法', "fr"), Map.entry('德', "de"), Map.entry('澳', "au"), Map.entry('台', "tw"),
            Map.entry('菲', "ph"), Map.entry('越', "vn"), Map.entry('加', "ca"), Map.entry('意', "it"), Map.entry('乌', "ua"));
    private static final String C = "[中美日韩朝俄印英法德澳台菲越加意乌]";
    /** Exactly two countries: 日美澳防长 names three, and its last two are not a pair of it. */
    private static final List<String> ROLES = List.of("元首", "首脑", "领导人", "领袖", "外长", "外交部长", "防长", "国防部长", "双方");
    private static final Pattern WORD = Pattern.compile("(?<!" + C + ")(" + C + ")(" + C + ")(?:两国)?(" + String.join("|", ROLES) + ")");
    /** Most sentences hold no role word: they are passed over without trying {@link #WORD} at every character. */
    private static final WordIndex ROLE_WORDS = new WordIndex(ROLES);
    /** Two countries right before a position (中美双方 read from 双方). */
    private static final Pattern PAIR_BEFORE = Pattern.compile("(?<!" + C + ")" + C + C + "(?:两国)?$");
    /** Sides are looked for as far back as other pair words (两人, 双方) look. */
    private static final int SIDES_LOOKBACK_SENTENCES = 2;
    /**
     * The word inside the name of an event (举行了中美外长会谈, 第二次美朝首脑会晤, 美俄首脑会晤提供交流机会) only
     * names the kind of event, often one still ahead; it stands for the two people only as a subject
     * (中印两国外长10日在莫斯科会晤, 美菲防长在周二的通话中…). Right before the noun it is read as the event
     * even after 和 (美朝谈判和韩朝首脑会谈等 lists two talks; 将和韩日首脑会面 is lost with it).
     */
    static final Pattern INSIDE_EVENT = Pattern.compile("(?:举行|进行|了|次|场|届)$");
    static final Pattern EVENT_AFTER = Pattern.compile(
            "^(?:的)?(?:首次|第[一二三四五六七八九十\\d]+次|再次|下一次|上一次|此次|这次|年度|视频|视讯|电话|双边|非正式)?(?:会晤|会谈|会面|峰会|高峰会|通话|会议|会|对话|热线|声明|联合声明)");
    static final Pattern FOREIGN_TITLE = Pattern.compile("(?<!副)(?:外长|外交部长|外相|外务大臣|外交大臣|国务卿)$");
    static final Pattern DEFENCE_TITLE = Pattern.compile("(?<!副)(?:防长|国防部长|防卫大臣|防卫相|国防大臣|防务大臣)$");

    private final BiPredicate<Entity, LocalDate> leader;

    /** @param leader whether a person was a head of state or government on a date (the date may be null) */
    CountryPairs(BiPredicate<Entity, LocalDate> leader) {
        this.leader = leader;
    }

    /** The country-pair words of a sentence that name two people before them; words overlapping {@code refs} are left. */
    List<Reference> resolve(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s) {
        List<Reference> out = new ArrayList<>();
        String text = doc.norm(s.span());
        if (!ROLE_WORDS.anyIn(text)) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String first = COUNTRY.get(m.group(1).charAt(0));
            String second = COUNTRY.get(m.group(2).charAt(0));
            Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
            if (first.equals(second) || INSIDE_EVENT.matcher(text.substring(0, m.start())).find()
                    || EVENT_AFTER.matcher(text.substring(m.end())).find()
                    || refs.stream().anyMatch(r -> r.span().overlaps(span)) || mentions.stream().anyMatch(x -> x.fullSpan().overlaps(span))) {
                continue;
            }
            String role = m.group(3);
            int back = role.equals("双方") ? SIDES_LOOKBACK_SENTENCES : LeaderTitles.LOOKBACK_SENTENCES;
            int from = doc.sentences().get(Math.max(0, s.index() - back)).span().start();
            Entity a = last(doc, mentions, s, from, span.start(), first, role);
            Entity b = last(doc, mentions, s, from, span.start(), second, role);
            if (a != null && b != null && !a.id().equals(b.id())) {
                out.add(new Reference(span, m.group(), List.of(a, b), "pair"));
            }
        }
        return out;
    }

    /** The country a one-character name stands for (美: us), or null. */
    static String country(char c) {
        return COUNTRY.get(c);
    }

    /** Whether two countries come right before {@code at} (中美双方): the word is then read here, by country, alone. */
    static boolean afterTwoCountries(String text, int at) {
        return PAIR_BEFORE.matcher(text.substring(Math.max(0, at - 4), at)).find();
    }

    /**
     * The last person named before {@code at}, in the lookback, of this country and in this role (for 双方, any
     * role but a spokesman's or a reporting speaker's); the
     * role may be told by the title of any earlier mention of the person (外长王毅…王毅).
     */
    private Entity last(Document doc, List<Mention> mentions, Sentence s, int from, int at, String country, String role) {
        LocalDate date = doc.article().published();
        Set<String> holders = new HashSet<>();
        for (Mention x : mentions) {
            if (x.type() == EntityType.PERSON && x.span().end() <= at && holds(x, role, date)) {
                holders.add(x.entity().id());
            }
        }
        if (role.equals("双方")) {
            // a spokesman or someone who says what holds the word reports on the sides, he is not one of them
            for (Mention x : mentions) {
                if (x.type() == EntityType.PERSON && x.span().end() <= at && x.span().start() >= from
                        && (x.title() != null && x.title().contains("发言人") || Linker.freshSpeaker(doc, mentions, s, at, x, from))) {
                    holders.remove(x.entity().id());
                }
            }
        }
        Entity found = null;
        for (Mention x : mentions) {
            if (x.type() == EntityType.PERSON && x.span().start() >= from && x.span().end() <= at && country.equals(x.entity().country())
                    && holders.contains(x.entity().id())) {
                found = x.entity();
            }
        }
        return found;
    }

    private boolean holds(Mention x, String role, LocalDate date) {
        if (role.equals("双方")) {
            return true;
        }
        String title = x.title() == null || x.title().startsWith("前") ? "" : x.title();
        if (role.contains("外")) {
            return FOREIGN_TITLE.matcher(title).find();
        }
        if (role.contains("防")) {
            return DEFENCE_TITLE.matcher(title).find();
        }
        return LeaderTitles.isLeader(x.title()) || leader.test(x.entity(), date);
    }
}
