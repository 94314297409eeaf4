package org.guanxi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Status;
import org.guanxi.rules.RuleBook.Relation;
import org.guanxi.rules.RuleBook.Rule;
import org.guanxi.text.Scan;

/**
 * One run of the rules over one article: tries each rule on each sentence and hands its matches to
 * the readers of meetings, statements and visits, which share what has been read so far (the sentence
 * before, the headline, who the last sentence was about) and the status, date and evidence of a match.
 */
final class ArticleRun {
    /** One fact per person when the text says so: "分别", "各自". */
    static final Pattern EACH = Pattern.compile("分别|各自");
    /** How many sentences after a meeting (or trip) people can still be said to have joined it. */
    static final int JOIN_WINDOW = 5;
    private static final Pattern DATE_AFTER_VERB = Pattern.compile("[^，,。；;]{0,4}?(?:将|已|定|拟)?(?:于|在)");
    /** Between a trip and the date it is told to have taken: "访问中国是在2022年2月", "访华的时间定于5日". */
    private static final Pattern VISIT_DATE_TOLD = Pattern.compile("(?:的时间|的日期)?(?:是|则是|为|定于|定在)(?:在|于)?");
    /** Verbs of reporting: a date before them dates the report, not the event reported. */
    private static final Pattern REPORTING = Pattern.compile("表示|说|称|指出|透露|报道|报导|宣布|获悉|证实|介绍|告诉|消息");

    private final RuleEngine engine;
    final RuleBook book;
    final Modality modality;
    final PlaceLookup places;
    final double threshold;

    final Document doc;
    final LocalDate published;
    /** Mentions and references by sentence: Marked.of looks at a sentence's own. */
    final BySentence<Mention> mentions;
    final BySentence<Reference> references;

    /** Who the sentence just read is about ({@link Topics}), for a next one that leaves its subject out. */
    Entity topic;
    int topicSentence = -10;
    /** Whether a reader took the sentence's subject from the one before. */
    boolean carried;
    /** The sentence read before this one, and the headline: where a trip told without its place names it. */
    Marked before;
    Marked headline;

    final MeetingReader meetingReader = new MeetingReader(this);
    final StatementReader statementReader = new StatementReader(this);
    final VisitReader visitReader = new VisitReader(this);

    /** One matcher per pattern (and verb group) for the whole article, reset for each sentence; made on first use. */
    private final Matcher[] matchers;
    private final Matcher[] verbMatchers;
    /** Verbs (marked ranges) already read, per relation: one verb gives one fact, to the first rule that reads it. */
    private final Map<Relation, List<int[]>> claimed = new EnumMap<>(Relation.class);

    ArticleRun(RuleEngine engine, Analysis a) {
        this.engine = engine;
        this.book = engine.book();
        this.modality = engine.modality();
        this.places = engine.places();
        this.threshold = engine.threshold();
        this.doc = a.document();
        this.published = doc.article().published();
        this.mentions = new BySentence<>(doc.sentences(), a.mentions(), Mention::fullSpan);
        this.references = new BySentence<>(doc.sentences(), a.references(), Reference::span);
        this.matchers = new Matcher[engine.patterns().size()];
        this.verbMatchers = new Matcher[engine.verbGroups().size()];
    }

    void sentence(Sentence s) {
        claimed.clear();
        Marked mk = Marked.of(doc, s, mentions.in(s), references.in(s));
        carried = false;
        rules(s, mk);
        Entity subject = Topics.subject(mk);
        if (subject != null || !carried) {
            topic = subject;
        }
        topicSentence = s.index();
    }

    private void rules(Sentence s, Marked mk) {
        int people = peopleIn(mk.text);
        boolean group = hasGroup(mk.text);
        int kind = s.kind().ordinal();
        List<Dates.Found> dates = new LazyDates(doc.norm(s.span()), s.span().start(), published);
        // what the gates found, per relation and per shared verb group: 0 not looked for yet, 1 found, -1 not
        byte[] triggered = new byte[Relation.values().length];
        byte[] verbFound = new byte[verbMatchers.length];
        for (Gate g : engine.gates()) {
            // a rule needs someone in the sentence (two for a meeting), or a speaker from before
            if (people == 0 && !g.continues() || !g.blocks()[kind]
                    || !triggered(triggered, g.rule().relation(), mk.text)
                    || people < g.minPeople() && !group
                    || g.verbs() != null && !anyVerbFound(verbFound, g.verbs(), mk.text)) {
                continue;
            }
            Rule r = g.rule();
            for (int id : g.patterns()) {
                Gate.Compiled p = engine.patterns().get(id);
                if (matchers[id] == null) {
                    matchers[id] = p.pattern().matcher("");
                }
                Scan scan = new Scan(matchers[id], p.start(), mk.text);
                Matcher m = scan.matcher();
                while (scan.next()) {
                    if (m.end() == m.start()) {
                        break;
                    }
                    int[] verb = Groups.range(m, "verb", m.start(), m.end());
                    if (isClaimed(r.relation(), verb)) {
                        continue;
                    }
                    boolean made = switch (r.relation()) {
                        case MEETING -> meetingReader.meeting(r, m, mk, dates);
                        case STATEMENT -> statementReader.statement(r, m, mk, dates);
                        case VISIT -> visitReader.visit(r, m, mk, dates);
                    };
                    if (made) {
                        claimed.computeIfAbsent(r.relation(), k -> new ArrayList<>()).add(verb);
                    }
                }
            }
        }
        meetingReader.sentenceRead();
        if (s.index() == 0) {
            headline = mk;
        }
        before = mk;
    }

    private boolean triggered(byte[] known, Relation relation, String text) {
        int i = relation.ordinal();
        if (known[i] == 0) {
            known[i] = (byte) (book.triggered(relation, text) ? 1 : -1);
        }
        return known[i] > 0;
    }

    private boolean anyVerbFound(byte[] known, int[] groups, String text) {
        for (int g : groups) {
            if (verbFound(known, g, text)) {
                return true;
            }
        }
        return false;
    }

    private boolean verbFound(byte[] known, int group, String text) {
        if (known[group] == 0) {
            Gate.Compiled verbs = engine.verbGroups().get(group);
            if (verbMatchers[group] == null) {
                verbMatchers[group] = verbs.pattern().matcher("");
            }
            known[group] = (byte) (new Scan(verbMatchers[group], verbs.start(), text).next() ? 1 : -1);
        }
        return known[group] > 0;
    }

    private boolean isClaimed(Relation relation, int[] verb) {
        for (int[] c : claimed.getOrDefault(relation, List.of())) {
            if (c[0] < verb[1] && verb[0] < c[1]) {
                return true;
            }
        }
        return false;
    }


    Status status(Rule r, Marked mk, int[] verb) {
        return status(r, mk, verb, 0);
    }

    /** Status read from cues in {@code [from, verb)}: for a meeting, from the clause its first side is named in. */
    Status status(Rule r, Marked mk, int[] verb, int from) {
        if (r.has("status")) {
            return Status.valueOf(r.option("status").toUpperCase());
        }
        return modality.status(mk.text, Math.min(from, verb[0]), verb[0], verb[1], r.relation());
    }

    /** A plainly reported event dated after publication is still to come. */
    Status statusFor(Status s, DateValue d) {
        if (s == Status.HELD && d != null && published != null && RuleEngine.after(d, published)) {
            return Status.PLANNED;
        }
        return s;
    }

    /**
     * The date of an event: the last one written between the match's start and its verb; else
     * the nearest before the match, unless a verb of reporting stands between (in "知情官员周四
     * 表示，拜登与习近平将会晤" 周四 dates the telling); else one right after the verb.
     */
    DateValue date(List<Dates.Found> dates, Marked mk, int matchStart, int verbStart, Status status) {
        Span region = mk.docSpan(matchStart, Math.max(matchStart + 1, verbStart));
        Dates.Found best = null;
        for (Dates.Found f : dates) {
            if (f.span().start() >= region.start() && f.span().end() <= region.end()) {
                best = f;
            }
        }
        if (best == null) {
            for (Dates.Found f : dates) {
                if (f.span().end() <= region.start()
                        && !REPORTING.matcher(doc.norm().substring(f.span().end(), region.start())).find()) {
                    best = f;
                }
            }
        }
        if (best == null) {
            for (Dates.Found f : dates) {
                // "会谈将于11月15日举行": a date the verb itself introduces
                if (f.span().start() >= region.end()
                        && DATE_AFTER_VERB.matcher(doc.norm().substring(region.end(), f.span().start())).matches()) {
                    best = f;
                    break;
                }
            }
        }
        return best == null ? null : best.pick(status == Status.PLANNED);
    }

    List<DateValue> datesIn(List<Dates.Found> dates, Marked mk, int from, int to, Status status) {
        Span region = mk.docSpan(from, Math.max(from + 1, to));
        List<DateValue> out = new ArrayList<>();
        for (Dates.Found f : dates) {
            if (region.contains(f.span())) {
                out.add(f.pick(status == Status.PLANNED));
            }
        }
        return out;
    }

    /** A date the sentence gives right after the trip: "普京上次访问中国是在2022年2月". */
    DateValue dateTold(List<Dates.Found> dates, Marked mk, int matchEnd, Status status) {
        int at = mk.docSpan(matchEnd, matchEnd).start();
        for (Dates.Found f : dates) {
            if (f.span().start() >= at && VISIT_DATE_TOLD.matcher(doc.norm().substring(at, f.span().start())).matches()) {
                return f.pick(status == Status.PLANNED);
            }
        }
        return null;
    }

    boolean hasHeldCue(String text, int verbStart) {
        for (String cue : book.cuesBefore(Status.HELD)) {
            if (text.lastIndexOf(cue, verbStart - cue.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    Evidence evidence(Rule r, Matcher m, Marked mk) {
        Sentence s = mk.sentence;
        return new Evidence(s.index(), mk.docSpan(m.start(), m.end()), doc.text(s), r.id(), r.confidence());
    }

    private static int peopleIn(String marked) {
        int n = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == Marked.PERSON || c == Marked.GROUP) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasGroup(String marked) {
        return marked.indexOf(Marked.GROUP) >= 0;
    }
}
