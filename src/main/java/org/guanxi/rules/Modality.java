package org.guanxi.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Mode;
import org.guanxi.doc.Status;

/**
 * Status and mode of an event from the words around its verb. The cue nearest before the verb
 * decides the status (将/计划/是否 → planned, 取消/拒绝 → cancelled, 曾/已经 → held); a cue right
 * after it (会晤的计划, 会谈被取消) overrides; with no cue the event is held. Mode comes from the
 * verb and the words just before it (视频会晤, 通电话).
 */
final class Modality {
    private static final int AFTER_WINDOW = 8;
    private static final int MODE_WINDOW = 6;
    /** The opening of a clause of consequence: 所以, 因此, 于是. */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?:所以|因此|因而|于是)");
    /** A clause going on with the copula of the clause before it: "这将是…，也是…". */
    private static final Pattern ALSO_IS = Pattern.compile("(?:同时|而且|并且)?(?:也是|亦是|更是|还是|也将是)");
    /** The held cue that only counts when no plan is named before it in the clause. */
    private static final String FIRST_TIME = "首次";
    /** How far before 首次 a plan may start to make it one still ahead: "将在东京首次", "计划下个月首次". */
    private static final int FIRST_TIME_REACH = 10;
    /** A plan said to be the original one, which the words after the verb tell was changed. */
    private static final Pattern ORIGINAL_PLAN = Pattern.compile("原定|原订|原计划|原本计划|原先计划|本来计划");
    /**
     * A later clause of the sentence telling that a plan or a request came to nothing: "原本计划与蔡英文会面，但因疫情
     * 而取消", "想促成蔡英文与安倍通话，结果并没有成功", "希望跟许其亮通电话，三次都遭到中方拒绝". A refusal counts only in the passive (遭拒, 被拒绝):
     * "将与习近平会晤，但拒绝透露细节" refuses something else. A death before the event ends the plan too: "原计划今年2月访问台湾，
     * 却不幸在出发前猝死".
     */
    private static final Pattern CALLED_OFF_LATER = Pattern.compile(
            "^[^。！？；;]{0,30}?[，,](?:(?:但是?|却|不过|后来|最终|最后|结果)[^。！？；;，,]{0,16}?(?:取消|作罢|告吹|泡汤|搁置|未能成行|未成行|没有成行|未果|没有成功|未能成功|没能成功)"
                    + "|[^。！？；;，,]{0,10}?(?:遭拒|被拒|遭到?[^。！？；;，,]{0,6}?拒绝)"
                    + "|(?:但是?|却|不过|不幸|可惜)[^。！？；;，,]{0,12}?(?:猝死|猝逝|去世|逝世|病逝|过世|身亡|辞世))");

    /**
     * After a cue, a relative clause ending in 的 before a name (即将出任委员长的栗战书, 将于明年卸任的默克尔): the cue
     * describes that person; no joining word or clause break may stand in it (将与即将卸任的默克尔会面 is the plan's).
     */
    private static final Pattern DESCRIBES_NAME = Pattern.compile(
            "[^，,。；;！？：:与和同跟对向\uE000\uE003]{0,14}?的[^，,。；;！？与和同跟的\uE000\uE003]{0,8}?\uE000");

    /**
     * Right after an event named as a noun, a modal that makes it the subject of a clause still ahead: "王毅与拉夫罗夫的会谈将涵盖…",
     * "两人之间的峰会可能会集中讨论…", "会谈最有可能在周三举行", "再次会晤是完全可能的", or its prospects. After 将 only words that go on
     * with a future (将是, 将于, 将讨论): "会晤将两国关系推向新高度" is 把, "通话将近两小时" is "nearly".
     */
    private static final Pattern AHEAD_RIGHT_AFTER = Pattern.compile(
            "[”\"’」』]?(?:也|则|还|都|亦)?(?:将(?=是|于|在|会|讨论|涵盖|聚焦|集中|成为|持续|为期|重点|围绕|如何|主要|着重|包括|商讨|探讨|讨论)"
                    + "|预计|预定|定于|拟于?|最有可能|很有可能|可能|或将|有望|可望|最快|最早|是(?:完全|很|极|非常)?有?可能的"
                    // its prospects: "会晤的前景并不乐观", "会晤仍有希望"
                    + "|的?前景|仍?有希望)");

    /** Planned cues after a verb that name the plan as a noun, which a cue before it can call off or deny. */
    private static final Pattern PLAN_NOUN = Pattern.compile("的?(?:计划|打算|安排|邀请|意愿|愿望)");

    /** Cancelled cues that call a plan off (not a negation, which may be of another verb). */
    private static final Pattern CALLING_OFF = Pattern.compile("取消|叫停|搁置|放弃|推迟|延后|延期|暂停");
    /** Nothing but people and the words joining them: "与\uE000", "\uE000和\uE000". */
    private static final Pattern ONLY_PEOPLE = Pattern.compile("(?:[与和跟同、]?[\uE000\uE003])*");

    /**
     * Right before 邀请: someone who takes an invitation up (应习近平邀请, 受拜登的邀请, 接受他的邀请), also one of a
     * government or a body (应台湾政府邀请, 受远景基金会邀请, 应中国政府的邀请: a trip made on it is no plan by itself).
     */
    private static final Pattern TAKEN_UP = Pattern.compile("(?:应|受|接受)(?:[\uE000\uE003]|[\uE001\uE002][^。！？；;，,\uE000\uE003]{0,4}?)的?$");

    private final RuleBook book;

    Modality(RuleBook book) {
        this.book = book;
    }

    /** A status cue nearest before {@code verbStart} in {@code text[from, verbStart)}, or one in the few characters after {@code verbEnd}. */
    Status status(String text, int from, int verbStart, int verbEnd) {
        return status(text, from, verbStart, verbEnd, null);
    }

    /** As {@link #status(String, int, int, int)}, with the topic words of {@code relation} (none if null). */
    Status status(String text, int from, int verbStart, int verbEnd, RuleBook.Relation relation) {
        Cue afterCue = cueAfter(text, verbEnd);
        Cue before = nearestCue(text, from, verbStart);
        // a plan named after the verb that a negation or a calling-off before it governs ("取消习近平访日计划", "没有与
        // 习近平通话的计划", "拒绝了访问莫斯科的邀请"): the cue before decides (put off, "推迟访华计划", is still ahead)
        if (afterCue != null && afterCue.status() == Status.PLANNED && before != null && before.status() == Status.CANCELLED
                && PLAN_NOUN.matcher(afterCue.word()).matches() && callsOffThePlan(text, before, verbStart)) {
            return postponed(before.word(), relation) ? Status.PLANNED : Status.CANCELLED;
        }
        // a meeting only: a trip goes on with its own plans ("此次访台预计停留3到4天" tells of a visit under way)
        if (afterCue == null && relation == RuleBook.Relation.MEETING && AHEAD_RIGHT_AFTER.matcher(text).region(verbEnd, text.length()).lookingAt()) {
            afterCue = new Cue(Status.PLANNED, verbEnd, text.substring(verbEnd, Math.min(text.length(), verbEnd + 2)));
        }
        Cue deciding = afterCue != null ? afterCue : before;
        Status found = status(text, from, verbStart, verbEnd, relation, afterCue == null ? null : afterCue.status(), before);
        // a meeting put off (推迟了与他的会晤, 会晤被推迟) is still ahead, where a called-off one is not
        if (found == Status.CANCELLED && deciding != null && deciding.status() == Status.CANCELLED && postponed(deciding.word(), relation)) {
            return Status.PLANNED;
        }
        return found;
    }

    /**
     * Whether the cancelled cue {@code before} governs the plan named after the verb: a calling-off does wherever it stands
     * in the clause (取消了谢尔曼访问中国的计划); a negation or refusal only with nothing but the event's people between
     * ("没有与习近平通话的计划"; "没有透露拜登访华的计划" denies the telling, not the plan).
     */
    private static boolean callsOffThePlan(String text, Cue before, int verbStart) {
        return CALLING_OFF.matcher(before.word()).find()
                || ONLY_PEOPLE.matcher(text).region(Math.min(verbStart, before.start() + before.word().length()), verbStart).matches();
    }

    private boolean postponed(String cue, RuleBook.Relation relation) {
        for (String w : book.postponements(relation)) {
            if (cue.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Status status(String text, int from, int verbStart, int verbEnd, RuleBook.Relation relation, Status after, Cue before) {
        // a plan told right after the verb comes to nothing as well: "访华之行原定在2月举行，但后来被取消"
        boolean planned = after == null ? before != null && before.status() == Status.PLANNED : after == Status.PLANNED;
        if (planned && CALLED_OFF_LATER.matcher(text).region(verbEnd, text.length()).lookingAt()) {
            return Status.CANCELLED;
        }
        // "可能导致峰会流产": still only in doubt; but a plan said to be the original one (原定, 原计划) was changed:
        // "原定下周举行的会谈被取消" is called off
        if (after == Status.CANCELLED && before != null && before.status() == Status.PLANNED
                && !ORIGINAL_PLAN.matcher(text).region(Math.max(0, Math.min(from, verbStart)), verbStart).find()) {
            return Status.PLANNED;
        }
        if (after != null) {
            return after;
        }
        if (before == null && relation != null && namedAsTopic(text, verbEnd, relation)) {
            return Status.PLANNED; // "回避了习近平访日这个问题": a trip talked about, not one reported as made
        }
        return before == null ? Status.HELD : before.status();
    }

    /** True when a topic word ({@code cues planned-topic}) follows the verb at once: 访日的问题, 访台这个敏感问题. */
    private boolean namedAsTopic(String text, int verbEnd, RuleBook.Relation relation) {
        int at = verbEnd;
        // past the trip's places: 访问日本的问题
        while (at < text.length() && (text.charAt(at) == Marked.PLACE || text.charAt(at) == '、' && at + 1 < text.length() && text.charAt(at + 1) == Marked.PLACE)) {
            at++;
        }
        for (String t : book.topics(relation)) {
            if (text.startsWith(t, at)) {
                return true;
            }
        }
        return false;
    }

    /** A status cue, where it starts and its words. */
    record Cue(Status status, int start, String word) {
    }

    /**
     * The cue that ends nearest the verb, with its place, or null; of two ending at the same place the longer
     * wins, so a doubt written around a negation ("可能不会举行") reads as doubt, not as a refusal.
     */
    Cue nearestCue(String text, int from, int verbStart) {
        Cue best = null;
        int bestEnd = -1;
        int bestLength = 0;
        int clause = clauseStart(text, from, verbStart);
        // a clause of consequence tells its own event: a wish or plan in the reason before it is not its cue
        // ("金正恩对韩美寄予希望，所以在板门店会晤特朗普"; 然后 goes on with the plan: "将前往达拉斯，然后与阿博特会晤")
        if (clause > from && CONSEQUENCE.matcher(text).region(clause, verbStart).lookingAt()) {
            from = clause;
        }
        for (Status s : Status.values()) {
            for (String cue : book.cuesBefore(s)) {
                int at = text.lastIndexOf(cue, verbStart - cue.length());
                // a negation negates its own clause only: "也没有建交，1972年尼克松就访问中国"
                if (s == Status.CANCELLED && at < clause) {
                    continue;
                }
                // an occurrence that is no cue of this event leaves the one before it to be read
                while (at >= 0 && notOfTheEvent(text, s, cue, at, verbStart)) {
                    at = at == 0 ? -1 : text.lastIndexOf(cue, at - 1);
                }
                int end = at + cue.length();
                if (at >= from && (end > bestEnd || end == bestEnd && cue.length() > bestLength)) {
                    best = new Cue(s, at, cue);
                    bestEnd = end;
                    bestLength = cue.length();
                }
            }
        }
        // "first time" tells no tense by itself: "拜登将首次与习近平会晤" is ahead, "拜登首次与习近平会晤" is not; the plan
        // must stand close before it ("应该是感到不得不澄清奥斯汀4月与魏凤和的首次通话" tells a call made)
        if (best != null && best.status() == Status.HELD && text.startsWith(FIRST_TIME, best.start())) {
            Cue earlier = nearestCue(text, from, best.start());
            if (earlier != null && earlier.status() == Status.PLANNED && best.start() - earlier.start() <= FIRST_TIME_REACH) {
                return earlier;
            }
        }
        return best;
    }

    /**
     * Whether the cue at {@code at} tells nothing of the event at {@code verbStart}: a plan inside the description of a
     * name before the verb is that person's ("习近平与即将出任委员长的栗战书频频交谈"); an invitation taken up tells no plan
     * ("莫迪应拜登邀请访问了美国", "接受特朗普的邀请访问美国"); a 将 may be no "will" ("拜登将与黄雪平少将会谈"), and a 会
     * mostly is none (峰会在…举行, 国际社会与…).
     */
    private static boolean notOfTheEvent(String text, Status s, String cue, int at, int verbStart) {
        return s == Status.PLANNED && describesName(text, at + cue.length(), verbStart)
                || "邀请".equals(cue) && TAKEN_UP.matcher(text).region(Math.max(0, at - 8), at).find()
                || "将".equals(cue) && !willAt(text, at, verbStart)
                || ModalWill.WORD.equals(cue) && !ModalWill.at(text, at);
    }

    /**
     * Whether the words from {@code cueEnd} are a relative clause on the one name before the verb: not on the names of
     * the event itself ("预期中的拜登-习近平视频峰会", "预期中的拜登与习近平的会晤" name a meeting still ahead).
     */
    private static boolean describesName(String text, int cueEnd, int verbStart) {
        Matcher m = DESCRIBES_NAME.matcher(text).region(cueEnd, verbStart);
        if (!m.lookingAt()) {
            return false;
        }
        int another = text.indexOf(Marked.PERSON, m.end());
        return another < 0 || another >= verbStart;
    }

    /**
     * Where the cues of an event named at {@code at} may start: the clause holding it, for a cue in
     * an earlier clause is about something else ("为寻求解决争端，由周恩来与尼赫鲁会谈"); but a clause
     * that ends in a planned cue governs the next one ("双方同意，明年举行会晤"), and a clause that goes on
     * with 也是 shares the copula of the one before ("这将是他首次出访，也是他第一次会晤特朗普").
     */
    int clauseFrom(String text, int at) {
        int from = at;
        while (from > 0) {
            int start = clauseStart(text, 0, from);
            if (start == 0 || !endsInPlannedCue(text, start - 1) && !ALSO_IS.matcher(text).region(start, text.length()).lookingAt()) {
                return start;
            }
            from = start - 1;
        }
        return 0;
    }

    private boolean endsInPlannedCue(String text, int end) {
        for (String cue : book.cuesBefore(Status.PLANNED)) {
            int at = end - cue.length();
            // a plan named as a noun ("进入中国市场的计划，并要求他…") governs nothing after it
            if (text.startsWith(cue, at) && !(at > 0 && text.charAt(at - 1) == '的') && !(ModalWill.WORD.equals(cue) && !ModalWill.at(text, at))) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause holding {@code verbStart} begins: after the last comma, semicolon or colon before it, or a closed quotation. */
    private static int clauseStart(String text, int from, int verbStart) {
        for (int i = verbStart - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':') {
                return i + 1;
            }
            // a whole quoted utterance ("…变化。”习近平在与普京握手时说") is speech, not the event's clause
            if ((c == '”' || c == '」' || c == '』') && i > from && "。！？!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** Ranks written after a name: 黄雪平少将, 李尚福上将 (马上将 is "at once will": a name must stand before the rank). */
    private static final String RANKS = "少中上大";

    /** Whether the 将 at {@code at} is "will", not another word's character. */
    private static boolean willAt(String text, int at, int verbStart) {
        // 将 right before the names of an event made a noun is the object marker (= 把), not "will":
        // "汪文斌将沙利文和王毅的会谈描述为…" ("阿扎尔将代表特朗普会见蔡英文" is still ahead)
        if (at + 1 < text.length() && (text.charAt(at + 1) == Marked.PERSON || text.charAt(at + 1) == Marked.GROUP)
                && text.indexOf('的', at) >= 0 && text.indexOf('的', at) < verbStart) {
            return false;
        }
        // nor is the 将 of a general (中方将军, 将领), or of a rank after a name ("副主任黄雪平少将进行了交谈")
        if (at + 1 < text.length() && "军领士官".indexOf(text.charAt(at + 1)) >= 0) {
            return false;
        }
        return !(at >= 2 && RANKS.indexOf(text.charAt(at - 1)) >= 0 && text.charAt(at - 2) == Marked.PERSON);
    }

    /** True when some planned or cancelled cue is written before the verb (the event is not plainly reported as done). */
    boolean hasCue(String text, int from, int verbStart) {
        for (Status s : List.of(Status.PLANNED, Status.CANCELLED)) {
            for (String cue : book.cuesBefore(s)) {
                int at = text.lastIndexOf(cue, verbStart - cue.length());
                // 会 counts only as "will" (会议 or 社会 before the verb tells nothing)
                while (at >= 0 && ModalWill.WORD.equals(cue) && !ModalWill.at(text, at)) {
                    at = at == 0 ? -1 : text.lastIndexOf(cue, at - 1);
                }
                if (at >= from) {
                    return true;
                }
            }
        }
        return false;
    }

    private Cue cueAfter(String text, int verbEnd) {
        String window = text.substring(verbEnd, Math.min(text.length(), verbEnd + AFTER_WINDOW));
        // a cue after a clause break is another clause's: "正在日本访问，为习近平访日铺路" (the visit is not the one prepared)
        int cut = clauseBreak(window);
        window = window.substring(0, cut);
        int best = Integer.MAX_VALUE;
        int bestLength = 0;
        Cue found = null;
        for (Status s : Status.values()) {
            for (String cue : book.cuesAfter(s)) {
                int at = window.indexOf(cue);
                // the first cue after the verb; of two starting together the longer ("计划被推迟" over "计划")
                if (at >= 0 && (at < best || at == best && cue.length() > bestLength)) {
                    best = at;
                    bestLength = cue.length();
                    found = new Cue(s, verbEnd + at, cue);
                }
            }
        }
        return found;
    }

    /** Where the first comma, semicolon or sentence end of {@code window} stands, or its length. */
    private static int clauseBreak(String window) {
        for (int i = 0; i < window.length(); i++) {
            if ("，,；;。！？!?".indexOf(window.charAt(i)) >= 0) {
                return i;
            }
        }
        return window.length();
    }

    /**
     * The mode named by the verb or just before it; in person when nothing says otherwise, unknown
     * (null) for verbs that tell nothing of it ("通电话，双方交换了意见": the call's mode comes from
     * the call, and the two merge).
     */
    Mode mode(String text, int verbStart, int verbEnd) {
        String around = text.substring(Math.max(0, verbStart - MODE_WINDOW), verbEnd);
        for (Map.Entry<Mode, Pattern> e : book.modes().entrySet()) {
            if (e.getKey() != Mode.IN_PERSON && e.getValue().matcher(around).find()) {
                return e.getKey();
            }
        }
        return book.modeless(text.substring(verbStart, verbEnd)) ? null : Mode.IN_PERSON;
    }
}
