package org.guanxi.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Document;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Statement;

/**
 * Reported speech that goes on over the sentences after its own: "王毅称，A。B。" tells A and B as his
 * words, as readers (and the gold) take them; the run stops where the writer speaks again.
 */
final class RunOnSpeech {
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”「」『』\"]");
    /**
     * A quote that opens a sentence or runs long: someone's words, which end the run. A term quoted in a few words
     * goes on with the speech ("……；而且美国向来采取“战略性模糊”政策", "这是为了确保两国不会“陷入冲突”"), as readers take it.
     */
    private static final Pattern LONG_QUOTE = Pattern.compile("^[“「『\"]|[“「『\"][^”」』\"]{13,}");
    /**
     * A sentence in the writer's own voice, which ends reported speech that goes on: a turn (不过, 另外, 无独有偶, 而; not
     * 而且, which adds to the words), a title, the press, someone's view (外界, 分析人士), someone else's words (外交部重申).
     */
    private static final Pattern WRITER = Pattern.compile("《|^(?:不过|但|然而|另外|另一方面|此外|无独有偶|而(?!且)|与此同时|同时|据|对此|此前|之后|随后|其后|后来|当时|最近|近日|近期|报道|据悉|目前|这(?!么)|那|\\d{1,2}月\\d{1,2}日)"
            + "|报道|报导|官媒|媒体|记者|外界|分析人士|观察人士|评论|消息人士|知情人士|民调|调查显示|表示|重申|指出|声称|宣布|透露");

    /**
     * A quote after a verb of saying: someone else's words, which end the run ("每次白宫都急着挽回，说美国的“一个中国”政策没有改变").
     * A few words quoted as terms without one go on with the speech ("这是控制局势，以确保两国不会“陷入冲突”").
     */
    private static final Pattern SAYS_QUOTE = Pattern.compile("(?:说|称|表示|指出|强调)[^。！？!?]*[“「『\"]");

    /** The most sentences reported speech goes on over after its own. */
    private static final int MAX_CONTINUED = 3;
    /** The longest term in quotes that words may open with and still run on ("“北约”……"). */
    private static final int TERM_MAX = 12;

    private RunOnSpeech() {
    }

    /**
     * Reported speech that runs to its sentence's end goes on over the sentences after it in the same paragraph
     * that name no one, quote nothing, give no statement of their own and hold some words (not a link): "王毅称，A。B。" tells A and B as
     * his words, as readers (and the gold) take them. Words in quotes end where their quote does.
     */
    static List<Statement> extend(Document doc, List<Statement> statements, Map<Statement, Span> contentSpans,
                                  Predicate<Sentence> namesSomeone) {
        List<Sentence> all = doc.sentences();
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            at.put(all.get(i).index(), i);
        }
        Set<Integer> saying = new HashSet<>();
        statements.forEach(st -> saying.add(st.evidence().sentence()));
        String norm = doc.norm();
        List<Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            Span span = contentSpans.get(st);
            Integer pos = at.get(st.evidence().sentence());
            if (span == null || pos == null || span.end() <= span.start()) {
                out.add(st);
                continue;
            }
            Sentence s = all.get(pos);
            int end = runsToEnd(norm, span, s) ? span.end() : -1;
            for (int j = pos + 1; end >= 0 && j < all.size() && j <= pos + MAX_CONTINUED; j++) {
                Sentence t = all.get(j);
                String text = norm.substring(t.span().start(), t.span().end());
                boolean afterSemicolon = endsInSemicolon(norm, all.get(j - 1).span());
                if (t.block() != s.block() || t.kind() != BlockKind.PARAGRAPH || saying.contains(t.index())
                        || namesSomeone.test(t) || WRITER.matcher(text).find()
                        || LONG_QUOTE.matcher(text).find() || !afterSemicolon && SAYS_QUOTE.matcher(text).find()
                        || Contents.hanCount(text) < 4) {
                    break;
                }
                end = t.span().end();
            }
            if (end > span.end()) {
                Span longer = new Span(span.start(), end);
                Statement st2 = new Statement(st.speaker(), Contents.clean(doc.text(longer)), st.date(), st.evidence());
                contentSpans.put(st2, longer);
                out.add(st2);
            } else {
                out.add(st);
            }
        }
        return out;
    }

    /**
     * Whether unquoted words reach their sentence's end, with only its stop after them. Words that open with a
     * term in quotes and go on unquoted ("“北约”我们还要它干嘛") are unquoted words; a quote that is all of them is not.
     */
    private static boolean runsToEnd(String norm, Span span, Sentence s) {
        if (QUOTE_MARKS.matcher(String.valueOf(norm.charAt(span.end() - 1))).find()
                || QUOTE_MARKS.matcher(String.valueOf(norm.charAt(span.start()))).find()
                && !opensWithTerm(norm, span)) {
            return false;
        }
        for (int i = span.end(); i < s.span().end(); i++) {
            if ("。！？!?；;…. ".indexOf(norm.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence ends in a semicolon, spaces aside. */
    private static boolean endsInSemicolon(String norm, Span span) {
        int i = span.end() - 1;
        while (i > span.start() && Character.isWhitespace(norm.charAt(i))) {
            i--;
        }
        return i >= span.start() && ";；".indexOf(norm.charAt(i)) >= 0;
    }

    /** Whether the quote the words open with closes after a few characters, the words going on after it. */
    private static boolean opensWithTerm(String norm, Span span) {
        for (int i = span.start() + 1; i < span.end() - 1 && i <= span.start() + TERM_MAX + 1; i++) {
            if ("”」』\"".indexOf(norm.charAt(i)) >= 0) {
                return i > span.start() + 1;
            }
        }
        return false;
    }
}
