package org.guanxi.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mode;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Status;
import org.guanxi.rules.RuleBook.Rule;

/**
 * Reads a meeting rule's match into meetings: its sides (a subject carried from the sentence before,
 * people joining one told before), status, mode, date and place, one meeting per person met when the
 * text says 分别 or 先后. One per article run.
 */
final class MeetingReader {
    /**
     * "One after another": one meeting per person met (耶伦先后会见了李强、刘鹤), but when two meet
     * two (习近平和李克强先后会见了林郑月娥、贺一诚) it tells only that the hosts took turns (the guests, a verb's
     * object, are still met apart under the option apart).
     */
    private static final Pattern IN_TURN = Pattern.compile("先后|相继|接连|依次|逐一");
    // not "于北京时间8点" nor "在中国问题方面"; 到 ends other verbs too, whose place is no venue (受到法国冷落的…, 提到日本)
    private static final Pattern PLACE_AFTER_AT = Pattern.compile("(?:在|于|赴|(?<![受得遭看提想感收达找见听说谈])到|抵达|前往)(\uE001+)(?!时间|问题|方面|议题)");

    private final ArticleRun run;
    final List<Meeting> meetings = new ArrayList<>();
    /** Meetings a headline reports held only for want of any cue (拜登周三会见习近平): a planned report of the same meeting wins. */
    final Set<Meeting> plainHeadlineMeetings = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Whether the meeting being added is told plainly in a headline. */
    private boolean plainHeadline;
    /** People joining the meeting reported last, added when the whole sentence has been read. */
    private final List<Runnable> pendingJoins = new ArrayList<>();

    MeetingReader(ArticleRun run) {
        this.run = run;
    }

    /** A meeting rule that takes one side from before the sentence: people joining, or the subject left out. */
    static boolean oneSideBefore(Rule r) {
        return "previous".equals(r.option("join")) || "previous".equals(r.option("subject"));
    }

    /** Adds the people who joined a meeting, once the sentence's own meetings have all been read. */
    void sentenceRead() {
        pendingJoins.forEach(Runnable::run);
        pendingJoins.clear();
    }

    /** @return whether a fact was made */
    boolean meeting(Rule r, Matcher m, Marked mk, List<Dates.Found> dates) {
        int[] verb = Groups.range(m, "verb", m.start(), m.end());
        List<Entity> a = Groups.people(m, mk, "a");
        if (a.isEmpty() && "previous".equals(r.option("subject"))) {
            // "……。随后会见了王毅": the subject of the sentence right before, in the same block
            Sentence prev = mk.sentence.index() > 0 ? run.doc.sentences().get(mk.sentence.index() - 1) : null;
            if (run.topic == null || run.topicSentence != mk.sentence.index() - 1 || prev.kind() != mk.sentence.kind()) {
                return false;
            }
            a = List.of(run.topic);
            run.carried = true;
        }
        List<Entity> b = Groups.people(m, mk, "b");
        List<Entity> c = Groups.people(m, mk, "c");
        // a person named again who must be of side a ("邀请习近平访问法国，并与他会晤", 他 read as the inviter)
        if (!Groups.ofSide(Groups.people(m, mk, "same"), a)) {
            return false;
        }
        Status status = run.status(r, mk, verb, run.modality.clauseFrom(mk.text, Groups.range(m, "a", m.start(), m.end())[0]));
        if ("previous".equals(r.option("event"))) {
            // the sides of talks named in the sentence right before (……谈判将于本月举行。美方由姆努钦带队，…): held or still ahead as told there
            Marked prev = run.before;
            int[] event = prev == null || prev.sentence.index() != mk.sentence.index() - 1 ? null : EventBefore.last(prev.text);
            if (event == null) {
                return false;
            }
            status = run.modality.status(prev.text, run.modality.clauseFrom(prev.text, event[0]), event[0], event[1], RuleBook.Relation.MEETING);
        }
        Mode mode = r.has("mode") ? parseMode(r.option("mode")) : run.modality.mode(mk.text, verb[0], verb[1]);
        Entity place = place(m, mk, verb[0]);
        Evidence ev = run.evidence(r, m, mk);
        if ("previous".equals(r.option("join"))) {
            if (c.isEmpty() || ev.confidence() < run.threshold) {
                return false;
            }
            // joined once the sentence is read: its own meeting may come from a rule tried later
            // ("习近平会见了米歇尔，李克强也参加了会见"); a rule with a status of its own joins only a meeting of
            // that status (those to attend a planned summit)
            Status only = r.has("status") ? status : null;
            boolean call = mode == Mode.PHONE;
            pendingJoins.add(() -> joinPrevious(c, mk, ev, only, call));
            return true;
        }
        List<DateValue> each = run.datesIn(dates, mk, m.start(), verb[0], status);
        plainHeadline = mk.sentence.kind() == BlockKind.TITLE && status == Status.HELD && !r.has("status") && !run.hasHeldCue(mk.text, verb[0]);
        // 分别 says so; and a phone call of one person "with B, C and D" is one call with each of them
        String matched = mk.text.substring(m.start(), m.end());
        // and the people a verb such as 会见 takes as its object (会晤习近平、李克强等领导人) are each met by the subject,
        // not meeting one another (rules with the option apart)
        boolean separate = ArticleRun.EACH.matcher(matched).find() || a.size() == 1 && IN_TURN.matcher(matched).find()
                || mode == Mode.PHONE && a.size() == 1 && c.isEmpty() || r.has("apart");
        if (r.has("each") && separate && b.size() > 1) {
            boolean made = false;
            for (int i = 0; i < b.size(); i++) {
                List<Entity> ps = Groups.distinct(a, List.of(b.get(i)), c);
                DateValue d = each.size() == b.size() ? each.get(i) : run.date(dates, mk, m.start(), verb[0], status);
                made |= add(ps, run.statusFor(status, d), mode, d, place, ev);
            }
            return made;
        }
        DateValue d = run.date(dates, mk, m.start(), verb[0], status);
        // "马克龙和朔尔茨分别与泽连斯基通电话": 分别 (or 先后) after the first side, one meeting per person of it
        int aEnd = Groups.range(m, "a", 0, 0)[1];
        String between = mk.text.substring(aEnd, Math.max(aEnd, Groups.range(m, "b", 0, 0)[0]));
        if (r.has("each") && a.size() > 1 && b.size() == 1 && c.isEmpty()
                && (ArticleRun.EACH.matcher(between).find() || IN_TURN.matcher(between).find())) {
            boolean made = false;
            for (Entity one : a) {
                made |= add(Groups.distinct(List.of(one), b, c), run.statusFor(status, d), mode, d, place, ev);
            }
            return made;
        }
        return add(Groups.distinct(a, b, c), run.statusFor(status, d), mode, d, place, ev);
    }

    private boolean add(List<Entity> ps, Status status, Mode mode, DateValue d, Entity place, Evidence ev) {
        if (ps.size() >= 2 && ev.confidence() >= run.threshold) {
            Meeting made = new Meeting(ps.stream().map(Entity::id).toList(), status, mode, d, place == null ? null : place.id(), List.of(ev));
            meetings.add(made);
            if (plainHeadline && status == Status.HELD) {
                plainHeadlineMeetings.add(made);
            }
            return true;
        }
        return false;
    }

    /**
     * People who joined the meeting reported last (a few sentences before at most); joining a call,
     * the last call, never a meeting ("……希望将来能与蔡英文会面。吴钊燮也参加了这次通话").
     */
    private boolean joinPrevious(List<Entity> joining, Marked mk, Evidence ev, Status only, boolean call) {
        if (joining.isEmpty() || ev.confidence() < run.threshold) {
            return false;
        }
        Meeting last = null;
        for (int i = meetings.size() - 1; i >= 0 && last == null; i--) {
            Meeting m = meetings.get(i);
            // a call is told at more length than a meeting: its people may join it further on
            if (mk.sentence.index() - m.evidence().get(m.evidence().size() - 1).sentence() > (call ? 2 * ArticleRun.JOIN_WINDOW : ArticleRun.JOIN_WINDOW)) {
                break;
            }
            last = !call || m.mode() == Mode.PHONE ? m : null;
        }
        if (last == null || only != null && last.status() != only) {
            return false;
        }
        List<String> ps = new ArrayList<>(last.participants());
        joining.forEach(e -> {
            if (!ps.contains(e.id())) {
                ps.add(e.id());
            }
        });
        meetings.add(new Meeting(ps, last.status(), last.mode(), last.date(), last.place(), List.of(ev)));
        return true;
    }

    /** The place of a meeting: a {@code place} group, else the last place written after 在/于 before the verb. */
    private Entity place(Matcher m, Marked mk, int verbStart) {
        int[] g = Groups.range(m, "place", -1, -1);
        if (g[0] >= 0) {
            List<Entity> ps = mk.places(g[0], g[1]);
            return ps.isEmpty() ? null : ps.get(ps.size() - 1);
        }
        Matcher at = PLACE_AFTER_AT.matcher(mk.text.substring(0, verbStart));
        Entity found = null;
        while (at.find()) {
            found = mk.placeAt(at.end(1) - 1);
        }
        return found;
    }

    private static Mode parseMode(String s) {
        return switch (s) {
            case "Phone" -> Mode.PHONE;
            case "Video" -> Mode.VIDEO;
            default -> Mode.IN_PERSON;
        };
    }
}
