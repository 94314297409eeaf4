package org.guanxi.export;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.guanxi.rdf.Prefixes;

/**
 * Writes a store as RDF. N-Quads and TriG keep one named graph per article; Turtle, JSON-LD and
 * RDF/XML hold one graph, so they get the union of all graphs (or the one graph asked for).
 * JSON-LD is compacted with a context made from the ontology.
 */
public final class Exporter {
    public enum Format {
        NQUADS(RDFFormat.NQUADS, true), TRIG(RDFFormat.TRIG_BLOCKS, true), TURTLE(RDFFormat.TURTLE_BLOCKS, false),
        JSONLD(RDFFormat.JSONLD11, false), RDFXML(RDFFormat.RDFXML_PLAIN, false);

        final RDFFormat rdf;
        final boolean dataset;

        Format(RDFFormat rdf, boolean dataset) {
            this.rdf = rdf;
            this.dataset = dataset;
        }

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", "").replace("N-QUADS", "NQUADS"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + name + "' (nquads, trig, turtle, jsonld or rdfxml)", e);
            }
        }
    }

    private final Graph ontology;
    private final JsonObject context;

    /** @param ontology the vocabulary ({@code ontology/guanxi.ttl}): JSON-LD takes its terms from it */
    public Exporter(Graph ontology) {
        this.ontology = ontology;
        this.context = JsonLdContext.of(ontology);
    }

    /** Writes the ontology itself in {@code format}. */
    public void exportOntology(Format format, OutputStream out) {
        if (format.dataset) {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(ontology), format.rdf);
        } else {
            write(out, ontology, format);
        }
    }

    /** Writes the store, or only {@code graph} when it is not null. */
    public void export(DatasetGraph dsg, Format format, Node graph, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            if (graph != null) {
                Graph g = withDescriptions(dsg, graph);
                if (format.dataset) {
                    DatasetGraph one = DatasetGraphFactory.create();
                    one.addGraph(graph, g);
                    Prefixes.ALL.forEach(one.prefixes()::add);
                    RDFDataMgr.write(out, one, format.rdf);
                } else {
                    write(out, g, format);
                }
            } else if (format.dataset) {
                RDFDataMgr.write(out, dsg, format.rdf);
            } else {
                write(out, dsg.getUnionGraph(), format);
            }
        });
    }

    /**
     * One article's graph, with the descriptions (types, names, positions) of the curated entities
     * it names, so that the export reads on its own.
     */
    private static Graph withDescriptions(DatasetGraph dsg, Node graph) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(graph).find().forEachRemaining(g::add);
        java.util.Set<Node> named = new java.util.HashSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                named.add(t.getObject());
            }
            named.add(t.getSubject());
        });
        Graph entities = dsg.getGraph(org.guanxi.rdf.GX.ENTITIES_GRAPH);
        for (Node n : named) {
            entities.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                g.add(t);
                if (t.getPredicate().equals(org.guanxi.rdf.GX.position)) {
                    entities.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(g::add);
                }
            });
        }
        return g;
    }

    private void write(OutputStream out, Graph g, Format format) {
        if (format == Format.JSONLD) {
            JsonLdWriter.write(g, context, out);
            return;
        }
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        Prefixes.apply(withPrefixes.getPrefixMapping());
        g.find().forEachRemaining(withPrefixes::add);
        RDFDataMgr.write(out, withPrefixes, format.rdf);
    }
}
