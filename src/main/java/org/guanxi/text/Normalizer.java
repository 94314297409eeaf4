package org.guanxi.text;

import java.util.HashMap;
import java.util.Map;
import org.guanxi.config.DataSource;

/**
 * Folds text for matching, one character for one character so offsets never move: traditional
 * characters to simplified (table {@code ontology/text/t2s.tsv}), full-width letters and digits to
 * ASCII, 丶 to 、, Kangxi radicals and compatibility ideographs to the usual ideographs, and every interpunct
 * variant to U+00B7, as is a full stop between two Chinese characters (依姆兰.汗). Punctuation is otherwise kept: rules match Chinese punctuation as written.
 */
public final class Normalizer {
    private static final String INTERPUNCTS = "\u2027\u2022\u30FB\uFF65\u2219\u22C5\u00B7\u16EB\u2E31\u0387";

    private final char[] map = new char[0x10000];

    public Normalizer(DataSource data) {
        Map<Character, Character> t2s = new HashMap<>();
        for (String[] row : data.table("text/t2s.tsv")) {
            if (row.length >= 2 && row[0].length() == 1 && row[1].length() == 1) {
                t2s.put(row[0].charAt(0), row[1].charAt(0));
            }
        }
        for (int c = 0; c < map.length; c++) {
            map[c] = fold((char) c, t2s);
        }
    }

    private static char fold(char c, Map<Character, Character> t2s) {
        Character s = t2s.get(c);
        if (s != null) {
            return s;
        }
        // the radical 丶 is typed for the enumeration comma 、 (梁天琦丶黄之锋) and is no word of its own
        if (c == '\u4E36') {
            return '、';
        }
        if (INTERPUNCTS.indexOf(c) >= 0) {
            return '·';
        }
        if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
            return (char) (c - 0xFEE0);
        }
        if ((c >= '\u2F00' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF')) {
            String n = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (n.length() == 1) {
                char k = n.charAt(0);
                Character ks = t2s.get(k);
                return ks != null ? ks : k;
            }
        }
        return c;
    }

    /** The folded text, exactly as long as {@code s}. */
    public String normalize(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = map[s.charAt(i)];
        }
        // a full stop between two Chinese characters stands for the interpunct of a name: 依姆兰.汗
        for (int i = 1; i + 1 < out.length; i++) {
            if ((out[i] == '.' || out[i] == '\uFF0E') && isHan(out[i - 1]) && isHan(out[i + 1])) {
                out[i] = '·';
            }
        }
        closingQuoteTypos(out);
        return new String(out);
    }

    /**
     * An opening mark typed to close a quote (“此次事件完全是由于印方挑衅造成的“，吴谦说): a “ while one is open on the
     * same line, right before a comma or a full stop, closes it. A line (a paragraph) starts with no quote open.
     */
    private static void closingQuoteTypos(char[] out) {
        int open = 0;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\n') {
                open = 0;
            } else if (c == '“') {
                if (open > 0 && i + 1 < out.length && "，,。：:；;".indexOf(out[i + 1]) >= 0) {
                    out[i] = '”';
                    open--;
                } else {
                    open++;
                }
            } else if (c == '”' && open > 0) {
                open--;
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public char normalize(char c) {
        return map[c];
    }
}
