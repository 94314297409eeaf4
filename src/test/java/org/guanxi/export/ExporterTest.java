package org.guanxi.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.guanxi.TestSupport;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every export format parses back to the graph it was written from (the whole store, one
 * article, the ontology), and JSON-LD reads naturally: plain terms and language maps from a
 * context made of the ontology.
 */
class ExporterTest {
    private static Store store;
    private static final Exporter EXPORTER = TestSupport.exporter();

    @BeforeAll
    static void ingestSeeds() throws Exception {
        store = Store.inMemory();
        new IngestRun(TestSupport.pipeline(), store, IngestRun.Options.defaults()).run(List.of(TestSupport.corpus("seeds")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(Exporter.Format.class)
    void theWholeStoreComesBackTheSame(Exporter.Format format) {
        byte[] bytes = export(format, null);
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            if (format.dataset) {
                DatasetGraph back = DatasetGraphFactory.create();
                RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).parse(back);
                assertTrue(IsoMatcher.isomorphic(copy(dsg), back), format + " does not give the same dataset back");
            } else {
                Graph back = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).parse(back);
                assertTrue(copy(dsg.getUnionGraph()).isIsomorphicWith(back), format + " does not give the union graph back");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Exporter.Format.class)
    void oneArticleComesBackWithItsEntitiesDescribed(Exporter.Format format) {
        Node article = store.articleGraphs().get(0);
        byte[] bytes = export(format, article);
        Graph back = GraphFactory.createDefaultGraph();
        if (format.dataset) {
            DatasetGraph d = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).parse(d);
            assertEquals(List.of(article), org.apache.jena.atlas.iterator.Iter.toList(d.listGraphNodes()));
            back = d.getGraph(article);
        } else {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang(format)).parse(back);
        }
        Graph articleGraph = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(article)));
        Graph finalBack = back;
        articleGraph.find().forEachRemaining(t -> assertTrue(finalBack.contains(t), () -> format + " lost " + t));
        assertTrue(back.size() > articleGraph.size(), "the entities the article names are described too");
    }

    @ParameterizedTest
    @EnumSource(Exporter.Format.class)
    void theOntologyComesBackTheSame(Exporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.exportOntology(format, out);
        Graph back = GraphFactory.createDefaultGraph();
        if (format.dataset) {
            DatasetGraph d = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang(format)).parse(d);
            back = d.getDefaultGraph();
        } else {
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang(format)).parse(back);
        }
        assertTrue(RDFDataMgr.loadGraph("ontology/guanxi.ttl").isIsomorphicWith(back), format.name());
    }

    @Test
    void jsonLdReadsNaturally() {
        String json = new String(export(Exporter.Format.JSONLD, null), StandardCharsets.UTF_8);
        JsonObject doc = Json.createReader(new java.io.StringReader(json)).readObject();
        JsonObject context = doc.getJsonObject("@context");
        assertEquals("https://w3id.org/guanxi/ontology#participant", context.getJsonObject("participant").getString("@id"));
        assertEquals("@language", context.getJsonObject("label").getString("@container"));
        assertTrue(doc.getJsonArray("@graph").stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> "Meeting".equals(o.get("type") instanceof jakarta.json.JsonString s ? s.getString() : null)
                        && "Held".equals(o.getString("status", "")) && o.containsKey("participant")),
                "a meeting reads {type: Meeting, status: Held, participant: [...]}");
        assertTrue(json.contains("\"zh\": \"拜登\"") || json.contains("\"zh\":\"拜登\"") || json.contains("\"拜登\""),
                "labels are language maps");
    }

    private static byte[] export(Exporter.Format format, Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.export(store.dataset(), format, graph, out);
        return out.toByteArray();
    }

    private static Lang lang(Exporter.Format format) {
        return switch (format) {
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD11;
            case RDFXML -> Lang.RDFXML;
        };
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(out::add);
        return out;
    }
}
