package org.guanxi.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive matches of a pattern in a marked sentence, as {@link Matcher#find()} gives them,
 * but tried only where a match can start: most rule patterns begin with a name's placeholder, a
 * quotation mark or a comma, so a sentence of sixty characters has a few places to try instead of
 * sixty; a pattern that begins with {@code ^} is tried at the start alone. Lookbehinds still see
 * the text before each place (transparent bounds), and {@code ^} still means the sentence's start.
 */
final class Scan {
    /** Where matches of a pattern can start: at one of these characters (null: anywhere), or only at 0. */
    record Start(String first, boolean anchored) {
        static Start of(Pattern p) {
            return new Start(FirstChars.of(p.pattern()), FirstChars.anchored(p.pattern()));
        }
    }

    private final Matcher m;
    private final Start start;
    private final String text;
    private int from;

    Scan(Pattern pattern, Start start, String text) {
        this.m = pattern.matcher(text);
        this.start = start;
        this.text = text;
        m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    Matcher matcher() {
        return m;
    }

    /** Moves to the next match; false when there is none. */
    boolean next() {
        if (start.anchored()) {
            boolean found = from == 0 && m.lookingAt();
            from = text.length() + 1;
            return found;
        }
        if (start.first() == null) {
            return m.find();
        }
        for (int i = from; i < text.length(); i++) {
            if (start.first().indexOf(text.charAt(i)) < 0) {
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
