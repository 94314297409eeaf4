package org.guanxi.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/**
 * What a store holds, at a glance: counts per type, meetings by status, the people with most
 * meetings, and the span of publication and event dates. All by SPARQL over the union graph.
 */
public final class Stats {
    /** One person with the number of meetings (any status) they take part in. */
    public record Ranked(String iri, String label, String english, long meetings, long metWith) {
    }

    public record Summary(Map<String, Long> counts, Map<String, Long> meetingsByStatus, List<Ranked> topPeople,
                          String firstPublished, String lastPublished, String firstEvent, String lastEvent, long quads) {
    }

    private static final List<String> TYPES = List.of("Article", "Person", "Place", "Organization", "Meeting", "MeetingEvent",
            "Statement", "Visit");
    private static final String COUNTS = """
            SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES ?type { gx:Article gx:Person gx:Place gx:Organization gx:Meeting gx:MeetingEvent gx:Statement gx:Visit }
              ?x a ?type
            } GROUP BY ?type""";
    private static final String STATUS = """
            SELECT ?status (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a gx:Meeting ; gx:status ?status } GROUP BY ?status""";
    private static final String TOP = """
            SELECT ?p (SAMPLE(?zh) AS ?label) (SAMPLE(?en) AS ?english) (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?o) AS ?met) WHERE {
              ?m a gx:Meeting ; gx:participant ?p .
              OPTIONAL { ?p gx:metWith ?o }
              OPTIONAL { ?p rdfs:label ?zh FILTER(lang(?zh) = "zh") }
              OPTIONAL { ?p rdfs:label ?en FILTER(lang(?en) = "en") }
            } GROUP BY ?p ORDER BY DESC(?meetings) DESC(?met) LIMIT ?limit""";
    private static final String PUBLISHED = """
            SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?a a gx:Article ; gx:published ?d }""";
    private static final String EVENTS = """
            SELECT (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last) WHERE { ?x gx:date ?d }""";

    private Stats() {
    }

    public static Summary of(DatasetGraph dsg, int top) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> found = new LinkedHashMap<>();
            QueryRunner.forEachRow(dsg, COUNTS, Map.of(), r -> found.put(local(r, "type"), number(r, "n")));
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String type : TYPES) {
                counts.put(type, found.getOrDefault(type, 0L));
            }
            Map<String, Long> status = new LinkedHashMap<>();
            QueryRunner.forEachRow(dsg, STATUS, Map.of(), r -> status.put(local(r, "status"), number(r, "n")));
            List<Ranked> people = new ArrayList<>();
            String topQuery = TOP.replace("?limit", Integer.toString(Math.max(0, top)));
            QueryRunner.forEachRow(dsg, topQuery, Map.of(), r -> people.add(new Ranked(text(r, "p"), text(r, "label"), text(r, "english"),
                    number(r, "meetings"), number(r, "met"))));
            String[] published = range(dsg, PUBLISHED);
            String[] events = range(dsg, EVENTS);
            return new Summary(counts, status, people, published[0], published[1], events[0], events[1], dsg.stream().count());
        });
    }

    private static String[] range(DatasetGraph dsg, String sparql) {
        String[] out = {"", ""};
        QueryRunner.forEachRow(dsg, sparql, Map.of(), r -> {
            out[0] = text(r, "first");
            out[1] = text(r, "last");
        });
        return out;
    }

    private static String text(Binding r, String var) {
        Node n = r.get(Var.alloc(var));
        return n == null ? "" : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String local(Binding r, String var) {
        Node n = r.get(Var.alloc(var));
        return n == null || !n.isURI() ? "" : n.getLocalName();
    }

    private static long number(Binding r, String var) {
        Node n = r.get(Var.alloc(var));
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
