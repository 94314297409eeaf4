package org.guanxi.link;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Document;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;

/**
 * What a pair word (两人, 双方) in running text may look back at for its two people. A photo caption
 * between paragraphs is no part of the story ("博卡斯（黄之瀚/Getty Images）" names the photographer), so
 * the look back passes over it without counting it;
 * and where its own sentence has just named two countries as the sides ("美国和中国在贸易问题上分歧巨大，
 * 双方…"), 双方 stands for the countries, not for two people named before.
 */
final class PairScope {
    /** What joins two places named as the two sides. */
    private static final String COORDINATORS = "和与同及跟";
    private static final String CLAUSE_BEFORE = "，,。；;：:！？";

    private PairScope() {
    }

    /**
     * After the second of two people joined by 与/和, the meeting they hold, in the same clause: right away
     * (会谈), held (举行了第二次峰会) or placed (周一在北京会面); not a meeting they only tell of (没有透露会谈的细节).
     */
    private static final String NO_BREAK = "[^，,。；;：:“”没未不透提谈]";
    private static final Pattern MEETING_AFTER = Pattern.compile(
            "^(?:" + NO_BREAK + "{0,12}?(?:举行|进行|展开|召开)(?:了|过)?" + NO_BREAK + "{0,10}?|" + NO_BREAK + "{0,8}?(?:在|于)"
                    + NO_BREAK + "{0,10}?)?(?:会晤|会谈|会面|峰会|通话|通电话|通了电话|见面|会见)");

    /**
     * The two people this sentence, before {@code at}, names as meeting ("谈到特朗普与金正恩举行第二次峰会的问题，
     * 博尔顿说，双方…"): they, not the speaker named between, are the sides; the last such pair, or none.
     */
    static List<Mention> sidesOfMeetingBefore(Document doc, List<Mention> mentions, Sentence s, int at) {
        String norm = doc.norm();
        List<Mention> found = List.of();
        for (Mention a : mentions) {
            int join = a.span().end();
            if (a.type() != EntityType.PERSON || a.fullSpan().start() < s.span().start() || join >= at
                    || COORDINATORS.indexOf(norm.charAt(join)) < 0 || joinedBefore(norm, mentions, a)) {
                continue;
            }
            for (Mention b : mentions) {
                int gap = b.fullSpan().start() - join - 1;
                if (b.type() == EntityType.PERSON && gap >= 0 && gap <= 8 && b.span().end() <= at
                        && !b.entity().id().equals(a.entity().id())
                        && norm.substring(join + 1, b.fullSpan().start()).chars().noneMatch(c -> "，,。；;、".indexOf(c) >= 0)
                        && mentions.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.span().start() > join && x.span().end() <= b.fullSpan().start())
                        && meetingAfter(norm, mentions, b.span().end(), at)) {
                    found = List.of(a, b);
                }
            }
        }
        return found;
    }

    /** Whether another person is joined to this one before it ("布林肯和沙利文与王毅…"): more than two at the table. */
    private static boolean joinedBefore(String norm, List<Mention> mentions, Mention a) {
        int before = a.fullSpan().start() - 1;
        return before > 0 && (COORDINATORS.indexOf(norm.charAt(before)) >= 0 || norm.charAt(before) == '、')
                && mentions.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.span().end() == before);
    }

    /** Whether the meeting follows with no third person on the way ("A和B与C会谈" has more than two at the table). */
    private static boolean meetingAfter(String norm, List<Mention> mentions, int from, int at) {
        Matcher m = MEETING_AFTER.matcher(norm.substring(from, Math.min(at, from + 40)));
        if (!m.find()) {
            return false;
        }
        int end = from + m.end();
        return mentions.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.fullSpan().start() >= from && x.fullSpan().start() < end);
    }

    /**
     * Where the look back from a sentence starts, {@code sentences} sentences before it, counting no caption
     * a paragraph's word reaches past: the caption only repeats, or credits a photographer.
     */
    static int lookbackStart(Document doc, Sentence s, int sentences) {
        int i = s.index();
        for (int left = sentences; i > 0 && left > 0; ) {
            i--;
            if (s.kind() == BlockKind.CAPTION || doc.sentences().get(i).kind() != BlockKind.CAPTION) {
                left--;
            }
        }
        return doc.sentences().get(i).span().start();
    }

    /** Whether a position lies in a caption while the pair word's sentence does not. */
    static boolean inCaption(Document doc, Sentence s, int at) {
        if (s.kind() == BlockKind.CAPTION) {
            return false;
        }
        for (int i = s.index(); i >= 0; i--) {
            Sentence prev = doc.sentences().get(i);
            if (prev.span().start() <= at) {
                return prev.kind() == BlockKind.CAPTION && at < prev.span().end();
            }
        }
        return false;
    }

    /**
     * Whether the sentence, before {@code at}, names two places joined by 和/与 at the head of a clause
     * ("美国和中国", "日本与台湾") and no person after them: the word then stands for those two sides.
     */
    static boolean placesAreTheSides(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, int at) {
        String norm = doc.norm();
        int sidesEnd = -1;
        for (Mention a : mentions) {
            if (a.type() != EntityType.PLACE || a.fullSpan().start() < s.span().start() || a.fullSpan().end() >= at) {
                continue;
            }
            int join = a.fullSpan().end();
            int open = a.fullSpan().start();
            // the two places open a clause ("，美国和中国在…"), not a list or an object ("讨论了美国和中国的…")
            boolean opens = open == s.span().start() || CLAUSE_BEFORE.indexOf(norm.charAt(open - 1)) >= 0;
            if (!opens || COORDINATORS.indexOf(norm.charAt(join)) < 0) {
                continue;
            }
            for (Mention b : mentions) {
                if (b.type() == EntityType.PLACE && b.fullSpan().start() == join + 1 && b.fullSpan().end() <= at) {
                    sidesEnd = Math.max(sidesEnd, b.fullSpan().end());
                }
            }
        }
        if (sidesEnd < 0) {
            return false;
        }
        int from = sidesEnd;
        return mentions.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.span().start() >= from && m.span().end() <= at)
                && refs.stream().noneMatch(r -> r.span().start() >= from && r.span().end() <= at);
    }
}
