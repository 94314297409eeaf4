package org.guanxi.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * A surname alone for someone named in full before: the Hong Kong and Taiwan press, and papers that follow them,
 * write "赵立坚说……。赵还称，……" or "……，陈说，这意味着……". Read only where the surname opens a clause and a verb
 * of saying follows it, and only when one person of that surname has been named before in the article. The
 * surnames are {@code ontology/link/clause-surnames.txt}.
 */
final class SurnameReferences {
    /** What may end the clause before the surname (a sentence's start does too). */
    private static final String CLAUSE_END = "，,。；;：:”」！？!? \t\n\u000B\f\r";

    /** After the surname: maybe an adverb, then a verb of saying with its comma or colon. */
    private static final Pattern SAYS = Pattern.compile(
            "(?:又|还|也|亦|则|更|续|并|接着|随即|进一步|最后|补充)?"
                    + "(?:表示|说|指出|认为|强调|称|坦言|直言|透露|指|警告|回应|批评|补充说|质疑|解释)[，,：:]");

    private final String surnames;

    SurnameReferences(DataSource data) {
        this.surnames = String.join("", data.entries("link/clause-surnames.txt").stream().map(String::strip).toList());
    }

    /** The surnames standing alone for a person in this sentence, each for the one person of that surname named before. */
    List<Reference> resolve(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s) {
        List<Reference> out = new ArrayList<>();
        String norm = doc.norm();
        String text = doc.norm(s.span());
        Matcher says = null;
        // a clause's first character is tried alone: a regex would try every character of every sentence
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && CLAUSE_END.indexOf(text.charAt(i - 1)) < 0 || surnames.indexOf(text.charAt(i)) < 0 || text.startsWith("胡说", i)) {
                continue; // 胡说 is "nonsense"
            }
            says = says == null ? SAYS.matcher(text) : says;
            if (!says.region(i + 1, text.length()).lookingAt()) {
                continue;
            }
            int at = s.span().start() + i;
            Span span = new Span(at, at + 1);
            if (mentions.stream().anyMatch(x -> x.fullSpan().overlaps(span)) || refs.stream().anyMatch(r -> r.span().overlaps(span))) {
                continue;
            }
            Entity one = onlyOfSurname(mentions, norm.charAt(at), at);
            if (one != null) {
                out.add(new Reference(span, String.valueOf(norm.charAt(at)), List.of(one), "surname"));
            }
        }
        return out;
    }

    /** The one person named before {@code at} whose Chinese name (two to four characters: 陈方安生) has this surname; null if none or several. */
    static Entity onlyOfSurname(List<Mention> mentions, char surname, int at) {
        Entity only = null;
        for (Mention x : mentions) {
            String name = x.surface();
            if (x.type() != EntityType.PERSON || x.span().end() > at || name.length() < 2 || name.length() > 4
                    || name.charAt(0) != surname || !name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            if (only != null && !only.id().equals(x.entity().id())) {
                return null;
            }
            only = x.entity();
        }
        return only;
    }
}
