package org.guanxi.doc;

import java.util.List;

/** Everything read from one article: what it mentions and the facts it reports. */
public record Extraction(Article article, List<Mention> mentions, List<Meeting> meetings,
                         List<Statement> statements, List<Visit> visits, List<PositionClaim> positions) {
    public Extraction {
        mentions = List.copyOf(mentions);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        visits = List.copyOf(visits);
        positions = List.copyOf(positions);
    }

    /** The distinct entities mentioned, in order of first mention. */
    public List<Entity> entities() {
        var seen = new java.util.LinkedHashMap<String, Entity>();
        for (Mention m : mentions) {
            seen.putIfAbsent(m.entity().id(), m.entity());
        }
        return List.copyOf(seen.values());
    }
}
