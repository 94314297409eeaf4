package org.guanxi.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.TestSupport;
import org.guanxi.export.Exporter;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.pipeline.IngestSummary;
import org.guanxi.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer of ../shared/eval as a regression floor: the seed articles against their gold, and
 * the project's annotated sets (eval/dev, eval/dev2 … eval/dev7) against theirs. Prints each table; fails
 * below the floors.
 */
class ScoreTest {
    /** Raise these as extraction improves; never lower them to make a change pass. */
    private static final double SEED_FLOOR = 0.95; // measured 0.991
    private static final double DEV_FLOOR = 0.92; // a regression floor a little under the measured 0.953 (96 articles)
    /** dev2 was annotated blind (first score 0.700); rules have been written from it since (measured 0.856). */
    private static final double DEV2_FLOOR = 0.82;
    /** dev3 was annotated blind (first score 0.722); general forms have been written from it since (measured 0.851). */
    private static final double DEV3_FLOOR = 0.82;
    /** dev4 was annotated blind (first score 0.831: 13 articles of relevant/, 30 of bulk/; measured 0.887 since). */
    private static final double DEV4_FLOOR = 0.86;
    /** dev5 was annotated blind (first score 0.805: 10 articles of relevant/, 34 of bulk/ from all thirteen outlets; measured 0.901 since). */
    private static final double DEV5_FLOOR = 0.87;
    /** dev6 was the blind check set for many rounds (40 articles of bulk/, 0.782–0.787 there) before it was opened for rule work (measured 0.865 since). */
    private static final double DEV6_FLOOR = 0.84;
    /** dev7 was annotated blind (first score 0.769: 14 articles of relevant/, 26 of bulk/, two per outlet); opened for analysis since (measured 0.779). */
    private static final double DEV7_FLOOR = 0.75;
    private static final Pattern SCORE = Pattern.compile("SCORE .* macro=([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void seeds() throws Exception {
        List<Path> files;
        try (var s = Files.list(TestSupport.corpus("seeds"))) {
            files = s.sorted().toList();
        }
        String table = score(files, TestSupport.SHARED.resolve("eval/gold/seeds.json"), TestSupport.SHARED.resolve("eval/gold/entities.json"));
        System.out.println("Seed articles against ../shared/eval/gold/seeds.json:\n" + table);
        assertTrue(macro(table) >= SEED_FLOOR, "seed macro F1 below " + SEED_FLOOR + ":\n" + table);
    }

    @Test
    void devSet() throws Exception {
        scoreSet("dev", DEV_FLOOR);
    }

    @Test
    void devSet2() throws Exception {
        scoreSet("dev2", DEV2_FLOOR);
    }

    @Test
    void devSet3() throws Exception {
        scoreSet("dev3", DEV3_FLOOR);
    }

    @Test
    void devSet4() throws Exception {
        scoreSet("dev4", DEV4_FLOOR);
    }

    @Test
    void devSet5() throws Exception {
        scoreSet("dev5", DEV5_FLOOR);
    }

    @Test
    void devSet6() throws Exception {
        scoreSet("dev6", DEV6_FLOOR);
    }

    @Test
    void devSet7() throws Exception {
        scoreSet("dev7", DEV7_FLOOR);
    }

    private void scoreSet(String name, double floor) throws Exception {
        Path set = Path.of("eval", name);
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(set.resolve("articles.txt"))) {
            if (!line.isBlank()) {
                files.add(TestSupport.corpus(line.strip()));
            }
        }
        String table = score(files, set.resolve("gold.json"), set.resolve("entities.json"));
        System.out.println("Set " + name + " (" + files.size() + " articles) against " + set.resolve("gold.json") + ":\n" + table);
        assertTrue(macro(table) >= floor, name + " macro F1 below " + floor + ":\n" + table);
    }

    /** Ingests the files into a fresh store, exports N-Quads, runs score.py; returns its table. */
    private String score(List<Path> files, Path gold, Path entities) throws IOException, InterruptedException {
        Path quads = dir.resolve("dump.nq");
        try (Store store = Store.inMemory()) {
            IngestSummary s = new IngestRun(TestSupport.pipeline(), store, IngestRun.Options.defaults()).run(files);
            assertEquals(files.size(), s.ingested(), () -> "skipped: " + s.skipped());
            try (OutputStream out = Files.newOutputStream(quads)) {
                TestSupport.exporter().export(store.dataset(), Exporter.Format.NQUADS, null, out);
            }
        }
        ProcessBuilder score = new ProcessBuilder("python3", TestSupport.SHARED.resolve("eval/score.py").toString(), "--quads", quads.toString(),
                "--gold", gold.toString(), "--entities", entities.toString()).redirectErrorStream(true);
        // score.py resolves a label two registry entries share (米勒, 约翰逊) by walking a Python set: a fixed hash
        // seed makes a set's score the same from run to run
        score.environment().put("PYTHONHASHSEED", "0");
        Process p = score.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static double macro(String table) {
        Matcher m = SCORE.matcher(table);
        assertTrue(m.find(), table);
        return Double.parseDouble(m.group(1));
    }
}
