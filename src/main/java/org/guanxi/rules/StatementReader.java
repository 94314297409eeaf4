package org.guanxi.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.guanxi.doc.BlockKind;
import org.guanxi.text.Captions;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Status;
import org.guanxi.rules.RuleBook.Rule;

/**
 * Reads a statement rule's match into statements: the speaker (named, or the one quoted last, or the
 * sentence before's subject for a description), the words said without the speaker's own clauses,
 * and speech run on over the sentences after. One per article run.
 */
final class StatementReader {
    private final ArticleRun run;
    final List<Statement> statements = new ArrayList<>();
    /** Where each statement's content lies, to tell speech reported inside it. */
    final Map<Statement, Span> contentSpans = new IdentityHashMap<>();
    Entity lastSpeaker;
    int lastSpeakerSentence = -10;
    /** Where the last speaker's words start in their sentence. */
    int lastSpeakerAt;

    StatementReader(ArticleRun run) {
        this.run = run;
    }

    boolean statement(Rule r, Matcher m, Marked mk, List<Dates.Found> dates) {
        // a headline sums up (王毅批评：美国……, 特朗普表示愿与金正恩再见面); the words are reported in the
        // text, and both dev sets' readers list a headline's wording at most as an optional statement
        if (mk.sentence.kind() == BlockKind.TITLE) {
            return false;
        }
        List<Entity> speakers;
        if ("previous".equals(r.option("speaker")) || "sentence".equals(r.option("speaker"))) {
            // "sentence": only someone already quoted in this sentence, not in the one before
            int back = "sentence".equals(r.option("speaker")) ? 0 : 1;
            // (a photo caption between the two paragraphs does not count)
            speakers = lastSpeaker != null && lastSpeakerSentence >= 0
                    && Captions.distance(run.doc, lastSpeakerSentence, mk.sentence.index()) <= back ? List.of(lastSpeaker) : List.of();
        } else if ("previous".equals(r.option("subject"))) {
            // "……。这位前外交官说，……": a description standing for someone is the one quoted last, in this
            // sentence or the one before, or else the person the sentence right before opens with; with
            // neither (一位官员说……), it is no one we know
            int at = mk.sentence.index();
            if (lastSpeaker != null && at - lastSpeakerSentence <= 1) {
                speakers = List.of(lastSpeaker);
            } else {
                speakers = run.topic != null && run.topicSentence == at - 1 && Topics.opensWithPerson(run.before) ? List.of(run.topic) : List.of();
                run.carried = !speakers.isEmpty();
            }
        } else {
            int[] who = Groups.range(m, "s", -1, -1);
            if (who[0] >= 0 && insideOpeningQuote(mk, mk.docSpan(who[0], who[1]).start())) {
                // someone named inside a quote is told of by the one quoted, not quoted by the writer:
                // “耶伦明确表示反对脱钩，所以……”
                return false;
            }
            List<Entity> s = Groups.distinct(Groups.people(m, mk, "s"));
            // "两人都表示……", "A和B均认为……": with each, the words are every one's of them
            speakers = s.size() == 1 || r.has("each") ? s : List.of();
        }
        int[] content = Groups.range(m, "content", -1, -1);
        if (speakers.isEmpty() || content[0] < 0 || insideQuotedContent(mk, m.start())) {
            return false;
        }
        Evidence ev = run.evidence(r, m, mk);
        if (ev.confidence() < run.threshold) {
            return false;
        }
        int[] verb = Groups.range(m, "verb", content[0], content[0]);
        DateValue d = run.date(dates, mk, m.start(), verb[0], Status.HELD);
        if (speakers.size() > 1) {
            boolean made = false;
            for (Entity one : speakers) {
                made |= add(one, mk, content, d, ev);
            }
            // a quote after it goes on from no one of them in particular
            lastSpeaker = null;
            return made;
        }
        Entity speaker = speakers.get(0);
        // “A，”他说，“B”: news readers (and the gold) take the two quotes as two statements
        boolean made = add(speaker, mk, content, d, ev);
        int[] more = Groups.range(m, "content2", -1, -1);
        if (more[0] >= 0) {
            made |= add(speaker, mk, more, d, ev);
        }
        return made;
    }

    private boolean add(Entity speaker, Marked mk, int[] content, DateValue d, Evidence ev) {
        Span span = beforeSpeakerNamed(mk, mk.docSpan(content[0], content[1]), speaker);
        String text = Contents.clean(run.doc.text(span));
        // a gloss in brackets alone is no words: 老太太说（录音），……
        if (Contents.hanCount(text) < 2 || text.matches("[（(][^（）()]*[）)]")) {
            return false;
        }
        Statement st = new Statement(speaker.id(), text, d, ev);
        statements.add(st);
        contentSpans.put(st, span);
        // the one quoted last is the one whose words come last in the sentence, whichever rule read them first
        if (lastSpeakerSentence != mk.sentence.index() || span.start() >= lastSpeakerAt) {
            lastSpeaker = speaker;
            lastSpeakerAt = span.start();
        }
        lastSpeakerSentence = mk.sentence.index();
        return true;
    }

    /**
     * Whether a place lies inside a quote that opens the sentence: a paragraph that is all quote goes on from
     * the one quoted before, and whoever it names is told of by them. (A quote opened after a medium's or a
     * body's verb, 新华社报道：“习近平指出，……”, is their readout of the person's words, which count.)
     */
    private boolean insideOpeningQuote(Marked mk, int at) {
        String norm = run.doc.norm();
        int i = mk.sentence.span().start();
        while (i < at && Character.isWhitespace(norm.charAt(i))) {
            i++;
        }
        if (i >= at || norm.charAt(i) != '“' && norm.charAt(i) != '「') {
            return false;
        }
        int open = 0;
        for (; i < at; i++) {
            char c = norm.charAt(i);
            open += c == '“' || c == '「' ? 1 : c == '”' || c == '」' ? -1 : 0;
            if (open == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reported speech ends before a clause that names its speaker again by name, outside quotes:
     * that is the writer telling (……，但议员都要求川普…; ……，当被问及…时，菅义伟没有回答). A pronoun
     * for the speaker does not end it (他说，他将…).
     */
    private Span beforeSpeakerNamed(Marked mk, Span span, Entity speaker) {
        String norm = run.doc.norm();
        int end = span.end();
        for (org.guanxi.doc.Mention m : run.mentions.in(mk.sentence)) {
            int at = m.fullSpan().start();
            if (!m.entity().id().equals(speaker.id()) || at <= span.start() || at >= span.end()) {
                continue;
            }
            int quotes = 0;
            int cut = -1;
            for (int i = span.start(); i < at; i++) {
                char c = norm.charAt(i);
                quotes += c == '“' || c == '「' ? 1 : c == '”' || c == '」' ? -1 : 0;
                if (quotes == 0 && "，,；;。！？".indexOf(c) >= 0 && i > span.start()) {
                    cut = i;
                }
            }
            // a clause of time before it belongs to the writer's clause too: ……，当被问及…时，菅义伟没有回答
            int clause = Math.max(norm.lastIndexOf('，', cut - 1), norm.lastIndexOf(',', cut - 1));
            if (cut > 0 && clause > span.start() && (norm.charAt(clause + 1) == '当' || norm.charAt(cut - 1) == '时')) {
                cut = clause;
            }
            if (quotes == 0 && cut > span.start() && cut < end) {
                end = cut;
            }
        }
        return new Span(span.start(), end);
    }

    /** Reported speech that runs to its sentence's end, taken on over the sentences after it ({@link RunOnSpeech}). */
    List<Statement> continued() {
        return RunOnSpeech.extend(run.doc, statements, contentSpans,
                t -> run.mentions.in(t).stream().anyMatch(m -> m.type() == org.guanxi.doc.EntityType.PERSON) || !run.references.in(t).isEmpty());
    }

    /** Speech reported inside what someone else is said to have said is theirs, not a statement of its own. */
    private boolean insideQuotedContent(Marked mk, int at) {
        Span here = mk.docSpan(at, at + 1);
        for (Statement s : statements) {
            if (s.evidence().sentence() == mk.sentence.index() && contentSpans.getOrDefault(s, here).contains(here)
                    && !contentSpans.getOrDefault(s, here).equals(here)) {
                return true;
            }
        }
        return false;
    }
}
