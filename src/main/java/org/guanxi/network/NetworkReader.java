package org.guanxi.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.guanxi.rdf.GX;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Reads the network from the store with SPARQL: every meeting report with its participants,
 * evidence and article; the people's names; their statements. Meetings are filtered here, then
 * every pair of participants of a kept meeting becomes (or strengthens) a tie.
 */
public final class NetworkReader {
    private static final String ARTICLES = """
            SELECT ?article ?file ?url ?title ?published WHERE {
              GRAPH ?article {
                ?article a gx:Article ; gx:sourceFile ?file .
                OPTIONAL { ?article dcterms:source ?url }
                OPTIONAL { ?article dcterms:title ?title }
                OPTIONAL { ?article gx:published ?published }
              }
            }""";
    private static final String MEETINGS = """
            SELECT ?m ?article ?status ?mode ?date ?event ?place WHERE {
              GRAPH ?article {
                ?m a gx:Meeting ; gx:status ?status .
                OPTIONAL { ?m gx:mode ?mode }
                OPTIONAL { ?m gx:date ?date }
                OPTIONAL { ?m gx:event ?event }
                OPTIONAL { ?m gx:place ?place }
              }
            }""";
    private static final String STATEMENTS = """
            SELECT ?s ?article ?speaker ?content ?date WHERE {
              GRAPH ?article {
                ?s a gx:Statement ; gx:speaker ?speaker ; gx:content ?content .
                OPTIONAL { ?s gx:date ?date }
              }
            }""";
    /** Values of one property of every fact of one class: participants, evidence. */
    private static final String VALUES = """
            SELECT ?s ?o WHERE { GRAPH ?g { ?s a ?class ; ?property ?o } }""";
    private static final String NAMES = """
            SELECT ?e ?property ?o WHERE {
              ?e a ?class ; ?property ?o .
              VALUES ?property { rdfs:label skos:altLabel gx:writtenAs gx:country }
            }""";

    private final DatasetGraph dsg;

    public NetworkReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * The network the filter asks for.
     *
     * @throws IllegalArgumentException when the filter names a person the store does not know, or
     *                                  a name several people share
     */
    public Network read(NetworkFilter filter) {
        return Txn.calculateRead(dsg, () -> {
            Sparql sparql = new Sparql(dsg);
            Map<String, Person> people = people(sparql);
            Person focus = filter.person() == null ? null : PersonFinder.find(people.values(), filter.person());
            Map<String, Source> articles = articles(sparql);
            Graph<Person, Tie> graph = ties(reports(sparql, filter, articles), people);
            if (focus != null) {
                graph = ego(graph, focus);
            }
            Set<String> inGraph = new LinkedHashSet<>();
            graph.vertexSet().forEach(p -> inGraph.add(p.iri()));
            return new Network(graph, statements(sparql, filter, inGraph, articles), focus, filter);
        });
    }

    private static Map<String, Source> articles(Sparql sparql) {
        Map<String, Source> out = new HashMap<>();
        sparql.select(ARTICLES, Map.of(), r -> out.put(Sparql.text(r, "article"),
                new Source(Sparql.text(r, "file"), Sparql.text(r, "url"), Sparql.text(r, "title"), Sparql.text(r, "published"))));
        return out;
    }

    private static List<Report> reports(Sparql sparql, NetworkFilter filter, Map<String, Source> articles) {
        Map<String, List<String>> participants = values(sparql, GX.Meeting, GX.participant);
        Map<String, List<String>> evidence = values(sparql, GX.Meeting, GX.evidence);
        Map<String, String> places = labels(sparql, GX.Place);
        Map<String, Report> out = new LinkedHashMap<>();
        sparql.select(MEETINGS, Map.of(), r -> {
            String m = Sparql.text(r, "m");
            String event = Sparql.text(r, "event");
            String place = Sparql.text(r, "place");
            Report report = new Report(m, event.isEmpty() ? m : event, participants.getOrDefault(m, List.of()),
                    Sparql.local(r, "status"), Sparql.local(r, "mode"), Sparql.text(r, "date"),
                    places.getOrDefault(place, ""), evidence.getOrDefault(m, List.of()),
                    articles.getOrDefault(Sparql.text(r, "article"), new Source("", "", "", "")));
            // a meeting with two modes or dates (which the contract does not expect) counts once
            if (filter.keeps(report)) {
                out.putIfAbsent(m, report);
            }
        });
        return List.copyOf(out.values());
    }

    /** One tie per pair of people who met; vertices and edges in a stable order. */
    private static Graph<Person, Tie> ties(List<Report> reports, Map<String, Person> people) {
        Map<List<String>, List<Report>> pairs = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Report r : reports) {
            List<String> ps = r.participants().stream().distinct().sorted().toList();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    pairs.computeIfAbsent(List.of(ps.get(i), ps.get(j)), k -> new ArrayList<>()).add(r);
                }
            }
        }
        Graph<Person, Tie> g = emptyGraph();
        pairs.keySet().stream().flatMap(List::stream).distinct().sorted()
                .forEach(iri -> g.addVertex(people.computeIfAbsent(iri, NetworkReader::unnamed)));
        pairs.forEach((pair, rs) -> {
            rs.sort(Comparator.comparing((Report r) -> r.date().isEmpty() ? "~" : r.date()).thenComparing(Report::iri));
            Tie t = new Tie(people.get(pair.get(0)), people.get(pair.get(1)), rs);
            g.addEdge(t.a(), t.b(), t);
            g.setEdgeWeight(t, t.meetings());
        });
        return g;
    }

    /** The person, the people they met, and the ties among all of them. */
    private static Graph<Person, Tie> ego(Graph<Person, Tie> all, Person focus) {
        Set<Person> keep = new HashSet<>();
        keep.add(focus);
        if (all.containsVertex(focus)) {
            keep.addAll(Graphs.neighborListOf(all, focus));
        }
        Graph<Person, Tie> g = emptyGraph();
        all.vertexSet().stream().filter(keep::contains).forEach(g::addVertex);
        g.addVertex(focus);
        all.edgeSet().stream().filter(t -> keep.contains(t.a()) && keep.contains(t.b())).forEach(t -> {
            g.addEdge(t.a(), t.b(), t);
            g.setEdgeWeight(t, t.meetings());
        });
        return g;
    }

    private static Graph<Person, Tie> emptyGraph() {
        return GraphTypeBuilder.<Person, Tie>undirected().allowingMultipleEdges(false).allowingSelfLoops(false)
                .weighted(true).buildGraph();
    }

    private static Map<String, List<Said>> statements(Sparql sparql, NetworkFilter filter, Set<String> speakers,
            Map<String, Source> articles) {
        Map<String, List<String>> evidence = values(sparql, GX.Statement, GX.evidence);
        Map<String, Said> said = new LinkedHashMap<>();
        sparql.select(STATEMENTS, Map.of(), r -> {
            String speaker = Sparql.text(r, "speaker");
            String date = Sparql.text(r, "date");
            String s = Sparql.text(r, "s");
            if (speakers.contains(speaker) && filter.keepsDate(date)) {
                said.putIfAbsent(s, new Said(s, speaker, Sparql.text(r, "content"), date, evidence.getOrDefault(s, List.of()),
                        articles.getOrDefault(Sparql.text(r, "article"), new Source("", "", "", ""))));
            }
        });
        Map<String, List<Said>> out = new HashMap<>();
        said.values().stream()
                .sorted(Comparator.comparing((Said x) -> x.date().isEmpty() ? x.source().published() : x.date()).thenComparing(Said::iri))
                .forEach(x -> out.computeIfAbsent(x.speaker(), k -> new ArrayList<>()).add(x));
        return out;
    }

    /** Subject IRI to every value of {@code property}, for the subjects of type {@code type}. */
    private static Map<String, List<String>> values(Sparql sparql, Node type, Node property) {
        Map<String, Set<String>> out = new HashMap<>();
        sparql.select(VALUES, Map.of("class", type, "property", property),
                r -> out.computeIfAbsent(Sparql.text(r, "s"), k -> new LinkedHashSet<>()).add(Sparql.text(r, "o")));
        Map<String, List<String>> lists = new HashMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return lists;
    }

    /** Every person of the store with their names and country. */
    private static Map<String, Person> people(Sparql sparql) {
        Map<String, Names> names = names(sparql, GX.Person);
        Map<String, Person> out = new HashMap<>();
        names.forEach((iri, n) -> out.put(iri, n.person(iri)));
        return out;
    }

    /** The Chinese label (or another) of every entity of a type. */
    private static Map<String, String> labels(Sparql sparql, Node type) {
        Map<String, String> out = new HashMap<>();
        names(sparql, type).forEach((iri, n) -> out.put(iri, n.label(iri)));
        return out;
    }

    private static Map<String, Names> names(Sparql sparql, Node type) {
        Map<String, Names> out = new HashMap<>();
        sparql.select(NAMES, Map.of("class", type), r -> {
            Names n = out.computeIfAbsent(Sparql.text(r, "e"), k -> new Names());
            String value = Sparql.text(r, "o");
            String property = Sparql.local(r, "property");
            if (property.equals(GX.country.getLocalName())) {
                n.country = value;
            } else if (property.equals("label") && Sparql.lang(r, "o").equals("zh")) {
                n.zh = value;
            } else if (property.equals("label") && Sparql.lang(r, "o").equals("en")) {
                n.en = value;
            } else {
                n.other.add(value);
            }
        });
        return out;
    }

    /** A participant the store gives no name (it should not happen: every entity has a label). */
    private static Person unnamed(String iri) {
        return new Person(iri, iri.substring(iri.lastIndexOf('/') + 1), "", "", List.of());
    }

    /** Names gathered row by row. */
    private static final class Names {
        String zh = "";
        String en = "";
        String country = "";
        final Set<String> other = new LinkedHashSet<>();

        String label(String iri) {
            return !zh.isEmpty() ? zh : !en.isEmpty() ? en : other.isEmpty() ? unnamed(iri).label() : other.iterator().next();
        }

        Person person(String iri) {
            String label = label(iri);
            Set<String> aliases = new LinkedHashSet<>(other);
            aliases.remove(label);
            aliases.remove(en);
            return new Person(iri, label, en, country, List.copyOf(aliases));
        }
    }
}
