package org.guanxi.network;

import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * The network of meetings: people and the ties between them, with what each person said.
 *
 * @param graph      undirected and weighted (an edge's weight is its number of meetings)
 * @param statements each person's statements by IRI, in date order (kept by the same date range)
 * @param focus      the person whose ego network this is, or null for everyone
 */
public record Network(Graph<Person, Tie> graph, Map<String, List<Said>> statements, Person focus, NetworkFilter filter) {
    public Network {
        statements = Map.copyOf(statements);
    }

    public List<Said> statementsOf(Person p) {
        return statements.getOrDefault(p.iri(), List.of());
    }
}
