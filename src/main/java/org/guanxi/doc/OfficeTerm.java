package org.guanxi.doc;

import java.util.List;

/**
 * A position a curated person held, from the gazetteer's positions tables.
 *
 * @param titlesZh the title as Chinese news writes it, variants included (外交部长, 外长)
 * @param from     YYYY, YYYY-MM or YYYY-MM-DD, or null
 * @param to       likewise; null while held
 */
public record OfficeTerm(String person, List<String> titlesZh, String titleEn, String country, String from, String to) {
    public OfficeTerm {
        titlesZh = List.copyOf(titlesZh);
    }
}
