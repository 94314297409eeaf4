package org.guanxi.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.guanxi.TestSupport;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.query.QueryRunner;
import org.guanxi.rdf.GX;
import org.guanxi.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint over HTTP, serving a TDB2 store of the seed articles on a free loopback port. */
class ServeTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dir;
    static Store store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serveTheSeeds() throws Exception {
        Path tdb = dir.resolve("tdb2");
        try (Store s = Store.open(tdb)) {
            new IngestRun(TestSupport.pipeline(), s, IngestRun.Options.defaults()).run(List.of(TestSupport.corpus("seeds")));
        }
        store = Store.open(tdb);
        server = SparqlServer.start(store.dataset(), ServeOptions.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static String url(String path) {
        return server.baseUrl() + path;
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, String body, String accept) throws Exception {
        return call(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return call(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request that carries a body. Jetty closes a connection after refusing a request whose
     * body it did not read; a pooled connection may be closed under the client, so such a request
     * is sent again once on a connection of its own.
     */
    static HttpResponse<String> call(HttpRequest r, HttpResponse.BodyHandler<String> body) throws Exception {
        try {
            return HTTP.send(r, body);
        } catch (java.io.IOException e) {
            return HttpClient.newHttpClient().send(r, body);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String query(String name) throws Exception {
        return Files.readString(Path.of("queries", name), StandardCharsets.UTF_8);
    }

    static ResultSet json(HttpResponse<String> r) {
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    static List<String> pairs(ResultSet rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> out.add(row.get("person").asLiteral().getString() + "-" + row.get("metWith").asLiteral().getString()
                + (row.contains("place") ? "@" + row.get("place").asLiteral().getString() : "")));
        return out;
    }

    static long count() throws Exception {
        HttpResponse<String> r = get("/guanxi/sparql?query=" + encode(COUNT), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).next().getLiteral("n").getLong();
    }

    @Test
    void whoMetWhomByGetAsJson() throws Exception {
        HttpResponse<String> r = get("/guanxi/sparql?query=" + encode(query("who-met-whom.rq")), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<String> pairs = pairs(json(r));
        assertTrue(pairs.contains("拜登-习近平@巴厘岛"), pairs::toString);
        assertTrue(pairs.contains("布林肯-王毅"), pairs::toString);
        assertTrue(pairs.contains("沙利文-王毅@马耳他"), pairs::toString);
        assertTrue(pairs.size() < 40, () -> "one row per meeting pair, not a cross product: " + pairs.size());
    }

    @Test
    void postedQueryAnswersCsv() throws Exception {
        HttpResponse<String> r = post("/guanxi/query", "application/sparql-query", query("who-met-whom.rq"), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("person,metWith,date,mode,place,file"), r.body());
        assertTrue(r.body().contains("拜登,习近平,2022-11-14,InPerson,巴厘岛,"), r.body());
    }

    @Test
    void formPostedQueryAnswersTsv() throws Exception {
        HttpResponse<String> r = post("/guanxi/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(query("who-met-whom.rq")), "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("?person\t?metWith"), r.body());
    }

    /** Every shipped query gives over HTTP what {@code guanxi query} gives: same prefixes, same union default graph. */
    @Test
    void everyShippedQueryAnswersAsTheCommandLineDoes() throws Exception {
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(q, StandardCharsets.UTF_8);
                ByteArrayOutputStream local = new ByteArrayOutputStream();
                QueryRunner.run(store.dataset(), text, Map.of(), QueryRunner.Format.CSV, new PrintStream(local, true, StandardCharsets.UTF_8));
                HttpResponse<String> r = post("/guanxi/sparql", "application/sparql-query", text, "text/csv");
                assertEquals(200, r.statusCode(), q + ": " + r.body());
                assertEquals(sortedLines(local.toString(StandardCharsets.UTF_8)), sortedLines(r.body()), q.toString());
            }
        }
    }

    static List<String> sortedLines(String s) {
        return s.lines().sorted().toList();
    }

    @Test
    void constructAnswersRdf() throws Exception {
        String construct = "CONSTRUCT { ?a gx:metWith ?b } WHERE { ?a gx:metWith ?b }";
        for (Map.Entry<String, Lang> f : Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML).entrySet()) {
            HttpResponse<String> r = get("/guanxi/sparql?query=" + encode(construct), f.getKey());
            assertEquals(200, r.statusCode(), r.body());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), f.getValue()).parse(m);
            assertTrue(m.size() > 5, () -> f.getKey() + ": " + r.body());
            assertTrue(m.listStatements(null, m.createProperty(GX.NS + "metWith"), (org.apache.jena.rdf.model.RDFNode) null).hasNext());
        }
    }

    @Test
    void graphStoreGivesTheUnionReadOnly() throws Exception {
        HttpResponse<String> r = get("/guanxi/data?graph=union", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, m.createProperty(GX.NS + "metWith")), "the union graph has the metWith shortcuts");
    }

    @Test
    void updatesAndUploadsAreRefusedAndTheStoreIsUnchanged() throws Exception {
        long before = count();
        assertTrue(before > 1000, "the seeds' store is not empty: " + before);
        List<HttpResponse<String>> tries = List.of(
                post("/guanxi/sparql", "application/sparql-update", "CLEAR ALL", "*/*"),
                post("/guanxi/update", "application/sparql-update", "CLEAR ALL", "*/*"),
                post("/guanxi", "application/sparql-update", "CLEAR ALL", "*/*"),
                post("/guanxi/sparql", "application/x-www-form-urlencoded", "update=" + encode("CLEAR ALL"), "*/*"),
                post("/guanxi/query", "application/x-www-form-urlencoded", "update=" + encode("DROP ALL"), "*/*"),
                send("PUT", "/guanxi/data?default", "text/turtle", "<urn:s> <urn:p> <urn:o> ."),
                send("POST", "/guanxi/data?graph=urn:x", "text/turtle", "<urn:s> <urn:p> <urn:o> ."),
                send("POST", "/guanxi", "application/n-quads", "<urn:s> <urn:p> <urn:o> <urn:g> ."),
                send("DELETE", "/guanxi/data?graph=union", "text/plain", ""),
                send("PATCH", "/guanxi/data", "application/rdf-patch", "A <urn:s> <urn:p> <urn:o> ."),
                send("POST", "/$/datasets?dbName=x&dbType=mem", "application/x-www-form-urlencoded", ""),
                send("DELETE", "/$/datasets/guanxi", "text/plain", ""));
        for (HttpResponse<String> r : tries) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                    () -> r.request().method() + " " + r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        assertEquals(before, count());
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", ServeOptions.defaults().host());
        assertTrue(server.boundAddress().getAddress().isLoopbackAddress(), () -> server.boundAddress().toString());
        assertEquals(server.port(), server.boundAddress().getPort());
    }

    @Test
    void syntaxErrorsAre400WithTheUsersLineNumbers() throws Exception {
        HttpResponse<String> r = post("/guanxi/sparql", "application/sparql-query", "SELECT *\nWHERE {\n  ?s ?p\n}", "*/*");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 4"), r.body());
    }

    @Test
    void homePageSaysHowToQuery() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("action=\"/guanxi/sparql\"") && r.body().contains("read-only"), r.body());
        assertEquals(404, get("/nothing-here", "text/html").statusCode());
    }

    @Test
    void aQueryPastTheTimeoutIsCutOff() throws Exception {
        try (SparqlServer quick = SparqlServer.start(store.dataset(), ServeOptions.defaults().withPort(0).withTimeout(Duration.ofSeconds(1)))) {
            // the seeds' quads to the fourth power: hours of work
            String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(quick.sparqlUrl() + "?query=" + encode(endless)))
                    .timeout(Duration.ofSeconds(60)).GET().build(), BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertFalse(r.statusCode() == 200, r.body());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "cut off after " + took);
        }
    }
}
