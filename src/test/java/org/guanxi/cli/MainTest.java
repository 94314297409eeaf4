package org.guanxi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on the project's sample articles. */
class MainTest {
    @TempDir
    static Path dir;
    static Path store;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingestTheSamples() {
        store = dir.resolve("tdb2");
        Run r = run("ingest", "-q", "--data", "ontology", "--store", store.toString(), "samples");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 articles written"), r.out());
    }

    @Test
    void ingestingAgainSkipsUnchangedFiles() {
        Run r = run("ingest", "-q", "--data", "ontology", "--store", store.toString(), "samples");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 articles written, 4 unchanged"), r.out());
    }

    @Test
    void whoMetWhom() {
        Run r = run("query", "--store", store.toString(), "queries/who-met-whom.rq", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("拜登") && r.out().contains("习近平"), r.out());
        assertTrue(r.out().contains("王毅") && r.out().contains("布林肯") && r.out().contains("Phone"), r.out());
    }

    @Test
    void queriesTakeParametersAsValuesNotAsQueryText() {
        Run r = run("query", "--store", store.toString(), "queries/person-timeline.rq", "--param", "person=王毅", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("布林肯"), r.out());
        Run evil = run("query", "--store", store.toString(), "queries/person-timeline.rq", "--param", "person=x\") } DROP ALL #");
        assertEquals(0, evil.code(), evil.err());
    }

    @Test
    void everyShippedQueryRuns() throws Exception {
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                Run r = run("query", "--store", store.toString(), q.toString(), "--format", "json");
                assertEquals(0, r.code(), q + ": " + r.err());
            }
        }
    }

    @Test
    void exportsParseBack() {
        for (String format : new String[] {"nquads", "trig", "turtle", "jsonld", "rdfxml"}) {
            Path out = dir.resolve("dump." + format);
            Run r = run("export", "--store", store.toString(), "--format", format, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            String ext = switch (format) {
                case "nquads" -> "nq";
                case "trig" -> "trig";
                case "turtle" -> "ttl";
                case "jsonld" -> "jsonld";
                default -> "rdf";
            };
            Path named = dir.resolve("dump-copy." + ext);
            try {
                Files.copy(out, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            DatasetGraph ds = RDFDataMgr.loadDatasetGraph(named.toString());
            assertTrue(ds.find().hasNext(), format + " exported nothing");
        }
    }

    @Test
    void statsCountWhatTheStoreHolds() {
        Run r = run("stats", "--store", store.toString(), "--top", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*Article\\s+4\\b.*"), r.out());
        assertTrue(r.out().contains("Held") && r.out().contains("top people by meetings"), r.out());
        long listed = r.out().lines().dropWhile(l -> !l.contains("meetings  met")).skip(1).count();
        assertTrue(listed >= 1 && listed <= 3, r.out());
        assertTrue(r.out().contains("(Joe Biden)") || r.out().contains("(Wang Yi)"), r.out());
    }

    @Test
    void theOntologyExports() {
        Run r = run("export", "--ontology", "--format", "turtle");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gx:Meeting") && r.out().contains("owl:ObjectProperty"), r.out());
        assertEquals(2, run("export", "--ontology", "--graph", "urn:x", "--format", "turtle").code());
    }

    @Test
    void explainSaysWhichSentenceAndRule() {
        Run q = run("query", "--store", store.toString(), "-e",
                "SELECT ?m WHERE { ?m a gx:Meeting ; gx:status gx:Held } LIMIT 1", "--format", "csv");
        String iri = q.out().lines().skip(1).findFirst().orElseThrow().strip();
        Run r = run("explain", "--store", store.toString(), iri);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rule meeting.") && r.out().contains("confidence"), r.out());
    }

    @Test
    void analyzeReadsEachFileGiven() {
        Run r = run("analyze", "--data", "ontology", "samples/feed-summit.md", "samples/mirror-call.md");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("feed-summit.md | ") && r.out().contains("mirror-call.md | "), r.out());
        assertEquals(2, run("analyze").code());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run none = run();
        assertEquals(2, none.code());
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertEquals(2, run("ingest").code());
        assertEquals(2, run("query", "--store", store.toString()).code());
        assertEquals(2, run("export", "--store", store.toString()).code());
        assertEquals(2, run("export", "--store", store.toString(), "--format", "xml").code());
        assertEquals(2, run("query", "--store", dir.resolve("nothing").toString(), "-e", "ASK {}").code());
        assertEquals(2, run("ingest", "--threads", "zero", "samples").code());
    }

    @Test
    void failuresExitOneWithOneLineAndNoStackTrace() {
        Run bad = run("query", "--store", store.toString(), "-e", "SELECT WHERE {");
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("SPARQL syntax error"), bad.err());
        assertEquals(1, run("ingest", "--store", store.toString(), "no/such/folder").code());
    }

    @Test
    void helpForEveryCommand() {
        for (String c : new String[] {"ingest", "query", "export", "explain", "analyze", "stats", "bench", "serve", "network"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("usage: guanxi " + c), r.out());
        }
        assertEquals(0, run("--help").code());
    }
}
