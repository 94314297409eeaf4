package org.guanxi.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;

/**
 * Who a sentence is about, for a next sentence that leaves its subject out ("赖清德进入饭店仅休息一个
 * 小时，随即展开视讯会议。上午总共会晤17名议员。"): Chinese news drops a subject the reader still has
 * in mind, and that is the person the sentence before opens with, after at most a time, a place or a
 * source ("周二，", "据中央社报导，").
 */
final class Topics {
    private Topics() {
    }

    /** Before the subject: one short opening clause at most and a few words of time or place, no one else. */
    private static final Pattern OPENING = Pattern.compile(
            "^(?:[^，,。；;：:“”\"「」\uE000\uE003]{0,14}[，,])?[^，,。；;：:“”\"「」\uE000\uE003]{0,10}$");
    /** A name after these is an object, a partner or a place of time ("在拜登访华期间"), not the subject. */
    private static final Pattern NOT_SUBJECT_BEFORE = Pattern.compile("(?:[与和同跟对向给把被让及在为由据随]|自从?|当|随着)$");
    /** A name that only qualifies the subject: 拜登的助手, 拜登政府, 布林肯一行人中的…. */
    private static final Pattern QUALIFIES = Pattern.compile("^(?:的|之|政府|官员|发言人|团队|阵营|助手|助理|幕僚|当局|办公室|家人|夫人|妻子|丈夫|顾问|等)");

    /** A named subject right at the start, after at most a short clause of time or place ("周四，王毅表示"). */
    private static final Pattern OPENS_WITH_PERSON = Pattern.compile(
            "^(?:[^，,。；;：:“”\"「」\uE000\uE003]{0,14}[，,])?[\uE001\uE002]{0,2}\uE000");

    /**
     * Whether the sentence opens with a named person as its subject, with no verb before it: a description in
     * the next sentence ("这位前外交官说") stands for that person, but not for one named as an object after a
     * verb ("报告还谈到普京……").
     */
    static boolean opensWithPerson(Marked sentence) {
        return sentence != null && OPENS_WITH_PERSON.matcher(sentence.text).find();
    }

    /** The person the sentence opens with as its subject, or null. */
    static Entity subject(Marked previous) {
        String t = previous.text;
        int at = t.indexOf(Marked.PERSON);
        if (at < 0) {
            return null;
        }
        String before = t.substring(0, at);
        if (!OPENING.matcher(before).matches() || NOT_SUBJECT_BEFORE.matcher(before).find()
                || QUALIFIES.matcher(t.substring(at + 1)).find()) {
            return null;
        }
        List<Entity> one = previous.people(at, at + 1);
        return one.size() == 1 ? one.get(0) : null;
    }
}
