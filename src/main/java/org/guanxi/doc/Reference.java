package org.guanxi.doc;

import java.util.List;

/**
 * A word that stands for people named elsewhere: 他/她 for one, 两人/双方 or 拜习 for two.
 *
 * @param entities the people referred to, in order
 * @param how      why: "pronoun", "pair", "abbreviation"
 */
public record Reference(Span span, String surface, List<Entity> entities, String how) {
    public Reference {
        entities = List.copyOf(entities);
    }

    public boolean isGroup() {
        return entities.size() > 1;
    }
}
