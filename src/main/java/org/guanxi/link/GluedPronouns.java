package org.guanxi.link;

import java.util.List;
import java.util.Set;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * A pronoun opening a clause that the word splitter glued to the word after it ("他用饮水思源这句成语对媒体表示"
 * comes out as 他用/饮水思源): the pronoun is still the clause's subject, and stands for someone just as 他说 does.
 */
final class GluedPronouns {
    /** What may follow the pronoun inside one word that makes it no pronoun of its own: 他们, 他人, 他国, 他乡, 她的. */
    private static final String NOT_AFTER = "们人国乡的日年";
    /** What ends the clause before a clause-opening pronoun. */
    private static final String CLAUSE_START = "，,。：:；;！？!?";

    private GluedPronouns() {
    }

    /**
     * The span of the pronoun a token opens with, when the token is more than the pronoun and opens a
     * clause of the sentence starting at {@code sentenceStart}; else null.
     */
    static Span at(List<Token> toks, int i, String norm, int sentenceStart, String pronounChars, Set<String> pronouns) {
        Token t = toks.get(i);
        String w = t.word();
        if (w.length() < 2 || pronounChars.indexOf(w.charAt(0)) < 0 || pronouns.contains(w)
                || NOT_AFTER.indexOf(w.charAt(1)) >= 0) {
            return null;
        }
        int start = t.span().start();
        if (start > sentenceStart && CLAUSE_START.indexOf(norm.charAt(start - 1)) < 0) {
            return null;
        }
        return new Span(start, start + 1);
    }
}
