package org.guanxi.rules;

import java.util.regex.Pattern;

/**
 * Whether a 会 is the modal "will" ("刘鹤会在瑞士参加论坛", "拜登会与习近平通电话", "蓬佩奥会前往日本"). The same
 * character is far more often a noun (会议, 峰会在北京举行, 大会与…) or part of a word (社会, 机会, 委员会, 学会), so
 * the modal is read only where both sides say so: a subject or an adverb right before it (a name, a pronoun, 都会,
 * 一定会, 表示会) and the start of a verb phrase right after it (会在, 会与, 会前往, 会出席).
 */
final class ModalWill {
    /** The cue this class decides on. */
    static final String WORD = "会";

    /**
     * Right before the modal: a person or group placeholder, a pronoun (他们会, 领导人会), a title after a name (拜登总统会), an adverb (都会, 就会, 一定会),
     * a verb of saying or promising (表示会, 承诺会), a time word (届时会, 下周会, 需要时会) or a clause break whose
     * subject is the clause before's ("布林肯表示，会在条件允许时访问"). Not a character that makes a noun of it
     * (峰会, 大会, 国会, 社会, 委员会).
     */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:[\uE000\uE003他她我你们人，,]|都|就|才|只|一定|必定|必然|肯定|仍然|依然|总|应|总统|主席|总理|首相|国务卿|部长|外长|议长|大使|特使|表示|说|称|承诺|保证|相信|认为|估计|确认"
                    + "|明天|明日|今天|今日|下周|本周|周[一二三四五六日末]|月底|稍后|届时|时)$");

    /**
     * Right after the modal: where, with whom or what the coming act is (会在, 会与, 会跟, 会前往, 会出席); not the
     * second character of a word (会议, 会见, 会同, 会上).
     */
    private static final Pattern AFTER = Pattern.compile(
            "(?:在|于|与|和|跟|前往|访问|出访|出席|参加|赴|到访|飞往|造访|再|亲自|会见|会晤|接见)");

    private ModalWill() {
    }

    /** True when the 会 at {@code at} in {@code text} is the modal "will". */
    static boolean at(String text, int at) {
        return text.startsWith(WORD, at)
                && BEFORE.matcher(text).region(Math.max(0, at - 3), at).find()
                && AFTER.matcher(text).region(at + 1, text.length()).lookingAt();
    }
}
