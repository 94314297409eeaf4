package org.guanxi.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.guanxi.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's figures on the five seed articles: every stage measured, memory and store sizes read. */
class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void measuresEveryStageAndReadsMemoryAndStoreSizes() throws Exception {
        Benchmark.Figures f = Benchmark.run(TestSupport::pipeline, List.of(TestSupport.corpus("seeds")), dir.resolve("store"), 2, 100,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(5, f.files());
        assertEquals(5, f.articles());
        assertTrue(f.floorSeconds() > 0 && f.extractionSeconds() > 0 && f.ingestSeconds() > 0, f::toString);
        // the ratio's floor is the mean of the two measured around the ingest
        assertTrue(f.floorAfterSeconds() > 0, f::toString);
        assertEquals(f.ingestSeconds() / ((f.floorSeconds() + f.floorAfterSeconds()) / 2), f.ratio(), 1e-9);
        assertTrue(f.quads() > 100 && f.storeBytes() > 0, f::toString);
        assertTrue(f.bulkLoaded(), "a first load into an empty store is one bulk load");
        // Linux reports both parts of the resident memory; the heap is most of the process's own
        assertTrue(f.peakRssBytes() > 0 && f.peakAnonBytes() > 0 && f.peakFileBytes() >= 0, f::toString);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("floor ratio:") && printed.contains("peak RSS:") && printed.contains("on disk"), printed);
    }
}
