package org.guanxi.ner;

import java.util.List;
import java.util.Set;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * 罗范椒芬 cut 罗范/nr + 椒/ng + 芬/b, 范徐丽泰 cut 范徐丽/nr + 泰/b: a married woman of Hong Kong or
 * Taiwan writes her husband's surname before her own (罗 + 范 + 椒芬), four characters HanLP does not
 * expect. A name of two or three characters whose first two are surnames runs on over the
 * one-character pieces HanLP split off right after it, up to four characters, when each piece is a
 * bare morpheme (no verb, function word, or word that ends names: 林郑说, 林郑政府 stay as they are).
 */
final class DoubleSurnames {
    private static final int LENGTH = 4;
    /** HanLP's tags of the stray characters of a given name: morpheme, distinguishing word, adjective. */
    private static final Set<String> PIECES = Set.of("ng", "b", "a", "ag", "g");

    private final NerTables tables;
    private final NameFilter names;

    DoubleSurnames(NerTables tables, NameFilter names) {
        this.tables = tables;
        this.names = names;
    }

    Recognizer.Candidate widen(String text, List<Token> toks, Recognizer.Candidate c) {
        String name = c.name();
        int i = c.token();
        if (i < 0 || name.length() < 2 || name.length() >= LENGTH || !c.source().equals("hanlp:nr")
                || !tables.surnames().contains(name.substring(0, 1)) || !tables.surnames().contains(name.substring(1, 2))) {
            return c;
        }
        int end = c.span().end();
        int want = c.span().start() + LENGTH;
        for (int k = i + 1; k < toks.size() && end < want; k++) {
            Token t = toks.get(k);
            if (t.span().start() != end || t.word().length() != 1 || !PIECES.contains(t.tag()) || !HanlpAnalyzer.isHan(t.word().charAt(0))
                    || NameFilter.functionChar(t.word().charAt(0)) || names.endsNameAt(text, end) || tables.personCues().contains(t.word())) {
                return c;
            }
            end = t.span().end();
        }
        if (end != want) {
            return c;
        }
        return new Recognizer.Candidate(new Span(c.span().start(), end), text.substring(c.span().start(), end), c.type(), c.source(),
                c.sentence(), -1);
    }
}
