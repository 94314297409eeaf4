package org.guanxi.link;

import java.util.List;
import java.util.regex.Pattern;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.text.CharsBefore;

/**
 * A pronoun that is the other side of a meeting ("当天下午，舍曼与他会面", "菅义伟打电话告诉他", "李尚福拒绝
 * 与他会晤") stands for someone other than the subject of its own clause: the person the sentence
 * is about before that clause ("奥斯汀提到，李尚福拒绝与他会晤"), else the one the sentence before is
 * about. Only where a meeting verb takes it, so other objects (对他说, 让他) stay unread. A speaker's
 * 自己 as one side ("她表示，自己和莱特希泽将很快会面") is the speaker.
 */
final class ObjectPronouns {
    private ObjectPronouns() {
    }

    /** Before the pronoun: "with" (与他会面) or a verb that takes the one met or called (会见了他, 打电话告诉他). */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?:与|和|同|跟)$");
    /**
     * The last characters of {@link #VERB_BEFORE}'s verbs: one stands among the four characters before a pronoun it
     * matches at (了 and a line break at most after it).
     */
    private static final String VERB_LAST = "见晤会访请待望电给诉";
    /** Longer than any match of {@link #WITH_BEFORE} or {@link #VERB_BEFORE} (打来电话告诉了), and a line break $ may stand before. */
    private static final int BEFORE_CHARS = 12;
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "(?:会见|接见|会晤|召见|拜会|拜访|宴请|款待|探望|看望|致电|打电话给|打电话告诉|打了电话给|打来电话告诉)了?$");
    /** After "with" and the pronoun, the meeting verb, a few words of time or place between at most. */
    private static final Pattern MEETS_AFTER = Pattern.compile(
            "^[^，,。；;：:“”！？]{0,8}?(?:会面|会晤|会谈|见面|碰面|通话|通电话|通了电话|通过电话|握手|共进|举行会谈|进行会谈|举行会晤|进行会晤)");
    /** What after the pronoun makes it part of another word or a possessor (他们, 他的, 他国). */
    private static final Pattern NOT_ALONE_AFTER = Pattern.compile("^(?:们|的|国|人|乡|俩)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:。！？]");

    /** A speaker's 自己 meeting someone: "马姆斯特罗姆表示，自己和莱特希泽将很快会面". */
    private static final Pattern SAYS_BEFORE = Pattern.compile("(?:说|表示|称|指出|透露|强调|承认|坦言)[，,：:]?$");
    private static final Pattern WITH_MEETS_AFTER = Pattern.compile(
            "^(?:曾|已|已经|将|也|还|没有|从未|不会|会|愿意|希望|计划)?(?:与|和|同|跟)[^，,。；;：:“”！？]{1,24}?(?:会面|会晤|会谈|见面|碰面|通话|通电话|通过电话|通了电话)");

    /** The speaker 自己 at {@code at} stands for, when it is one side of a meeting: the sentence's first subject. */
    static Entity self(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, Span at) {
        String norm = doc.norm();
        String before = norm.substring(s.span().start(), at.start());
        String after = norm.substring(at.end(), Math.min(s.span().end(), at.end() + 40));
        if (!SAYS_BEFORE.matcher(before).find() || !WITH_MEETS_AFTER.matcher(after).find()
                || Salience.insideQuote(norm, s.span().start(), at.start())) {
            return null;
        }
        return Linker.firstSubject(doc, mentions, refs, s.span().start(), at.start(), "他");
    }

    /** Whether the pronoun at {@code at} is the other side of a meeting verb. */
    static boolean isMet(String norm, Sentence s, Span at) {
        // the patterns before end at the pronoun and match a few characters: only the clause's tail is read, as find()
        // over the whole clause would try every character of it for every pronoun
        int from = Math.max(s.span().start(), at.start() - BEFORE_CHARS);
        String after = norm.substring(at.end(), Math.min(s.span().end(), at.end() + 24));
        if (NOT_ALONE_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        // each pattern is tried only where its last character stands near the pronoun: most pronouns have none
        boolean verb = CharsBefore.any(norm, from, at.start(), 4, VERB_LAST)
                && VERB_BEFORE.matcher(norm.substring(from, at.start())).find();
        return verb || CharsBefore.any(norm, from, at.start(), 3, "与和同跟")
                && WITH_BEFORE.matcher(norm.substring(from, at.start())).find() && MEETS_AFTER.matcher(after).lookingAt();
    }

    /**
     * Who the met pronoun stands for: the subject of the sentence before the pronoun's clause, else of
     * the nearest earlier sentence of the same block; never someone named in the pronoun's own clause
     * (its subject) and nothing inside a quote (a speaker's 他 is someone the quote has in mind).
     */
    static Entity resolve(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, Span at, String pronoun, int lookback) {
        String norm = doc.norm();
        if (Salience.insideQuote(norm, s.span().start(), at.start())) {
            return null;
        }
        int clause = s.span().start();
        java.util.regex.Matcher br = CLAUSE_BREAK.matcher(norm).region(s.span().start(), at.start());
        while (br.find()) {
            clause = br.end();
        }
        List<String> own = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().start() >= clause && m.span().end() <= at.start()) {
                own.add(m.entity().id());
            }
        }
        for (Reference r : refs) {
            if (r.span().start() >= clause && r.span().end() <= at.start()) {
                r.entities().forEach(e -> own.add(e.id()));
            }
        }
        Entity here = Linker.firstSubject(doc, mentions, refs, s.span().start(), clause, pronoun);
        if (here != null) {
            return own.contains(here.id()) ? null : here;
        }
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - lookback); i--) {
            Sentence prev = doc.sentences().get(i);
            if (!prev.kind().carriesFacts() || prev.kind() != s.kind()) {
                return null;
            }
            Entity e = Linker.firstSubject(doc, mentions, refs, prev.span().start(), prev.span().end(), pronoun);
            if (e != null) {
                return own.contains(e.id()) ? null : e;
            }
        }
        return null;
    }
}
