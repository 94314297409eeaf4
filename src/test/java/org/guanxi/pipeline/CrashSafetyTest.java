package org.guanxi.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.guanxi.TestSupport;
import org.guanxi.cli.Main;
import org.guanxi.rdf.GX;
import org.guanxi.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL in the middle of a run leaves a store that opens, holds only
 * whole articles (each graph exactly what a clean run makes of its file), and a re-run completes
 * it without duplicating any article. While the ingest runs, another process that opens the
 * store is refused with a message saying why.
 */
@Tag("slow")
class CrashSafetyTest {
    private static final Pattern PROGRESS = Pattern.compile("ingest: (\\d+)/(\\d+) files");
    private static final Pattern SUMMARY = Pattern.compile("ingest: (\\d+) files: (\\d+) articles written, (\\d+) unchanged, (\\d+) skipped");

    @TempDir
    Path tmp;

    @Test
    void killedIngestKeepsWholeArticlesAndARerunCompletesIt() throws Exception {
        // enough files that the run is still well under way when its first progress lines come (every 5 s)
        Path corpus = sample(tmp.resolve("corpus"), 1500);
        Path store = tmp.resolve("store");

        Process first = ingest(store, corpus, "--batch", "10");
        List<String> output = new CopyOnWriteArrayList<>();
        AtomicInteger done = follow(first, output);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (done.get() < 150 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), () -> "the ingest ended before it could be killed: " + String.join("\n", output));

        // the store is busy: a second process is told why, and nothing is touched
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("query", "--store", store.toString(), "-e", "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, code, () -> "a query opened the store while the ingest (alive: " + first.isAlive() + ", "
                + done.get() + " files done) had it open; its output:\n" + String.join("\n", output));
        assertTrue(message.contains("in use by another process") && message.lines().count() == 1, message);

        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no last commit
        assertTrue(first.waitFor(1, TimeUnit.MINUTES));

        Map<Node, Graph> survived = graphs(store);
        assertTrue(!survived.isEmpty() && survived.size() < 1500, "killed after " + done.get() + " files: " + survived.size() + " articles");
        System.out.printf("kill test: killed after %d files were read, %d whole articles in the store%n", done.get(), survived.size());
        assertWholeArticles(survived);

        List<String> lines = new CopyOnWriteArrayList<>();
        Process second = ingest(store, corpus, "--batch", "10");
        follow(second, lines);
        assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the re-run did not finish");
        assertEquals(0, second.exitValue(), String.join("\n", lines));
        Matcher summary = lines.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst().orElseThrow();
        int written = Integer.parseInt(summary.group(2));
        int unchanged = Integer.parseInt(summary.group(3));
        assertEquals(survived.size(), unchanged, "what the killed run stored is not read again");

        try (Store s = Store.open(store)) {
            Map<String, Integer> perSource = new HashMap<>();
            Txn.executeRead(s.dataset(), () -> s.dataset().find(Node.ANY, Node.ANY, GX.sourcePath, Node.ANY)
                    .forEachRemaining(q -> perSource.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum)));
            assertEquals(written + unchanged, s.articleGraphs().size());
            assertEquals(s.articleGraphs().size(), perSource.size());
            assertTrue(perSource.values().stream().allMatch(n -> n == 1), "an article is stored twice");
        }
    }

    /**
     * A first load into an empty store is one bulk load, all or nothing: killed, it leaves an
     * empty store that opens, and the next run loads everything.
     */
    @Test
    void killedBulkLoadLeavesAnEmptyStoreAndARerunLoadsEverything() throws Exception {
        Path corpus = sample(tmp.resolve("corpus"), 600);
        Path store = tmp.resolve("bulk-store");
        List<String> output = new CopyOnWriteArrayList<>();
        Process first = ingest(store, corpus);
        AtomicInteger done = follow(first, output);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (done.get() == 0 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), () -> "the load ended before it could be killed: " + String.join("\n", output));
        first.destroyForcibly();
        assertTrue(first.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, graphs(store).size(), "a killed bulk load leaves no article behind");

        List<String> lines = new CopyOnWriteArrayList<>();
        Process second = ingest(store, corpus);
        follow(second, lines);
        assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the re-run did not finish");
        assertEquals(0, second.exitValue(), String.join("\n", lines));
        Matcher summary = lines.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst().orElseThrow();
        try (Store s = Store.open(store)) {
            assertEquals(Integer.parseInt(summary.group(2)), s.articleGraphs().size());
            assertTrue(s.articleGraphs().size() > 500, "the re-run loads the sample: " + s.articleGraphs().size());
        }
    }

    /** Every graph left by the killed run is exactly the graph a clean run makes of its file. */
    private static void assertWholeArticles(Map<Node, Graph> survived) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Graph g : survived.values()) {
            g.find(Node.ANY, GX.sourcePath, Node.ANY).forEachRemaining(t -> files.add(Path.of(t.getObject().getLiteralLexicalForm())));
        }
        assertEquals(survived.size(), files.size(), "every stored article names its file once");
        try (Store clean = Store.inMemory()) {
            new IngestRun(TestSupport.pipeline(), clean, IngestRun.Options.defaults()).run(files);
            Map<Node, Graph> expected = graphs(clean);
            for (Map.Entry<Node, Graph> e : survived.entrySet()) {
                Graph want = expected.get(e.getKey());
                assertTrue(want != null && want.isIsomorphicWith(e.getValue()),
                        () -> e.getKey() + " differs from a clean ingest of its file");
            }
        }
    }

    private static Map<Node, Graph> graphs(Path dir) {
        try (Store s = Store.open(dir)) {
            return graphs(s);
        }
    }

    private static Map<Node, Graph> graphs(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Map<Node, Graph> out = new HashMap<>();
            for (Node g : s.articleGraphs()) {
                Graph copy = GraphFactory.createDefaultGraph();
                s.dataset().getGraph(g).find().forEachRemaining(copy::add);
                out.put(g, copy);
            }
            return out;
        });
    }

    /** A fixed sample of the bulk corpus, copied so that the run has a folder of its own. */
    private static Path sample(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> all;
        try (Stream<Path> s = Files.walk(TestSupport.corpus("bulk"))) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        }
        int step = Math.max(1, all.size() / n);
        for (int i = 0; i < all.size() && i / step < n; i += step) {
            Path f = all.get(i);
            Path to = dir.resolve(f.getParent().getFileName().toString().replace(':', '_'));
            Files.createDirectories(to);
            Files.copy(f, to.resolve(f.getFileName()));
        }
        return dir;
    }

    /** {@code guanxi ingest} in a process of its own ({@code --batch 10}: small transactions, so that many commit). */
    private static Process ingest(Path store, Path corpus, String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.guanxi.cli.Main", "ingest", "--data", "ontology", "--store", store.toString()));
        command.addAll(List.of(options));
        command.add(corpus.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output on a thread of its own; returns the files-done count of its progress lines. */
    private static AtomicInteger follow(Process p, List<String> lines) {
        AtomicInteger done = new AtomicInteger();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    Matcher m = PROGRESS.matcher(line);
                    if (m.find()) {
                        done.set(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "ingest-output");
        t.setDaemon(true);
        t.start();
        return done;
    }
}
