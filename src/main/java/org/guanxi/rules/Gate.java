package org.guanxi.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.guanxi.doc.BlockKind;
import org.guanxi.rules.RuleBook.Relation;
import org.guanxi.rules.RuleBook.Rule;
import org.guanxi.text.Scan;

/**
 * What a rule asks of a sentence before its patterns are tried, read once from its options: every
 * rule is tested on every sentence, and map lookups there cost more than the tests themselves.
 *
 * @param continues  whether the rule may take its subject from an earlier sentence (no one in this one needed)
 * @param minPeople  people (or groups) a sentence needs; a meeting with fewer may still match on a group
 * @param blocks     the blocks the rule applies in, by {@link BlockKind#ordinal()}
 * @param verbs      indexes of the rule's verb groups among the engine's distinct ones (one found opens the gate),
 *                   or null when a pattern has none
 * @param patterns   indexes of the rule's patterns among the engine's, in the rule's order
 */
record Gate(Rule rule, boolean continues, int minPeople, boolean[] blocks, int[] verbs,
            int[] patterns) {

    static Gate of(Rule r, Set<BlockKind> kinds, int[] verbs, int[] patterns) {
        boolean continues = r.has("speaker") || "previous".equals(r.option("visitor"))
                || r.relation() == Relation.STATEMENT && "previous".equals(r.option("subject"));
        int minPeople = r.relation() == Relation.MEETING ? (MeetingReader.oneSideBefore(r) ? 1 : 2) : 0;
        boolean[] blocks = new boolean[BlockKind.values().length];
        kinds.forEach(k -> blocks[k.ordinal()] = true);
        return new Gate(r, continues, minPeople, blocks, verbs, patterns);
    }

    /** A pattern with where its matches can start. */
    record Compiled(Pattern pattern, Scan.Start start) {
    }
}
