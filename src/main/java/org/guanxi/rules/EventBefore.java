package org.guanxi.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The talks a sentence goes on about without naming them: "新一轮的美中谈判将于本月稍后举行。美方由姆努钦带队，
 * 而中方则由刘鹤牵头。" tells who sits on each side of talks named in the sentence before, so whether they
 * are held or still ahead is read where they are named.
 */
final class EventBefore {
    /** Words naming talks or a meeting as an event (not 会议, a conference of many). */
    private static final Pattern EVENT = Pattern.compile("谈判|会谈|会晤|会面|见面|对话|磋商|峰会|通话");

    private EventBefore() {
    }

    /** Where the last word naming an event stands in {@code text}, as {start, end}, or null when there is none. */
    static int[] last(String text) {
        Matcher m = EVENT.matcher(text);
        int[] found = null;
        while (m.find()) {
            found = new int[] {m.start(), m.end()};
        }
        return found;
    }
}
