package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;
import org.junit.jupiter.api.Test;

class GluedPronounsTest {
    private static List<Token> tokens(String... words) {
        List<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Token(w, "n", new Span(at, at + w.length())));
            at += w.length();
        }
        return out;
    }

    @Test
    void aPronounGluedToTheWordAfterItAtTheHeadOfAClauseIsFound() {
        List<Token> toks = tokens("他用", "成语", "对", "媒体", "表示", "，", "她对", "此", "不满");
        String norm = String.join("", toks.stream().map(Token::word).toList());
        assertEquals(new Span(0, 1), GluedPronouns.at(toks, 0, norm, 0, "他她", Set.of("他", "她")));
        assertEquals(new Span(10, 11), GluedPronouns.at(toks, 6, norm, 0, "他她", Set.of("他", "她")));
    }

    @Test
    void notInsideAClauseNorAWordOfItsOwn() {
        List<Token> toks = tokens("我们", "他们", "认为", "，", "他人", "说", "，", "其他用", "户");
        String norm = String.join("", toks.stream().map(Token::word).toList());
        assertNull(GluedPronouns.at(toks, 1, norm, 0, "他她", Set.of("他", "她")));
        assertNull(GluedPronouns.at(toks, 4, norm, 0, "他她", Set.of("他", "她")));
        assertNull(GluedPronouns.at(toks, 7, norm, 0, "他她", Set.of("他", "她")));
    }
}
