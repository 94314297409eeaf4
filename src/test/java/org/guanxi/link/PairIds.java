package org.guanxi.link;

import java.util.List;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Entity;

/** What link tests read off an analysis: the people a pair word (两人, 这两位, 中印两国外长) was read for. */
final class PairIds {
    private PairIds() {
    }

    /** The sorted ids the first reference written {@code word} stands for; empty when there is none. */
    static List<String> of(Analysis a, String word) {
        return a.references().stream().filter(r -> r.surface().equals(word)).findFirst()
                .map(r -> r.entities().stream().map(Entity::id).sorted().toList()).orElse(List.of());
    }
}
