package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Document;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Mention;
import org.guanxi.doc.PositionClaim;
import org.guanxi.doc.Sentence;

/** The positions titles give their people in an article ("美国国务卿布林肯": Blinken, 国务卿, of the US, as of the publication day). */
final class Positions {
    private Positions() {
    }

    static List<PositionClaim> of(Analysis a) {
        List<PositionClaim> out = new ArrayList<>();
        Document doc = a.document();
        DateValue when = doc.article().published() == null ? null : DateValue.of(doc.article().published());
        for (Mention m : a.mentions()) {
            if (m.title() == null || m.titleSpan() == null) {
                continue;
            }
            String country = titleCountry(a, m);
            String title = m.title();
            boolean seen = out.stream().anyMatch(p -> p.person().equals(m.entity().id()) && p.title().equals(title));
            if (!seen) {
                Sentence s = sentenceAt(doc, m.span().start());
                out.add(new PositionClaim(m.entity().id(), title, country, when,
                        new Evidence(s.index(), m.fullSpan(), doc.text(s), "title", m.confidence())));
            }
        }
        return out;
    }

    /** The country of a title: of the place or body written in it ("美国国务卿", "中国外交部副部长"). */
    private static String titleCountry(Analysis a, Mention person) {
        for (Mention x : a.mentions()) {
            if (x != person && person.titleSpan().contains(x.span()) && x.entity().country() != null) {
                return x.entity().country();
            }
        }
        return null;
    }

    private static Sentence sentenceAt(Document doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return doc.sentences().get(doc.sentences().size() - 1);
    }
}
