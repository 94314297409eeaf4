package org.guanxi.text;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * Splits a block of text into sentences at 。！？!?； outside quotation marks, so that a quoted
 * passage of several sentences stays with its speaker ("“……。……。”拜登说。"). A sentence ending
 * inside a quote ends at the closing mark when another quote or the block's end follows. Very long
 * runs are cut at a comma so that no sentence exceeds {@link #MAX_LENGTH}.
 */
public final class SentenceSplitter {
    public static final int MAX_LENGTH = 400;
    private static final String TERMINATORS = "。！？!?；";
    private static final String OPEN = "“「『‘";
    private static final String CLOSE = "”」』’";
    private static final String TRAILING = "”」』’）)》】";
    /** The longest attribution after a quote ("美国国务卿布林肯在记者会上说。"). */
    private static final int ATTRIBUTION_MAX = 24;
    /** The longest attribution after a quote when it ends in a verb of saying. */
    private static final int LONG_ATTRIBUTION_MAX = 64;
    private static final List<String> SAYING = List.of("说", "表示", "称", "指出", "写道", "强调", "透露", "说道");
    /** A verb of saying that takes the one told after it ("告诉路透社"), who may be named at some length. */
    private static final String TOLD = "告诉";
    /** The longest name of the one told after 告诉, less its gloss ("美国全国广播公司财经频道"). */
    private static final int TOLD_MAX = 12;
    /** Before a verb of saying, words that make it a further statement, not the quote's attribution. */
    private static final String ALSO = "还也又则并亦再";
    /** The longest bracketed gloss of a name inside an attribution ("（Anurag Srivastava）"). */
    private static final int GLOSS_MAX = 40;

    /**
     * Sentences of one block's text, numbered from {@code firstIndex}, with spans shifted by
     * {@code offset} (where the block starts in the document).
     */
    public List<Sentence> split(String text, int offset, int block, BlockKind kind, int firstIndex) {
        List<Sentence> out = new ArrayList<>();
        int to = text.length();
        Emitter emitter = new Emitter(out, offset, block, kind, firstIndex);
        int start = skipSpace(text, 0, to);
        int depth = 0;
        boolean asciiQuoteOpen = false;
        int quoteOpenedAt = -1;
        // ’ closes only a ‘ left open: some outlets write both marks of a quote inside a quote as ’ (’两岸一家仇’),
        // and taking the first for a close would end the outer quote there
        int singleOpen = 0;
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c == '’' && singleOpen == 0) {
                continue;
            }
            if (OPEN.indexOf(c) >= 0) {
                if (depth == 0) {
                    quoteOpenedAt = i;
                }
                depth++;
                singleOpen += c == '‘' ? 1 : 0;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                singleOpen -= c == '’' ? 1 : 0;
                if (depth == 0 && i > start && TERMINATORS.indexOf(text.charAt(i - 1)) >= 0 && quoteEndsSentence(text, i + 1, to, quoteOpenedAt == start)) {
                    start = emitter.emit(text, start, i + 1, to);
                    i = start - 1;
                }
                continue;
            } else if (c == '"') {
                asciiQuoteOpen = !asciiQuoteOpen;
                if (asciiQuoteOpen) {
                    quoteOpenedAt = i;
                } else if (depth == 0 && i > start && TERMINATORS.indexOf(text.charAt(i - 1)) >= 0 && quoteEndsSentence(text, i + 1, to, quoteOpenedAt == start)) {
                    start = emitter.emit(text, start, i + 1, to);
                    i = start - 1;
                }
                continue;
            }
            boolean quoted = depth > 0 || asciiQuoteOpen;
            if (quoted && i - quoteOpenedAt > MAX_LENGTH) {
                // an unbalanced or runaway quote: stop honouring it
                depth = 0;
                singleOpen = 0;
                asciiQuoteOpen = false;
                quoted = false;
            }
            if (TERMINATORS.indexOf(c) >= 0 && !quoted) {
                int end = i + 1;
                while (end < to && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || TRAILING.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                start = emitter.emit(text, start, end, to);
                i = start - 1;
            } else if (i - start >= MAX_LENGTH) {
                int cut = lastComma(text, start, i);
                start = emitter.emit(text, start, cut, to);
                i = start - 1;
                depth = 0;
                singleOpen = 0;
                asciiQuoteOpen = false;
            }
        }
        if (start < to) {
            emitter.emit(text, start, to, to);
        }
        return out;
    }

    /**
     * After "。”": the sentence ends here unless what follows is only its attribution ("拜登说。"):
     * a short clause, or a longer one ending in a verb of saying ("曾任白宫顾问的怀尔德对《金融时报》
     * 说。"), or a verb of saying and a comma ("“……。”肯尼迪说，“……”") when the quote opens the sentence
     * and so has no speaker yet. A new quote, the block's end,
     * or a clause that runs on to a comma or colon ("王毅还说，") starts a new sentence.
     */
    private static boolean quoteEndsSentence(String text, int after, int to, boolean opensSentence) {
        int j = skipSpace(text, after, to);
        if (j >= to || OPEN.indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '"') {
            return true;
        }
        int limit = j + LONG_ATTRIBUTION_MAX;
        int glosses = 0;
        for (int k = j; k < Math.min(to, limit); k++) {
            char c = text.charAt(k);
            int gloss = c == '（' || c == '(' ? glossEnd(text, k, to) : -1;
            if (gloss > k) {
                // a name's gloss ("（Anurag Srivastava）", "（Go Myong-hyun，音）") neither counts nor breaks
                limit += gloss - k + 1;
                glosses += gloss - k + 1;
                k = gloss;
                continue;
            }
            if (TERMINATORS.indexOf(c) >= 0) {
                return k - j - glosses > ATTRIBUTION_MAX && !(opensSentence && endsWithSaying(text, j, k));
            }
            if (c == '，' || c == ',') {
                // only a quote that opens its sentence has no speaker yet ("他表示：“……。”默克尔强调，" has one)
                return !(opensSentence && endsWithSaying(text, j, k));
            }
            if (c == '：' || c == ':' || OPEN.indexOf(c) >= 0 || c == '"') {
                return true;
            }
        }
        return true;
    }

    /**
     * Whether text[from, to) ends in a verb of saying whose subject is new ("肯尼迪说", not "王毅还说"),
     * or in 告诉 and the one told, a medium or person ("……在6月28日告诉CNBC", "……告诉《日经亚洲》").
     */
    private static boolean endsWithSaying(String text, int from, int to) {
        for (String v : SAYING) {
            int at = to - v.length();
            if (at > from && text.startsWith(v, at)) {
                return ALSO.indexOf(text.charAt(at - 1)) < 0;
            }
        }
        int told = text.lastIndexOf(TOLD, to - 1);
        return told > from && toldLength(text, told + TOLD.length(), to) <= TOLD_MAX && ALSO.indexOf(text.charAt(told - 1)) < 0;
    }

    /** The length of the one told in text[from, to), less a gloss in brackets at its end ("天空新闻(Sky News)"). */
    private static int toldLength(String text, int from, int to) {
        int end = to;
        if (end > from && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
            int open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
            if (open >= from) {
                end = open;
            }
        }
        return end - from;
    }

    /** Where the bracket opened at {@code open} closes, if it does soon and holds no sentence end; else -1. */
    private static int glossEnd(String text, int open, int to) {
        for (int k = open + 1; k < Math.min(to, open + GLOSS_MAX); k++) {
            char c = text.charAt(k);
            if (c == '）' || c == ')') {
                return k;
            }
            if (TERMINATORS.indexOf(c) >= 0 || c == '（' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static int lastComma(String text, int start, int i) {
        for (int j = i; j > start + MAX_LENGTH / 2; j--) {
            char c = text.charAt(j);
            if (c == '，' || c == ',' || c == '、' || c == ' ' || c == '：') {
                return j + 1;
            }
        }
        return i + 1;
    }

    private record Emitter(List<Sentence> out, int offset, int block, BlockKind kind, int firstIndex) {
        /** Adds text[start, end) less trailing space as a sentence; returns where the next one starts. */
        int emit(String text, int start, int end, int to) {
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > start) {
                out.add(new Sentence(firstIndex + out.size(), block, kind, new Span(offset + start, offset + e)));
            }
            return skipSpace(text, end, to);
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
