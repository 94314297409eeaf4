package org.guanxi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.guanxi.rdf.GX;
import org.guanxi.rdf.GraphBuilder.ArticleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static ArticleGraph article(String path, String hash, int facts) {
        Node g = NodeFactory.createURI("https://w3id.org/guanxi/id/article/" + path.hashCode());
        List<Quad> qs = new java.util.ArrayList<>();
        qs.add(Quad.create(g, g, org.apache.jena.vocabulary.RDF.type.asNode(), GX.Article));
        qs.add(Quad.create(g, g, GX.sourcePath, NodeFactory.createLiteralString(path)));
        qs.add(Quad.create(g, g, GX.contentHash, NodeFactory.createLiteralString(hash)));
        for (int i = 0; i < facts; i++) {
            qs.add(Quad.create(g, NodeFactory.createURI("urn:fact:" + i), GX.evidence, NodeFactory.createLiteralString("s" + i)));
        }
        return new ArticleGraph(g, qs, List.of());
    }

    private static long size(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            long n = 0;
            var it = s.dataset().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Test
    void writingAnArticleAgainReplacesItsGraph() {
        try (Store s = Store.inMemory()) {
            s.write(List.of(article("/a.md", "h1", 5), article("/b.md", "h2", 2)), List.of());
            assertEquals(3 + 5 + 3 + 2, size(s));
            s.write(List.of(article("/a.md", "h3", 1)), List.of());
            assertEquals(3 + 1 + 3 + 2, size(s));
            assertEquals("h3", s.sourceHashes().get("/a.md"));
            assertEquals(2, s.articleGraphs().size());
        }
    }

    @Test
    void aStoreOnDiskKeepsItsArticlesAcrossOpens(@TempDir Path dir) {
        try (Store s = Store.open(dir.resolve("tdb2"))) {
            s.write(List.of(article("/a.md", "h1", 3)), List.of());
        }
        try (Store s = Store.open(dir.resolve("tdb2"))) {
            assertEquals("h1", s.sourceHashes().get("/a.md"));
            assertTrue(s.describedEntities().isEmpty());
        }
    }
}
