package org.guanxi.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.guanxi.rdf.Prefixes;

/**
 * Fuseki's query service, with the project's prefixes (gx:, rdfs:, skos: ...) declared for every
 * query that does not declare them itself, as {@code guanxi query} does: the shipped
 * {@code queries/*.rq} then run over HTTP unchanged.
 */
final class PrefixedQuery extends SPARQL_QueryDataset {
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            super.execute(queryString, action); // Fuseki's own message for an empty query
            return;
        }
        // all on the query's first line, so a syntax error keeps the line number the user sees
        super.execute(Prefixes.sparqlHeader(queryString).replace('\n', ' ') + queryString, action);
    }
}
