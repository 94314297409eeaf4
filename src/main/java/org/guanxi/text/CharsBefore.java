package org.guanxi.text;

/**
 * A cheap test before a regex that must end at a place: whether one of its words' last characters stands just
 * before that place. Most places have none, and the regex is then not tried at all (find() over the text before
 * would try every character of it).
 */
public final class CharsBefore {
    private CharsBefore() {
    }

    /** Whether one of {@code chars} stands among the last {@code count} characters before {@code to}, at {@code from} or after. */
    public static boolean any(String text, int from, int to, int count, String chars) {
        for (int i = Math.max(from, to - count); i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
