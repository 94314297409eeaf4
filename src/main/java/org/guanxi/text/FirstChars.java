package org.guanxi.text;

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
public final class FirstChars {
    private FirstChars() {
    }

    /** {@code regex} with the guard when its first characters are known. */
    public static Pattern guarded(String regex) {
        String first = of(regex);
        return Pattern.compile(first == null ? regex : guard(first) + "(?:" + regex + ")");
    }

    /** A pattern for any of these alternatives, guarded when the first characters of all are known. */
    public static Pattern anyOf(List<String> alternatives) {
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
        StringBuilder b = new StringBuilder("(?=[");
        for (char c : chars.toCharArray()) {
            b.append("\\[]^-&".indexOf(c) >= 0 ? "\\" : "").append(c);
        }
        return b.append("])").toString();
    }

    /** The letters a match must start with, or null when that is not simply known (or a match may be empty). */
    public static String of(String regex) {
        Lead lead = lead(regex);
        return lead == null || lead.empty() || lead.atStart() || lead.chars().isEmpty() ? null : lead.chars();
    }

    /**
     * What a match of a regex can begin with: one of {@code chars}, or (when {@code atStart}) the
     * text's start ("(?:^|[，,])"); {@code empty} when it may match nothing, so what follows it
     * may come first too. Null when any character may come first.
     */
    public record Lead(String chars, boolean empty, boolean atStart) {
    }

    /** The lead of a whole regex (all its alternatives), or null. */
    public static Lead lead(String regex) {
        StringBuilder set = new StringBuilder();
        boolean empty = false;
        boolean atStart = false;
        for (String alt : alternatives(regex)) {
            Lead l = alt == null ? null : sequenceLead(alt);
            if (l == null) {
                return null;
            }
            addNew(set, l.chars());
            empty |= l.empty();
            atStart |= l.atStart();
        }
        return new Lead(set.toString(), empty, atStart);
    }

    /** The lead of one alternative: its elements' letters up to the first that cannot match nothing. */
    private static Lead sequenceLead(String seq) {
        StringBuilder set = new StringBuilder();
        boolean atStart = false;
        int i = 0;
        while (i < seq.length()) {
            char c = seq.charAt(i);
            if (c == '^') {
                return new Lead(set.toString(), false, true);
            }
            int end;
            String letters;
            boolean empty = false;
            if (c == '(') {
                int close = closing(seq.substring(i));
                if (close < 0) {
                    return null;
                }
                String group = seq.substring(i, i + close + 1);
                end = i + close + 1;
                if (group.startsWith("(?=") || group.startsWith("(?!") || group.startsWith("(?<=") || group.startsWith("(?<!")) {
                    i = end; // a lookaround matches no character: the letter after it comes first
                    continue;
                }
                int body = groupBody(group);
                Lead inner = body < 0 ? null : lead(group.substring(body, close));
                if (inner == null) {
                    return null;
                }
                letters = inner.chars();
                empty = inner.empty();
                atStart |= inner.atStart();
            } else if (c == '[') {
                end = classEnd(seq, i);
                letters = end < 0 ? null : classLetters(seq.substring(i + 1, end - 1));
            } else if (c == '\\') {
                end = i + (seq.startsWith("u", i + 1) ? 6 : 2);
                letters = end > seq.length() ? null : escaped(seq.substring(i, end));
            } else {
                end = i + 1;
                letters = isPlain(c) ? String.valueOf(c) : null;
            }
            if (letters == null) {
                return null;
            }
            addNew(set, letters);
            int after = quantifierEnd(seq, end);
            boolean optional = after > end && (seq.charAt(end) == '?' || seq.charAt(end) == '*' || seq.startsWith("{0,", end) || seq.startsWith("{0}", end));
            if (after < 0) {
                return null;
            }
            if (!optional && !empty) {
                return new Lead(set.toString(), false, atStart);
            }
            i = after;
        }
        return new Lead(set.toString(), true, atStart);
    }

    /** Where the quantifier after an element at {@code at} ends (lazy or possessive mark included); {@code at} when there is none; -1 on odd syntax. */
    private static int quantifierEnd(String seq, int at) {
        if (at >= seq.length()) {
            return at;
        }
        int end = at;
        char q = seq.charAt(at);
        if (q == '?' || q == '*' || q == '+') {
            end = at + 1;
        } else if (q == '{') {
            int close = seq.indexOf('}', at);
            if (close < 0) {
                return -1;
            }
            end = close + 1;
        } else {
            return at;
        }
        return end < seq.length() && (seq.charAt(end) == '?' || seq.charAt(end) == '+') ? end + 1 : end;
    }

    /** The index just after the class opening at {@code at}, or -1. */
    private static int classEnd(String seq, int at) {
        for (int i = at + 1; i < seq.length(); i++) {
            char c = seq.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > at + 1) {
                return i + 1;
            } else if (c == '[') {
                return -1; // a nested class
            }
        }
        return -1;
    }

    /** The letters of a class body ("说讲", "\\uE000-\\uE003", "0-9"), or null when negated, wide or not plain. */
    private static String classLetters(String body) {
        if (body.startsWith("^") || body.contains("&&")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); ) {
            String set = body.charAt(i) == '\\' && i + 1 < body.length() && "sd".indexOf(body.charAt(i + 1)) >= 0
                    ? escaped(body.substring(i, i + 2)) : null;
            if (set != null) {
                out.append(set);
                i += 2;
                continue;
            }
            int[] one = classChar(body, i);
            if (one == null) {
                return null;
            }
            i = one[1];
            if (i + 1 < body.length() && body.charAt(i) == '-') {
                int[] to = classChar(body, i + 1);
                if (to == null || to[0] < one[0] || to[0] - one[0] > 64) {
                    return null;
                }
                for (int ch = one[0]; ch <= to[0]; ch++) {
                    out.append((char) ch);
                }
                i = to[1];
            } else {
                out.append((char) one[0]);
            }
        }
        return out.toString();
    }

    /** The character at {@code i} of a class body and where the next starts, or null when it is no single letter. */
    private static int[] classChar(String body, int i) {
        char c = body.charAt(i);
        if (c == '\\') {
            if (body.startsWith("u", i + 1) && i + 6 <= body.length()) {
                String e = escaped(body.substring(i, i + 6));
                return e == null ? null : new int[] {e.charAt(0), i + 6};
            }
            String e = i + 2 <= body.length() ? escaped(body.substring(i, i + 2)) : null;
            return e == null || e.length() != 1 ? null : new int[] {e.charAt(0), i + 2};
        }
        return isPlain(c) || c == '-' && i == 0 ? new int[] {c, i + 1} : null;
    }

    /** The letters an escape stands for (\\uE000, \\d, \\s, \\(), or null for the wide ones (\\w, \\p). */
    private static String escaped(String e) {
        if (e.length() == 6 && e.charAt(1) == 'u') {
            try {
                return String.valueOf((char) Integer.parseInt(e.substring(2), 16));
            } catch (NumberFormatException x) {
                return null;
            }
        }
        char c = e.charAt(1);
        if (c == 'd') {
            return "0123456789";
        }
        if (c == 's') {
            return " \t\n\u000B\f\r"; // Java's \\s without Unicode classes
        }
        return Character.isLetterOrDigit(c) ? null : String.valueOf(c);
    }

    /**
     * {@code regex} with a guard in front of the body of every group named {@code name} whose first
     * characters are known: "{P}{ADV}(?<verb>说|表示|…)" tries the words only where one can start.
     */
    public static String guardGroups(String regex, String name) {
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
    public static boolean anchored(String regex) {
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
    public static int closing(String regex) {
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
