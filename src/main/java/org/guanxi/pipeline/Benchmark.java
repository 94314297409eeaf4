package org.guanxi.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.guanxi.store.Store;

/**
 * Speed and memory of an ingest, against a floor measured in the same run on the same files:
 * the unavoidable work alone (reading each file, parsing it with jsoup, HanLP segmentation with
 * recognition on, per sentence, on all cores), once before the ingest and once after it. Then the
 * ingest into a fresh store, and a second ingest of the unchanged files.
 */
public final class Benchmark {
    /** What a benchmark measured. Times in seconds, sizes in bytes. */
    public record Figures(int files, int articles, int skipped, long bytes, long chars, long quads, int threads,
                          double loadSeconds, double floorSeconds, double floorAfterSeconds, double extractionSeconds, double ingestSeconds, double ingestCpuPercent,
                          double reingestSeconds, double compactSeconds, long storeBytes, long compactedBytes,
                          long peakRssBytes, long peakAnonBytes, long peakFileBytes, double writeSeconds, double writeWaitSeconds, double tailSeconds, boolean bulkLoaded) {
        /**
         * The floor the ingest is set against: the mean of the floor measured before the ingest and after it. A
         * shared machine's speed drifts by a fifth between runs minutes apart; two measures around the ingest
         * keep its drift out of the ratio better than one before it.
         */
        public double floorMean() {
            return floorAfterSeconds > 0 ? (floorSeconds + floorAfterSeconds) / 2 : floorSeconds;
        }

        public double ratio() {
            return ingestSeconds / floorMean();
        }

        public void print(PrintStream out) {
            out.printf("bench: %d files (%.1f MB, %.1f M characters), %d threads%n", files, bytes / 1e6, chars / 1e6, threads);
            out.printf("  loading the pipeline (HanLP, gazetteer, rules): %.1f s%n", loadSeconds);
            out.printf("  floor (read + jsoup + HanLP segmentation, all cores): %.1f s before the ingest, %.1f s after it; mean %.1f s%n",
                    floorSeconds, floorAfterSeconds, floorMean());
            out.printf("  extraction alone (read, recognise, link, rules; no store), all cores: %.1f s (%.2f x floor)%n",
                    extractionSeconds, extractionSeconds / floorMean());
            out.printf("  ingest: %.1f s, %d articles written, %d skipped; %.0f articles/s, %.2f M characters/s, %.1f k quads/s; CPU %.0f%%%n",
                    ingestSeconds, articles, skipped, articles / ingestSeconds, chars / ingestSeconds / 1e6, quads / ingestSeconds / 1e3,
                    ingestCpuPercent);
            out.printf("  of which the writer (one thread, beside extraction%s): %.1f s writing, %.1f s waited for, %.1f s after the last extraction%n",
                    bulkLoaded ? "; TDB2's bulk loader" : "", writeSeconds, writeWaitSeconds, tailSeconds);
            out.printf("  floor ratio: %.2f (ingest time / mean floor time)%n", ratio());
            out.printf("  re-ingest of the unchanged files: %.2f s (%.1f%% of the first ingest)%n", reingestSeconds,
                    100 * reingestSeconds / ingestSeconds);
            if (bulkLoaded) {
                out.printf("  store: %.0f MB on disk (one bulk load into the empty store: compact as written)%n", storeBytes / 1e6);
            } else {
                out.printf("  store: %.0f MB on disk, %.0f MB after compaction (%.1f s)%n", storeBytes / 1e6, compactedBytes / 1e6, compactSeconds);
            }
            out.printf("  peak RSS: %.2f GB (the whole run); its parts at their peaks: %.2f GB the process's own memory (heap, code),"
                    + " %.2f GB mapped file pages (the store's indexes, which the kernel can drop)%n",
                    peakRssBytes / 1e9, peakAnonBytes / 1e9, peakFileBytes / 1e9);
        }
    }

    private Benchmark() {
    }

    /** Runs the benchmark over {@code inputs} into a new store at {@code storeDir} (which must not exist). */
    public static Figures run(Supplier<Pipeline> pipelines, List<Path> inputs, Path storeDir, int threads, int batch, PrintStream log)
            throws IOException, InterruptedException {
        if (Files.exists(storeDir) && Files.list(storeDir).findAny().isPresent()) {
            throw new IOException("the benchmark writes a new store; " + storeDir + " is not empty");
        }
        List<Path> files = FileList.collect(inputs).pages();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        try (MemoryWatch memory = new MemoryWatch()) {
            return run(pipelines, inputs, storeDir, threads, batch, log, files, bytes, memory);
        }
    }

    private static Figures run(Supplier<Pipeline> pipelines, List<Path> inputs, Path storeDir, int threads, int batch, PrintStream log,
                               List<Path> files, long bytes, MemoryWatch memory) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Pipeline pipeline = pipelines.get();
        double load = seconds(System.nanoTime() - t0);
        // the floor is measured warm (a first pass compiles HanLP's and jsoup's code), as an ingest of many files runs
        log.printf("bench: pipeline loaded in %.1f s; warming up (one pass of the floor's work)%n", load);
        floor(pipeline, files, threads);

        log.println("bench: floor (read + jsoup + HanLP segmentation) ...");
        long f0 = System.nanoTime();
        long chars = floor(pipeline, files, threads);
        double floor = seconds(System.nanoTime() - f0);

        // where the time above the floor goes: the whole extraction, without a store
        log.println("bench: extraction alone (no store) ...");
        long e0 = System.nanoTime();
        each(files, threads, group -> {
            List<Path> read = new ArrayList<>();
            List<byte[]> pages = new ArrayList<>();
            for (Path f : group) {
                try {
                    pages.add(Files.readAllBytes(f));
                    read.add(f);
                } catch (IOException e) {
                    // unreadable: the ingest skips it too
                }
            }
            pipeline.processAll(read, pages);
            return 0L;
        });
        double extraction = seconds(System.nanoTime() - e0);

        log.println("bench: ingest into " + storeDir + " ...");
        IngestRun.Options opts = new IngestRun.Options(threads, batch, false, null, false, true);
        long i0 = System.nanoTime();
        Duration cpu0 = cpu();
        IngestSummary first;
        double compact;
        long storeBytes;
        long compacted;
        try (Store store = Store.open(storeDir)) {
            first = new IngestRun(pipeline, store, opts).run(inputs);
        }
        double ingest = seconds(System.nanoTime() - i0);
        double cpuPercent = 100.0 * seconds(cpu().minus(cpu0).toNanos()) / ingest;
        storeBytes = size(storeDir);

        log.println("bench: floor again, after the ingest ...");
        long a0 = System.nanoTime();
        floor(pipeline, files, threads);
        double floorAfter = seconds(System.nanoTime() - a0);

        log.println("bench: re-ingest of the unchanged files ...");
        long r0 = System.nanoTime();
        try (Store store = Store.open(storeDir)) {
            IngestSummary again = new IngestRun(pipelines, store, opts).run(inputs);
            if (again.ingested() != 0) {
                throw new IllegalStateException("a re-ingest of unchanged files wrote " + again.ingested() + " articles");
            }
        }
        double reingest = seconds(System.nanoTime() - r0);

        // a bulk-loaded store has no replaced blocks: compaction would only rewrite it
        if (first.bulkLoaded()) {
            compact = 0;
            compacted = storeBytes;
        } else {
            long c0 = System.nanoTime();
            try (Store store = Store.open(storeDir)) {
                store.compact();
            }
            compact = seconds(System.nanoTime() - c0);
            compacted = size(storeDir);
        }
        return new Figures(files.size(), first.ingested(), first.skippedCount(), bytes, chars, first.quads(), threads, load, floor, floorAfter,
                extraction, ingest, cpuPercent, reingest, compact, storeBytes, compacted, peakRss(), memory.peakAnon(), memory.peakFile(), first.writeNanos() / 1e9,
                first.writeWaitNanos() / 1e9, first.tailNanos() / 1e9, first.bulkLoaded());
    }

    private static long floor(Pipeline pipeline, List<Path> files, int threads) throws InterruptedException {
        return each(files, threads, pipeline::floorWork);
    }

    /** Work a group of files may do for the benchmark: returns characters read. */
    private interface FileWork {
        long apply(List<Path> group) throws IOException;
    }

    /**
     * Runs {@code work} on every file on {@code threads} threads, in the groups an ingest takes
     * them in ({@link IngestRun#GROUP}); returns the characters counted.
     */
    private static long each(List<Path> files, int threads, FileWork work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong chars = new AtomicLong();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < files.size(); i += IngestRun.GROUP) {
                List<Path> group = files.subList(i, Math.min(files.size(), i + IngestRun.GROUP));
                done.add(pool.submit(() -> {
                    try {
                        chars.addAndGet(Math.max(0, work.apply(group)));
                    } catch (IOException | RuntimeException e) {
                        // the benchmark only measures; a bad file costs what it costs
                    }
                }));
            }
            for (Future<?> d : done) {
                try {
                    d.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return chars.get();
    }

    private static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The process's peak resident set size (VmHWM on Linux), or -1. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Bytes the store takes on disk: TDB2's memory-mapped files grow in sparse 8 MB steps, so their
     * lengths overstate it; {@code du} counts the blocks written (the lengths where there is no du).
     */
    private static long size(Path dir) throws IOException {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du here: the lengths below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
