package org.guanxi.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Document;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.text.WordIndex;

/**
 * A person told again by a description instead of a name ("这位防务专家认为", "该官员表示", "这名前外交官说"): the
 * last person named in this sentence or the {@value #LOOKBACK_SENTENCES} before whose title or description fits the
 * noun (研究员夫承灿 … "这位观察人士说"). The noun written again in between, for no one named ("一位官员说……。这位官员还说"),
 * leaves it open: that is someone the article does not name.
 */
final class DescribedPeople {
    static final int LOOKBACK_SENTENCES = 3;
    /** How far before a name its description may reach, back to the clause's start. */
    private static final int DESCRIPTION_CHARS = 30;
    /** What may follow the description: a verb of saying or an adverb before one, or punctuation. */
    private static final String AFTER = "，、：也还则又更甚并说表称指强认透补告对向在曾再亦就随接";
    /** Modifiers that mark an unnamed source (这位不愿具名的官员, 这名匿名人士); 该国官员 never matches, as 该 takes the noun straight. */
    private static final Pattern UNNAMED = Pattern.compile("消息|知情|匿名|具名|透露姓名|不愿|未获授权|一位|一名");
    /** A modifier holds no verb or preposition: "这名男子称被官员殴打" is no description of an official. */
    private static final Pattern NOT_MODIFIER = Pattern.compile("[说称示是被和与对向把让给为将已曾]");

    /** What {@link #described} starts with (该, 该名, 这位...): most sentences hold none and are passed over. */
    private static final WordIndex OPENERS = new WordIndex(List.of("该", "这位", "这名", "此位", "此名"));

    private final List<String[]> nouns;
    private final Pattern described;

    DescribedPeople(DataSource data) {
        this.nouns = data.table("link/descriptions.tsv").stream()
                .sorted(Comparator.comparingInt((String[] r) -> r[0].strip().length()).reversed()).toList();
        String alternatives = String.join("|", nouns.stream().map(r -> Pattern.quote(r[0].strip())).toList());
        // 该 takes the noun straight (该官员, 该名学者); 这位/这名 may take a short modifier (这位美国前官员)
        this.described = Pattern.compile("(?:该名?|(?:这|此)[位名])(?<mod>(?<=[位名])[\\p{IsHan}·]{0,8}?)?(?<noun>" + alternatives + ")");
    }

    List<Reference> resolve(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s) {
        String norm = doc.norm();
        List<Reference> out = new ArrayList<>();
        String text = doc.norm(s.span());
        if (!OPENERS.anyIn(text)) {
            return out;
        }
        Matcher m = described.matcher(text);
        while (m.find()) {
            Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
            String mod = m.group("mod") == null ? "" : m.group("mod");
            if (span.end() >= norm.length() || AFTER.indexOf(norm.charAt(span.end())) < 0 || UNNAMED.matcher(mod).find() || NOT_MODIFIER.matcher(mod).find()
                    || refs.stream().anyMatch(r -> r.span().overlaps(span)) || mentions.stream().anyMatch(o -> o.fullSpan().overlaps(span))) {
                continue;
            }
            String noun = m.group("noun");
            int from = lookbackStart(doc, s);
            String[] words = fitting(noun);
            Mention who = lastFitting(doc, mentions, from, s, span.start(), words);
            if (who != null && !someoneElse(norm, mentions, refs, from, span.start(), noun, words)) {
                out.add(new Reference(span, m.group(), List.of(who.entity()), "description"));
            }
        }
        return out;
    }

    private String[] fitting(String noun) {
        for (String[] row : nouns) {
            if (row[0].strip().equals(noun)) {
                return row[1].strip().split("\\|");
            }
        }
        return new String[0];
    }

    private static int lookbackStart(Document doc, Sentence s) {
        int first = Math.max(0, s.index() - LOOKBACK_SENTENCES);
        while (first < s.index() && doc.sentences().get(first).kind() != BlockKind.PARAGRAPH && doc.sentences().get(first).kind() != s.kind()) {
            first++;
        }
        return doc.sentences().get(first).span().start();
    }

    private static Mention lastFitting(Document doc, List<Mention> mentions, int from, Sentence s, int at, String[] words) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().start() >= from && m.span().end() <= at && fits(doc, m, words)
                    && inText(doc, s, m) && (last == null || m.span().start() > last.span().start())) {
                last = m;
            }
        }
        return last == null || objectOfClause(doc.norm(), last) ? null : last;
    }

    /** Words in a clause before a name that make it an object or partner (向大使吴恳, 与副总理刘鹤), not the one described; 共和党 and 反对党 are no such. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?<!共)和|(?<!反)对|(?<!参)与|[向同跟给把被让及]|会见|召见|接见|知会|致电|会晤");

    private static boolean objectOfClause(String norm, Mention m) {
        return OBJECT_BEFORE.matcher(norm.substring(clauseStart(norm, m.fullSpan().start()), m.fullSpan().start())).find();
    }

    private static int clauseStart(String norm, int start) {
        int from = start;
        while (from > 0 && start - from < DESCRIPTION_CHARS && "，,。；;：:“”「」！？!?\n".indexOf(norm.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** Outside captions and titles, which name people in passing. */
    private static boolean inText(Document doc, Sentence s, Mention m) {
        for (Sentence o : doc.sentences()) {
            if (o.span().start() <= m.span().start() && m.span().end() <= o.span().end()) {
                return o.kind() == BlockKind.PARAGRAPH || o.kind() == s.kind();
            }
        }
        return false;
    }

    /** A description after the name: "王明是北京大学教授", "名叫王明的研究学者". */
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:是[^，,。；;：:“”「」！？!?]{1,30}|的[^，,。；;：:“”「」！？!?]{1,12})");
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?:名叫|叫做|名为)$");

    /** The title, the words before the name back to the clause's start, or a description after it hold one of the words. */
    private static boolean fits(Document doc, Mention m, String[] words) {
        String norm = doc.norm();
        int start = m.fullSpan().start();
        String description = norm.substring(clauseStart(norm, start), start) + (m.title() == null ? "" : m.title());
        Matcher after = AFTER_NAME.matcher(norm.substring(m.span().end(), Math.min(norm.length(), m.span().end() + 31)));
        if (after.find() && (after.group().startsWith("是") || NAMED_BEFORE.matcher(norm.substring(Math.max(0, start - 2), start)).find())) {
            description += after.group();
        }
        for (String w : words) {
            if (description.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Before the noun, words for someone not named (一位官员, 另一名学者, 有关专家, 匿名官员). */
    private static final Pattern SOMEONE = Pattern.compile("(?:一[位名个]|另[一外]|其他|多[名位]|几[名位]|数[名位]|有关|匿名|不愿)[^，,。；;：:“”]{0,8}$");
    /** After it, a verb of saying (官员说, 专家认为). */
    private static final Pattern SAYS = Pattern.compile("^[^，,。；;“”]{0,3}(?:说|表示|认为|指出|称|透露|强调|告诉)");

    /**
     * The noun, or another noun of the table that fits the same people (学者 for 专家), written in the sentences looked
     * back on for someone not named who speaks or is counted ("一位官员说", "这名高级官员说"): the description may be theirs.
     */
    private boolean someoneElse(String norm, List<Mention> mentions, List<Reference> refs, int from, int to, String noun, String[] words) {
        if (saidOfSomeoneElse(norm, mentions, refs, from, to, noun)) {
            return true;
        }
        for (String w : words) {
            if (!w.equals(noun) && nouns.stream().anyMatch(r -> r[0].strip().equals(w)) && saidOfSomeoneElse(norm, mentions, refs, from, to, w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the last person named before {@code at} ends ("一位名叫李华的学者" is 李华), or {@code from}. */
    private static int afterLastName(List<Mention> mentions, int from, int at) {
        int end = from;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().end() <= at && m.span().end() > end) {
                end = m.span().end();
            }
        }
        return end;
    }

    private static boolean saidOfSomeoneElse(String norm, List<Mention> mentions, List<Reference> refs, int from, int to, String noun) {
        for (int i = norm.indexOf(noun, from); i >= 0 && i + noun.length() <= to; i = norm.indexOf(noun, i + 1)) {
            Span at = new Span(i, i + noun.length());
            if (mentions.stream().noneMatch(o -> o.fullSpan().overlaps(at)) && refs.stream().noneMatch(r -> r.span().overlaps(at))
                    && (SOMEONE.matcher(norm.substring(Math.max(afterLastName(mentions, from, i), i - 12), i)).find()
                        || SAYS.matcher(norm.substring(at.end(), Math.min(norm.length(), at.end() + 8))).find())) {
                return true;
            }
        }
        return false;
    }
}
