package org.guanxi.network;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.csv.CSVExporter;
import org.jgrapht.nio.csv.CSVFormat;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The network as GraphML, GEXF, DOT or CSV, written by JGraphT's exporters. Nodes are n0, n1 ...
 * (GraphML ids must be XML name tokens, which IRIs are not) and carry their IRI, label, English
 * name, country, degree and statement count; edges carry the number of meetings as their weight,
 * and the dates, modes, places and source files as attributes.
 */
final class GraphFiles {
    /** Joins the values of a list attribute (dates, files ...): never part of a date or file name. */
    static final String SEPARATOR = "; ";

    private GraphFiles() {
    }

    static void write(Network n, NetworkFormat format, Writer out) {
        exporter(n, format).exportGraph(n.graph(), out);
    }

    private static GraphExporter<Person, Tie> exporter(Network n, NetworkFormat format) {
        return switch (format) {
            case GRAPHML -> graphml(n);
            case GEXF -> gexf(n);
            case DOT -> dot(n);
            case CSV -> csv(n);
            case HTML -> throw new IllegalArgumentException("HTML is a page, not a graph file");
        };
    }

    private static GraphMLExporter<Person, Tie> graphml(Network n) {
        GraphMLExporter<Person, Tie> x = new GraphMLExporter<>(nodeIds(n.graph()));
        // GraphML keys are registered by name alone, and "label" is the exporter's own for both
        // nodes and edges: it writes Person.toString() and Tie.toString() there
        nodeAttributes().forEach((name, type) -> {
            if (!name.equals("label")) {
                x.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, type);
            }
        });
        edgeAttributes().forEach((name, type) -> {
            if (!name.equals("label")) {
                x.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, type);
            }
        });
        x.setExportVertexLabels(true);
        x.setVertexLabelAttributeName("label");
        x.setExportEdgeLabels(true);
        x.setEdgeLabelAttributeName("label");
        x.setExportEdgeWeights(true);
        x.setVertexAttributeProvider(p -> node(n, p));
        x.setEdgeAttributeProvider(GraphFiles::edge);
        return x;
    }

    private static GEXFExporter<Person, Tie> gexf(Network n) {
        GEXFExporter<Person, Tie> x = new GEXFExporter<>(nodeIds(n.graph()), edgeIds(n.graph()));
        // GEXF has a place of its own for labels and weights: no attribute for them
        nodeAttributes().forEach((name, type) -> {
            if (!name.equals("label")) {
                x.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType(type));
            }
        });
        edgeAttributes().forEach((name, type) -> {
            if (!name.equals("label")) {
                x.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, gexfType(type));
            }
        });
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        x.setCreator("Guanxi");
        x.setDescription("Who met whom (" + n.filter().describe() + ")");
        x.setVertexAttributeProvider(p -> node(n, p));
        x.setEdgeAttributeProvider(GraphFiles::edge);
        return x;
    }

    private static DOTExporter<Person, Tie> dot(Network n) {
        DOTExporter<Person, Tie> x = new DOTExporter<>(nodeIds(n.graph()));
        x.setGraphIdProvider(() -> "guanxi");
        x.setVertexAttributeProvider(p -> node(n, p));
        x.setEdgeAttributeProvider(t -> {
            Map<String, Attribute> a = edge(t);
            a.put("weight", DefaultAttribute.createAttribute(t.meetings()));
            a.put("penwidth", DefaultAttribute.createAttribute(1 + Math.log(t.meetings())));
            return a;
        });
        return x;
    }

    private static CSVExporter<Person, Tie> csv(Network n) {
        Map<Person, String> names = uniqueLabels(n.graph());
        CSVExporter<Person, Tie> x = new CSVExporter<>(names::get, CSVFormat.EDGE_LIST, ',');
        x.setParameter(CSVFormat.Parameter.EDGE_WEIGHTS, true);
        return x;
    }

    private static Map<String, AttributeType> nodeAttributes() {
        Map<String, AttributeType> a = new LinkedHashMap<>();
        a.put("label", AttributeType.STRING);
        a.put("iri", AttributeType.STRING);
        a.put("labelEn", AttributeType.STRING);
        a.put("country", AttributeType.STRING);
        a.put("aliases", AttributeType.STRING);
        a.put("degree", AttributeType.INT);
        a.put("statements", AttributeType.INT);
        return a;
    }

    private static Map<String, AttributeType> edgeAttributes() {
        Map<String, AttributeType> a = new LinkedHashMap<>();
        a.put("label", AttributeType.STRING);
        a.put("meetings", AttributeType.INT);
        a.put("reports", AttributeType.INT);
        a.put("firstDate", AttributeType.STRING);
        a.put("lastDate", AttributeType.STRING);
        a.put("dates", AttributeType.STRING);
        a.put("modes", AttributeType.STRING);
        a.put("statuses", AttributeType.STRING);
        a.put("places", AttributeType.STRING);
        a.put("files", AttributeType.STRING);
        a.put("urls", AttributeType.STRING);
        return a;
    }

    private static Map<String, Attribute> node(Network n, Person p) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(p.label()));
        a.put("iri", DefaultAttribute.createAttribute(p.iri()));
        a.put("labelEn", DefaultAttribute.createAttribute(p.english()));
        a.put("country", DefaultAttribute.createAttribute(p.country()));
        a.put("aliases", DefaultAttribute.createAttribute(String.join(SEPARATOR, p.aliases())));
        a.put("degree", DefaultAttribute.createAttribute(n.graph().degreeOf(p)));
        a.put("statements", DefaultAttribute.createAttribute(n.statementsOf(p).size()));
        return a;
    }

    private static Map<String, Attribute> edge(Tie t) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        List<String> dates = t.dates();
        a.put("label", DefaultAttribute.createAttribute(t.toString()));
        a.put("meetings", DefaultAttribute.createAttribute(t.meetings()));
        a.put("reports", DefaultAttribute.createAttribute(t.reports().size()));
        a.put("firstDate", DefaultAttribute.createAttribute(dates.isEmpty() ? "" : dates.get(0)));
        a.put("lastDate", DefaultAttribute.createAttribute(dates.isEmpty() ? "" : dates.get(dates.size() - 1)));
        a.put("dates", DefaultAttribute.createAttribute(String.join(SEPARATOR, dates)));
        a.put("modes", DefaultAttribute.createAttribute(String.join(SEPARATOR, t.modes())));
        a.put("statuses", DefaultAttribute.createAttribute(String.join(SEPARATOR, t.statuses())));
        a.put("places", DefaultAttribute.createAttribute(String.join(SEPARATOR, t.places())));
        a.put("files", DefaultAttribute.createAttribute(String.join(SEPARATOR, t.files())));
        a.put("urls", DefaultAttribute.createAttribute(String.join(SEPARATOR, t.urls())));
        return a;
    }

    private static GEXFAttributeType gexfType(AttributeType t) {
        return t == AttributeType.INT ? GEXFAttributeType.INTEGER : GEXFAttributeType.STRING;
    }

    /** Node ids n0, n1 ... in the graph's order, so the same network gives the same file. */
    private static Function<Person, String> nodeIds(Graph<Person, Tie> g) {
        Map<Person, String> ids = new HashMap<>();
        for (Person p : g.vertexSet()) {
            ids.put(p, "n" + ids.size());
        }
        return ids::get;
    }

    /** Edge ids e0, e1 ... in the graph's order. */
    private static Function<Tie, String> edgeIds(Graph<Person, Tie> g) {
        Map<Tie, String> ids = new HashMap<>();
        for (Tie t : g.edgeSet()) {
            ids.put(t, "e" + ids.size());
        }
        return ids::get;
    }

    /** Each person's label, with the IRI's last part added where two people share a label. */
    static Map<Person, String> uniqueLabels(Graph<Person, Tie> g) {
        Map<String, Long> counts = new HashMap<>();
        g.vertexSet().forEach(p -> counts.merge(p.label(), 1L, Long::sum));
        Map<Person, String> out = new HashMap<>();
        for (Person p : g.vertexSet()) {
            out.put(p, counts.get(p.label()) == 1 ? p.label() : p.label() + " (" + p.iri().substring(p.iri().lastIndexOf('/') + 1) + ")");
        }
        return out;
    }
}
