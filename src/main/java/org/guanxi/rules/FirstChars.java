package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap guard in front of an alternation of words ("会见|会晤|通话|..."): Java's regex engine
 * tries every alternative at every position, so a lookahead on the characters the words can start
 * with rejects most positions with one table lookup. Only added when those characters are plain to
 * see (every alternative starts with a letter, or a group of such alternatives, that no quantifier
 * makes optional); otherwise the
 * pattern is compiled as it is.
 */
final class FirstChars {
    private FirstChars() {
    }

    /** {@code regex} with the guard when its first characters are known. */
    static Pattern guarded(String regex) {
        String first = of(regex);
        return Pattern.compile(first == null ? regex : guard(first) + "(?:" + regex + ")");
    }

    /** A pattern for any of these alternatives, guarded when the first characters of all are known. */
    static Pattern anyOf(List<String> alternatives) {
        StringBuilder first = new StringBuilder();
        List<String> groups = new ArrayList<>();
        boolean known = true;
        for (String a : alternatives) {
            String f = of(a);
            known &= f != null;
            if (f != null) {
                first.append(f);
            }
            groups.add("(?:" + a + ")");
        }
        String body = String.join("|", groups);
        return Pattern.compile(known ? guard(first.toString()) + "(?:" + body + ")" : body);
    }

    private static String guard(String chars) {
        return "(?=[" + chars + "])";
    }

    /** The letters a match must start with, or null when that is not simply known. */
    static String of(String regex) {
        StringBuilder set = new StringBuilder();
        for (String alt : alternatives(regex)) {
            alt = afterAssertions(alt);
            int body = alt == null ? -1 : groupBody(alt);
            if (body > 0) {
                // a group first: its own first letters, unless a quantifier makes it optional
                int close = closing(alt);
                if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) {
                    return null;
                }
                String inner = of(alt.substring(body, close));
                if (inner == null) {
                    return null;
                }
                addNew(set, inner);
                continue;
            }
            if (alt != null && alt.startsWith("[")) {
                // a plain class first ([“"「], the placeholders of {PS}): its letters
                String letters = plainClass(alt);
                if (letters == null) {
                    return null;
                }
                addNew(set, letters);
                continue;
            }
            if (alt == null || alt.isEmpty() || !isPlain(alt.charAt(0))) {
                return null;
            }
            if (alt.length() > 1 && "?*{".indexOf(alt.charAt(1)) >= 0) {
                return null; // "说?" may match without its first letter
            }
            addNew(set, alt.substring(0, 1));
        }
        return set.isEmpty() ? null : set.toString();
    }

    /**
     * {@code regex} with a guard in front of the body of every group named {@code name} whose first
     * characters are known: "{P}{ADV}(?<verb>说|表示|…)" tries the words only where one can start.
     */
    static String guardGroups(String regex, String name) {
        String open = "(?<" + name + ">";
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = regex.indexOf(open); at >= 0; at = regex.indexOf(open, at + open.length())) {
            int close = closing(regex.substring(at));
            String first = close < 0 ? null : of(regex.substring(at + open.length(), at + close));
            out.append(regex, from, at + open.length());
            if (first != null) {
                out.append(guard(first));
            }
            from = at + open.length();
        }
        return out.append(regex.substring(from)).toString();
    }

    private static void addNew(StringBuilder set, String letters) {
        for (char c : letters.toCharArray()) {
            if (set.indexOf(String.valueOf(c)) < 0) {
                set.append(c);
            }
        }
    }

    /** A character that stands for itself, in a class or out of one (a letter, a placeholder, punctuation). */
    private static boolean isPlain(char c) {
        return !Character.isSurrogate(c) && !Character.isISOControl(c) && !Character.isWhitespace(c) && "\\[](){}.*+?^$|-&#".indexOf(c) < 0;
    }

    /** Whether every match must start where the text starts ("^…", no alternative without it). */
    static boolean anchored(String regex) {
        List<String> alts = alternatives(regex);
        return alts.size() == 1 && alts.get(0) != null && alts.get(0).startsWith("^");
    }

    /** Where the body of a group at 0 starts ("(?:", "(", "(?<name>"), or -1 when it is no group. */
    private static int groupBody(String alt) {
        if (alt.startsWith("(?:")) {
            return 3;
        }
        if (alt.startsWith("(?<") && alt.length() > 3 && Character.isLetter(alt.charAt(3))) {
            int end = alt.indexOf('>');
            return end < 0 ? -1 : end + 1;
        }
        return alt.startsWith("(") && !alt.startsWith("(?") ? 1 : -1;
    }

    /** The letters of a class at 0 with letters only ("[说讲]" but not "[^说]", "[a-z]", "[\\s]"), not made optional; else null. */
    private static String plainClass(String alt) {
        int end = alt.indexOf(']');
        if (end < 2) {
            return null;
        }
        String letters = alt.substring(1, end);
        for (char c : letters.toCharArray()) {
            if (!isPlain(c)) {
                return null;
            }
        }
        return end + 1 < alt.length() && "?*{".indexOf(alt.charAt(end + 1)) >= 0 ? null : letters;
    }

    /** An alternative without the lookarounds it starts with (they match no character), or null. */
    private static String afterAssertions(String alt) {
        while (alt != null && (alt.startsWith("(?<!") || alt.startsWith("(?<=") || alt.startsWith("(?!") || alt.startsWith("(?="))) {
            int close = closing(alt);
            alt = close < 0 ? null : alt.substring(close + 1);
        }
        return alt;
    }

    /** Sees one character of a regex outside classes and escapes, with the groups open before it. */
    private interface Step {
        /** @return true to stop the walk here */
        boolean at(int index, char c, int depth);
    }

    /** Where a walk stopped, or what it found at the end: groups and classes closed, or not. */
    private static final int BALANCED = -1;
    private static final int UNBALANCED = -2;

    /** Walks {@code regex} skipping escapes and character classes; returns where a step stopped it. */
    private static int walk(String regex, Step step) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (step.at(i, c, depth)) {
                return i;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth == 0 && !inClass ? BALANCED : UNBALANCED;
    }

    /** The index of the parenthesis closing the one at 0 (classes and escapes skipped), or -1. */
    static int closing(String regex) {
        int at = walk(regex, (i, c, depth) -> c == ')' && depth == 1);
        return Math.max(at, -1);
    }

    /** The top-level alternatives of a regex (not those inside groups or classes); null on odd syntax. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        int end = walk(regex, (i, c, depth) -> {
            if (c == '|' && depth == 0) {
                out.add(regex.substring(start[0], i));
                start[0] = i + 1;
            }
            return false;
        });
        out.add(regex.substring(start[0]));
        return end == BALANCED ? out : List.of((String) null);
    }
}
