package org.guanxi.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.guanxi.rdf.GX;
import org.guanxi.rdf.GraphBuilder.ArticleGraph;

/**
 * The TDB2 store: one named graph per article plus the shared entities graph. Every access runs
 * in a transaction; a batch of articles is written in one transaction, each article replacing
 * its old graph, so a store only ever holds whole articles, even after a crash.
 */
public final class Store implements AutoCloseable {
    /**
     * TDB2's memory-mapped files (its default on 64-bit machines): the indexes are written in
     * place in the kernel's page cache, half the writer's CPU of the "direct" mode, which copies
     * every block through caches in the heap. The process's own memory (the heap) stays bounded;
     * the mapped pages are the store's file pages, which the kernel reclaims when memory is short.
     */
    private static final StoreParams PARAMS = StoreParamsBuilder.create()
            .fileMode(FileMode.mapped)
            // four quad indexes, not six: queries see the union of graphs (SPOG, POSG, OSPG) and an
            // article's graph is replaced through GSPO; the graph-first GPOS and GOSP cost writes
            .primaryIndexQuads("GSPO")
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
            .node2NodeIdCacheSize(100_000)
            .nodeId2NodeCacheSize(100_000)
            .build();

    private final DatasetGraph dsg;
    private final Location location;

    private Store(DatasetGraph dsg, Location location) {
        this.dsg = dsg;
        this.location = location;
    }

    /** Opens (creating when needed) the store in {@code dir}. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            Location loc = Location.create(dir.toString());
            return new Store(DatabaseMgr.connectDatasetGraph(loc, PARAMS), loc);
        } catch (TDBException | DBOpEnvException e) {
            // DBOpEnvException: the store's lock file is held by another process
            throw new StoreException(StoreException.explain(dir, e), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory TDB2 store, for tests. */
    public static Store inMemory() {
        return new Store(DatabaseMgr.createDatasetGraph(), null);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** Source path to content hash of every article in the store. */
    public Map<String, String> sourceHashes() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new HashMap<>();
            var it = dsg.find(Node.ANY, Node.ANY, GX.contentHash, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                var path = dsg.find(q.getGraph(), q.getSubject(), GX.sourcePath, Node.ANY);
                if (path.hasNext()) {
                    out.put(path.next().getObject().getLiteralLexicalForm(), q.getObject().getLiteralLexicalForm());
                }
            }
            return out;
        });
    }

    /** Subjects already described in the entities graph. */
    public Set<Node> describedEntities() {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> out = new HashSet<>();
            var it = dsg.find(GX.ENTITIES_GRAPH, Node.ANY, GX.curated, Node.ANY);
            while (it.hasNext()) {
                out.add(it.next().getSubject());
            }
            return out;
        });
    }

    /**
     * Writes a batch in one transaction: each article's graph is emptied and written anew; the
     * entity descriptions are added to the shared graph.
     */
    public void write(List<ArticleGraph> articles, List<Triple> entityTriples) {
        Txn.executeWrite(dsg, () -> {
            if (dsg.prefixes().isEmpty()) {
                org.guanxi.rdf.Prefixes.ALL.forEach(dsg.prefixes()::add);
            }
            for (ArticleGraph a : articles) {
                dsg.deleteAny(a.graph(), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : a.quads()) {
                    dsg.add(q);
                }
            }
            for (Triple t : entityTriples) {
                dsg.add(GX.ENTITIES_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /**
     * A first load into an empty store in one transaction for the whole load (TDB2's basic loader:
     * every index written as data comes, so nothing is left to build once extraction ends; its
     * sequential loader builds three indexes at the end, 8 s on bulk/ with one core idle). All or
     * nothing: a load that does not finish leaves the store as it was.
     */
    public final class BulkLoad {
        private final DataLoader loader = LoaderFactory.basicLoader(dsg, (format, args) -> { });
        private final StreamRDF stream;

        private BulkLoad() {
            loader.startBulk();
            stream = loader.stream();
            org.guanxi.rdf.Prefixes.ALL.forEach(stream::prefix);
        }

        public void add(List<ArticleGraph> articles, List<Triple> entityTriples) {
            for (ArticleGraph a : articles) {
                a.quads().forEach(stream::quad);
            }
            for (Triple t : entityTriples) {
                stream.quad(Quad.create(GX.ENTITIES_GRAPH, t));
            }
        }

        public void finish() {
            loader.finishBulk();
        }

        public void abandon(Exception e) {
            loader.finishException(e);
        }
    }

    /** Starts a bulk load; only for a store that holds no articles yet. */
    public BulkLoad bulkLoad() {
        if (hasArticles()) {
            throw new IllegalStateException("a bulk load needs an empty store");
        }
        return new BulkLoad();
    }

    /** Removes the graphs of articles read from these paths. */
    public void remove(List<Node> graphs) {
        Txn.executeWrite(dsg, () -> graphs.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Whether any article is stored (one index probe, not a list of them all). */
    public boolean hasArticles() {
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), GX.Article).hasNext());
    }

    /** Names of the article graphs in the store. */
    public List<Node> articleGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            var it = dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), GX.Article);
            while (it.hasNext()) {
                out.add(it.next().getGraph());
            }
            return out;
        });
    }

    /** Compacts the store's files (TDB2 keeps old data until compacted). */
    public void compact() {
        if (location != null) {
            DatabaseMgr.compact(dsg, true);
        }
    }

    @Override
    public void close() {
        if (location != null) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
