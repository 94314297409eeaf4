package org.guanxi.link;

import java.util.List;
import org.guanxi.doc.Document;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;

/**
 * A title after a country's name ("韩国总统说", "美国国务卿表示") stands for the one person the article has named
 * with that post in that country: the gazetteer puts them there, or the article wrote the country in their title
 * ("韩国总统尹锡悦"). Two presidents named, of two countries, leave "韩国总统" to the Korean one.
 */
final class CountryTitles {
    private CountryTitles() {
    }

    /** The country named right before {@code at}, with nothing between them, or null. */
    static Mention countryBefore(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PLACE && m.span().end() == at && m.entity().country() != null
                    && m.fullSpan().equals(m.span())) {
                return m;
            }
        }
        return null;
    }

    /** Whether the person named in {@code m} holds their post in the country of {@code country}. */
    static boolean holdsThere(Document doc, Mention m, Mention country) {
        if (m.entity().country() != null) {
            return m.entity().country().equals(country.entity().country());
        }
        return m.titleSpan() != null && doc.norm(m.titleSpan()).contains(country.surface());
    }
}
