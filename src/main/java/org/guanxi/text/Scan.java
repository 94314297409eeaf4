package org.guanxi.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The successive matches of a pattern in a marked sentence, as {@link Matcher#find()} gives them,
 * but tried only where a match can start: most rule patterns begin with a name's placeholder, a
 * quotation mark or a comma, so a sentence of sixty characters has a few places to try instead of
 * sixty; a pattern that begins with {@code ^} is tried at the start alone. Lookbehinds still see
 * the text before each place (transparent bounds), and {@code ^} still means the sentence's start.
 */
public final class Scan {
    /**
     * Where matches of a pattern can start: at one of the characters of {@code first} (null:
     * anywhere), also at 0 when {@code orAtStart} ("(?:^|[，,])…"), or only at 0 ({@code anchored}).
     * The characters are also kept as a bit set: a Java character class of many Chinese characters
     * tests them one by one.
     */
    public record Start(String first, boolean anchored, boolean orAtStart, java.util.BitSet chars) {
        public static Start of(Pattern p) {
            FirstChars.Lead lead = FirstChars.lead(p.pattern());
            String first = lead == null || lead.empty() ? null : lead.chars();
            java.util.BitSet chars = new java.util.BitSet();
            if (first != null) {
                first.chars().forEach(chars::set);
            }
            return new Start(first, FirstChars.anchored(p.pattern()), first != null && lead.atStart(), chars);
        }
    }

    /** Up to this many first characters, each is looked for with indexOf; more, with the bit set. */
    private static final int FEW = 3;

    private final Matcher m;
    private final Start start;
    private final String text;
    private int from;
    /** Per first character, where it occurs next (see {@link #next}); made on first use. */
    private int[] nextAt;

    public Scan(Pattern pattern, Start start, String text) {
        this(pattern.matcher(text), start, text);
    }

    /** Over a matcher of the pattern made before, set to {@code text} (a matcher costs its group arrays). */
    public Scan(Matcher reused, Start start, String text) {
        this.m = reused.reset(text);
        this.start = start;
        this.text = text;
        m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    public Matcher matcher() {
        return m;
    }

    /** Whether the pattern matches anywhere in the text. */
    public static boolean found(Pattern pattern, Start start, String text) {
        return new Scan(pattern, start, text).next();
    }

    /** Moves to the next match; false when there is none. */
    public boolean next() {
        if (start.anchored()) {
            boolean found = from == 0 && m.lookingAt();
            from = text.length() + 1;
            return found;
        }
        if (start.first() == null) {
            return m.find();
        }
        for (int i = candidate(from); i < text.length(); i = next(i + 1)) {
            m.region(i, text.length());
            if (m.lookingAt()) {
                from = Math.max(m.end(), i + 1);
                return true;
            }
        }
        from = text.length();
        return false;
    }

    private int candidate(int i) {
        return i == 0 && start.orAtStart() ? 0 : next(i);
    }

    /** The first place at or after {@code i} where a match can start, or the text's length. */
    private int next(int i) {
        String first = start.first();
        if (first.length() <= FEW) {
            // a name's placeholder, a quotation mark: String.indexOf runs far faster than a loop
            if (nextAt == null) {
                nextAt = new int[first.length()];
                java.util.Arrays.fill(nextAt, -1);
            }
            int best = text.length();
            for (int k = 0; k < first.length(); k++) {
                if (nextAt[k] < i && nextAt[k] != text.length()) {
                    // the character's next place, kept until the scan passes it (absent: the length)
                    int at = text.indexOf(first.charAt(k), i);
                    nextAt[k] = at < 0 ? text.length() : at;
                }
                best = Math.min(best, nextAt[k]);
            }
            return best;
        }
        while (i < text.length() && !start.chars().get(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
