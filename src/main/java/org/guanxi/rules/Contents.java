package org.guanxi.rules;

import java.util.regex.Pattern;

/** What a statement says, as it is stored: without the marks around it, and long enough to be speech. */
final class Contents {
    private Contents() {
    }

    /** A verb of saying the words open with, before a stop or a quote: 说，/称“/表示：. */
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:说|称|表示|道)(?:[，,：:]\\s*|(?=[“\"「]))(?=\\S)");

    /** What was said, without the marks around it (a quote inside it, in 『』 under “ or 「, stays). */
    static String clean(String s) {
        String t = s.strip();
        t = t.replaceAll("^[，,：:；;\\s]+", "").replaceAll("[，,：:；;\\s]+$", "");
        // a second verb of saying before the words is no part of them: "并强调说，……", "予以否认，称“……”"
        t = LEADING_VERB.matcher(t).replaceFirst("");
        boolean innerAllowed = t.length() >= 2 && t.charAt(0) != '『';
        if (t.length() >= 2 && isOpenQuote(t.charAt(0)) && isCloseQuote(t.charAt(t.length() - 1))
                && t.substring(1, t.length() - 1).chars().noneMatch(c -> (isOpenQuote((char) c) || isCloseQuote((char) c))
                        && !(innerAllowed && (c == '『' || c == '』')))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean isOpenQuote(char c) {
        return c == '“' || c == '「' || c == '『' || c == '"';
    }

    private static boolean isCloseQuote(char c) {
        return c == '”' || c == '」' || c == '』' || c == '"';
    }

    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
