package org.guanxi.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive matches of a pattern in a marked sentence, as {@link Matcher#find()} gives them,
 * but tried only where a match can start: most rule patterns begin with a name's placeholder or a
 * quotation mark, so a sentence of sixty characters has two or three places to try instead of
 * sixty. Lookbehinds still see the text before each place (transparent bounds), and {@code ^}
 * still means the sentence's start.
 */
final class Scan {
    private final Matcher m;
    private final String first;
    private final String text;
    private int from;

    /** @param first the characters a match must start with, or null to try every position */
    Scan(Pattern pattern, String first, String text) {
        this.m = pattern.matcher(text);
        this.first = first;
        this.text = text;
        if (first != null) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    Matcher matcher() {
        return m;
    }

    /** Moves to the next match; false when there is none. */
    boolean next() {
        if (first == null) {
            return m.find();
        }
        for (int i = from; i < text.length(); i++) {
            if (first.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                from = Math.max(m.end(), i + 1);
                return true;
            }
        }
        from = text.length();
        return false;
    }
}
