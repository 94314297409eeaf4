package org.guanxi.ner;

import java.util.List;
import java.util.regex.Pattern;
import org.guanxi.doc.Span;

/**
 * Whether a transliterated or Chinese name found with no title, no full English name and no verb
 * of saying reads as a place: news text writes foreign towns with the same syllables as people
 * (奥兰多, 居特斯洛, 瓦伦多夫), and HanLP tags many of them as names. Two signs give a town away:
 * a preposition or verb of going right before it with the clause or a place word right after it
 * (在奥兰多，…; 前往古尔冈的工厂 is not enough), or an ending that transliterates a place word
 * (-grad 格勒, -polis 波利斯, -burg 堡, -ovsk 夫斯克).
 */
final class PlaceReading {
    /** Words that put a place after them: 在, 到, 前往, 位于, 出生在. */
    private static final Pattern BEFORE = Pattern.compile("(?:在|到|来到|回到|前往|抵达|飞往|离开|位于|出生在|出生于|途经|州的|省的)$");
    /**
     * What follows the place: the end of a clause, a single Latin word in brackets (Aspen; a
     * person's full name has two), a word for a part of a town or what happens there, or a direction
     * from it (在威尔明顿以东).
     */
    private static final Pattern AFTER = Pattern.compile(
            "^(?:[，。、；;！？）)]|\\s*[（(][A-Z][A-Za-zäöüÄÖÜß\\-]+[）)]|举行|举办|召开|开放|这个|一带|附近|地区|当地|市中心|市区|街头|郊区|郊外|境内|待了|待到|以东|以西|以南|以北)");
    /** A dateline's day and 电 after the place (巴塞隆纳3日电). */
    private static final Pattern DATELINE = Pattern.compile("^\\d{1,2}日电");
    /** Endings that transliterate a place word: -grad, -polis, -burg, -ovsk/-sk after r, -stock, -ruhe, -hausen. */
    private static final Pattern PLACE_ENDING = Pattern.compile(".+(?:格勒|波利斯|堡|夫斯克|尔斯克|斯托克|鲁厄|豪森)$");

    /** True when the name at {@code span} of {@code norm} stands where a place stands, or ends as place names end. */
    boolean readsAsPlace(String norm, Span span, String name) {
        // a dotted name is a person's whole name (露丝·巴德·金斯堡), whatever its last syllable
        if (name.indexOf('·') < 0 && PLACE_ENDING.matcher(name).matches()) {
            return true;
        }
        String before = norm.substring(Math.max(0, span.start() - 3), span.start());
        String after = norm.substring(span.end(), Math.min(norm.length(), span.end() + 40));
        // （法新社巴塞隆纳3日电）: the place of a dateline, right before the day
        return BEFORE.matcher(before).find() && AFTER.matcher(after).find() || DATELINE.matcher(after).find();
    }

    /**
     * 德克萨斯州奥斯汀, 休斯顿、奥斯汀和达拉斯: a name written right after a state or province, or
     * listed between two places, is a town there, even when a curated person has that name.
     */
    boolean townAmongPlaces(String norm, Span span, List<Span> places) {
        int s = span.start();
        boolean listed = s > 0 && norm.charAt(s - 1) == '、' && places.stream().anyMatch(p -> p.end() == s - 1)
                && span.end() < norm.length() && "、和及与".indexOf(norm.charAt(span.end())) >= 0
                && places.stream().anyMatch(p -> p.start() == span.end() + 1);
        return afterState(norm, span, places) || listed;
    }

    /** Verbs of going or being somewhere (not 在 or 到, which also come before a time or a person). */
    private static final Pattern GOING = Pattern.compile("(?:前往|抵达|到达|飞往|来到|回到|位于|生于|出生于|出生在|移居|定居|搬到|迁往)$");

    /**
     * 前往美国帕洛阿图, 出生于英国布里斯托尔: a name right after a verb of going or being and a curated
     * place (a few characters of the same run between, where HanLP cut the name) is a town there;
     * news names a person after such a verb with a title or not at all.
     */
    boolean afterGoingAndPlace(String norm, Span span, List<Span> places, NameFilter names) {
        for (Span p : places) {
            int gap = span.start() - p.end();
            if (gap < 0 || gap > 3 || !GOING.matcher(norm.substring(Math.max(0, p.start() - 3), p.start())).find()) {
                continue;
            }
            boolean sameRun = true;
            for (int k = p.end(); k < span.start(); k++) {
                sameRun &= names.namePartChar(norm.charAt(k));
            }
            if (sameRun) {
                return true;
            }
        }
        return false;
    }

    /** 俄克拉荷马州塔尔萨: a name written right after a state or province (a place ending in 州 or 省) is a town in it. */
    boolean afterState(String norm, Span span, List<Span> places) {
        int s = span.start();
        return s > 0 && (norm.charAt(s - 1) == '州' || norm.charAt(s - 1) == '省') && places.stream().anyMatch(p -> p.end() == s);
    }
}
