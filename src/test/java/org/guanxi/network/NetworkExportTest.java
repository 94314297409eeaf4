package org.guanxi.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.csv.CSVImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each graph file, read back with JGraphT's importers (and an XML parser): the seed network, weights and attributes intact. */
class NetworkExportTest {
    @TempDir
    static Path dir;
    static Network network;

    @BeforeAll
    static void read() {
        network = Seeds.read(NetworkFilter.defaults());
    }

    /** A graph file read back: vertex ids, their attributes, and edge weights. */
    record ReadBack(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, String>> vertexAttributes) {
        double weight(String a, String b) {
            DefaultWeightedEdge e = graph.getEdge(a, b);
            assertTrue(e != null, "no edge " + a + " — " + b + " read back");
            return graph.getEdgeWeight(e);
        }
    }

    private static Path write(NetworkFormat format) throws IOException {
        Path f = dir.resolve("seeds." + format.extension());
        try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            NetworkWriter.write(network, format, w);
        }
        return f;
    }

    private static <I extends BaseEventDrivenImporter<String, DefaultWeightedEdge> & GraphImporter<String, DefaultWeightedEdge>> ReadBack
            readBack(I importer, Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Map<String, String>> attrs = new HashMap<>();
        importer.addVertexAttributeConsumer((vk, a) -> attrs.computeIfAbsent(vk.getFirst(), k -> new HashMap<>()).put(vk.getSecond(), a.getValue()));
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(g, r);
        }
        return new ReadBack(g, attrs);
    }

    /** The read-back graph is the network: same nodes (by {@code id}), same ties, weights = meetings. */
    private static void assertSameNetwork(ReadBack back, Function<Person, String> id) {
        Set<String> ids = new HashSet<>(network.graph().vertexSet().stream().map(id).toList());
        assertEquals(ids, back.graph().vertexSet());
        assertEquals(network.graph().edgeSet().size(), back.graph().edgeSet().size());
        for (Tie t : network.graph().edgeSet()) {
            assertEquals(t.meetings(), back.weight(id.apply(t.a()), id.apply(t.b())), 0, t.toString());
        }
    }

    /** Nodes are n0, n1 ... with the person's IRI as an attribute. */
    private static Function<Person, String> byIri(ReadBack back) {
        Map<String, String> ids = new HashMap<>();
        back.vertexAttributes().forEach((id, a) -> ids.put(a.get("iri"), id));
        return p -> ids.get(p.iri());
    }

    private static Map<String, String> attributes(ReadBack back, String label) {
        Person p = Seeds.person(network, label).orElseThrow();
        return back.vertexAttributes().get(byIri(back).apply(p));
    }

    @Test
    void graphmlHasTypedKeysGephiReads() throws Exception {
        Path f = write(NetworkFormat.GRAPHML);
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        // the importer validates against GraphML's schema
        importer.setSchemaValidation(true);
        ReadBack back = readBack(importer, f);
        assertSameNetwork(back, byIri(back));
        Person biden = Seeds.person(network, "拜登").orElseThrow();
        Map<String, String> a = attributes(back, "拜登");
        assertEquals("拜登", a.get("label"));
        assertEquals("Joe Biden", a.get("labelEn"));
        assertEquals("us", a.get("country"));
        assertEquals(String.valueOf(network.graph().degreeOf(biden)), a.get("degree"));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
        Map<String, String> keys = new HashMap<>();
        NodeList ks = doc.getElementsByTagName("key");
        for (int i = 0; i < ks.getLength(); i++) {
            Element k = (Element) ks.item(i);
            keys.put(k.getAttribute("for") + "." + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals("string", keys.get("node.label"));
        assertEquals("int", keys.get("node.degree"));
        assertEquals("double", keys.get("edge.weight"));
        assertEquals("int", keys.get("edge.meetings"));
        assertEquals("string", keys.get("edge.dates"));
        assertEquals("string", keys.get("edge.files"));
    }

    @Test
    void gexfHasAttributesAndWeights() throws Exception {
        Path f = write(NetworkFormat.GEXF);
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);
        ReadBack back = readBack(importer, f);
        assertSameNetwork(back, byIri(back));
        assertEquals("习近平", attributes(back, "习近平").get("label"));
        assertEquals("cn", attributes(back, "习近平").get("country"));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
        assertEquals("1.2", doc.getDocumentElement().getAttribute("version"));
        Set<String> edgeAttributes = new HashSet<>();
        NodeList classes = doc.getElementsByTagName("attributes");
        for (int i = 0; i < classes.getLength(); i++) {
            Element c = (Element) classes.item(i);
            NodeList as = c.getElementsByTagName("attribute");
            for (int j = 0; j < as.getLength(); j++) {
                Element a = (Element) as.item(j);
                if (c.getAttribute("class").equals("edge")) {
                    edgeAttributes.add(a.getAttribute("title") + ":" + a.getAttribute("type"));
                }
            }
        }
        assertTrue(edgeAttributes.containsAll(Set.of("meetings:integer", "dates:string", "modes:string", "files:string")), edgeAttributes.toString());
    }

    @Test
    void dotReadsBackWithLabels() throws Exception {
        Path f = write(NetworkFormat.DOT);
        DOTImporter<String, DefaultWeightedEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Double> weights = new HashMap<>();
        importer.addEdgeAttributeConsumer((ek, a) -> {
            if (ek.getSecond().equals("weight")) {
                weights.put(ek.getFirst().toString(), Double.valueOf(a.getValue()));
            }
        });
        ReadBack back = readBack(importer, f);
        // DOT weights are attributes to JGraphT's importer: apply them before comparing
        back.graph().edgeSet().forEach(e -> back.graph().setEdgeWeight(e, weights.getOrDefault(e.toString(), 1.0)));
        assertSameNetwork(back, byIri(back));
        assertEquals("王毅", attributes(back, "王毅").get("label"));
    }

    @Test
    void csvIsAnEdgeListOfNamesAndMeetings() throws Exception {
        Path f = write(NetworkFormat.CSV);
        CSVImporter<String, DefaultWeightedEdge> importer = new CSVImporter<>(CSVFormat.EDGE_LIST, ',');
        importer.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, true);
        importer.setVertexFactory(id -> id);
        ReadBack back = readBack(importer, f);
        assertSameNetwork(back, Person::label);
        // the seeds' best-reported tie
        assertTrue(Files.readString(f).lines().anyMatch(l -> l.matches("(拜登,习近平|习近平,拜登),\\d+\\.0")), Files.readString(f));
        assertTrue(Seeds.tie(network, "拜登", "习近平").orElseThrow().meetings() >= 2);
    }

    @Test
    void theSameNetworkGivesTheSameFile() throws IOException {
        for (NetworkFormat format : NetworkFormat.values()) {
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            NetworkWriter.write(network, format, a);
            NetworkWriter.write(Seeds.read(NetworkFilter.defaults()), format, b);
            assertEquals(a.toString(), b.toString(), format.toString());
        }
    }
}
