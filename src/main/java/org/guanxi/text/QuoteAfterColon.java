package org.guanxi.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * A paragraph that ends in a verb of saying and a colon ("缪可馨在结论中写道：") introduces the quote that
 * opens the next paragraph: the two are read as one sentence, as if the quote followed the colon on the
 * same line, so the statement rules see the speaker and the words together.
 */
final class QuoteAfterColon {
    /** A verb of saying right before the closing colon (the rules decide whether a person says it). */
    private static final Pattern SAYS_COLON = Pattern.compile(
            "(?:说|说道|写道|表示|指出|强调|称|声称|问道|答道|回答|宣布|透露|坦言|直言|警告|呼吁|补充|解释|回忆|提到|谈到|认为|批评|重申)(?:道)?[：:]\\s*$");
    private static final String QUOTE_OPENS = "“「\"『";

    private QuoteAfterColon() {
    }

    /** The sentences with each such pair joined; indices renumbered. {@code norm} is the document's normalised text. */
    static List<Sentence> join(List<Sentence> sentences, String norm) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
            if (next != null && introducesQuote(s, next, norm)) {
                out.add(new Sentence(out.size(), s.block(), s.kind(), new Span(s.span().start(), next.span().end())));
                i++;
            } else {
                out.add(s.index() == out.size() ? s : new Sentence(out.size(), s.block(), s.kind(), s.span()));
            }
        }
        return out;
    }

    private static boolean introducesQuote(Sentence s, Sentence next, String norm) {
        if (s.kind() != BlockKind.PARAGRAPH || next.kind() != BlockKind.PARAGRAPH || next.block() != s.block() + 1) {
            return false;
        }
        int at = next.span().start();
        while (at < next.span().end() && Character.isWhitespace(norm.charAt(at))) {
            at++;
        }
        return at < next.span().end() && QUOTE_OPENS.indexOf(norm.charAt(at)) >= 0
                && SAYS_COLON.matcher(norm.substring(s.span().start(), s.span().end())).find();
    }
}
