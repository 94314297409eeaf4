package org.guanxi.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Extraction;
import org.guanxi.ingest.PageReader;
import org.guanxi.rdf.GraphBuilder;
import org.guanxi.rdf.GraphBuilder.ArticleGraph;
import org.guanxi.rdf.Iris;
import org.guanxi.store.Store;

/**
 * Ingests files and folders into a store. Files are read and extracted on every core; one writer
 * (the calling thread) writes whole articles in batched transactions. Unchanged files (same path,
 * same bytes) are skipped; a file that cannot be read or fails in extraction is skipped with a
 * reason and the run goes on. Memory stays bounded: only a few files per thread are in flight.
 */
public final class IngestRun {
    /**
     * @param threads       extraction threads
     * @param batchArticles articles per write transaction
     * @param force         re-extract unchanged files too
     * @param progress      where progress lines go (null: none)
     * @param terminal      progress redraws one line (a terminal) or prints a line every few seconds
     * @param bulkFirstLoad a load into an empty store goes through TDB2's bulk loader, in one
     *                      transaction (faster, and the store needs no compaction; all or nothing)
     */
    public record Options(int threads, int batchArticles, boolean force, PrintStream progress, boolean terminal,
                          boolean bulkFirstLoad) {
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, false, null, false, false);
        }
    }

    /** Articles per write transaction: TDB2 copies the index blocks a transaction touches, so fewer, larger ones write less. */
    public static final int DEFAULT_BATCH = 2000;
    private static final int MIN_BATCH = 200;
    /**
     * Articles handed to the writer at a time in a bulk load, which is one transaction whatever
     * the hand-offs: small ones keep little data alive between collections (2000 articles at a
     * time held ~100 MB that the collector copied and promoted again and again).
     */
    private static final int BULK_HANDOFF = 50;

    private final Supplier<Pipeline> pipelines;
    private final Store store;
    private final Options options;
    private final Extractor extractor;
    private Pipeline pipeline;
    private GraphBuilder builder;

    public IngestRun(Pipeline pipeline, Store store, Options options) {
        this(() -> pipeline, store, options);
    }

    /**
     * @param pipelines gives the pipeline when the first file needs reading (a run over
     *                  unchanged files never loads HanLP and the gazetteer)
     */
    public IngestRun(Supplier<Pipeline> pipelines, Store store, Options options) {
        this.pipelines = pipelines;
        this.store = store;
        this.options = options;
        this.extractor = (group, bytes) -> pipeline().processAll(group, bytes);
    }

    /** A run whose extraction goes through {@code extractor} (tests use it to make one article fail). */
    IngestRun(Pipeline pipeline, Store store, Options options, java.util.function.BiFunction<Path, byte[], Pipeline.Outcome> extractor) {
        this.pipelines = () -> pipeline;
        this.store = store;
        this.options = options;
        this.extractor = (group, bytes) -> {
            List<Pipeline.Outcome> out = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                try {
                    out.add(extractor.apply(group.get(i), bytes.get(i)));
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(Pipeline.failed(group.get(i), e));
                }
            }
            return out;
        };
    }

    /** Files a task takes through the stages together ({@link Pipeline#processAll}). */
    static final int GROUP = 8;

    /** Takes a group of read files to their outcomes, in order. */
    private interface Extractor {
        List<Pipeline.Outcome> apply(List<Path> files, List<byte[]> bytes);
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
            builder = new GraphBuilder(pipeline.gazetteer()::byId);
        }
        return pipeline;
    }

    private synchronized GraphBuilder builder() {
        pipeline();
        return builder;
    }

    /** What one file gave, as the writer receives it. */
    private sealed interface Result permits Built, Unchanged, Failed {
    }

    private record Built(Extraction extraction, ArticleGraph graph, long chars) implements Result {
    }

    private record Unchanged(Path file) implements Result {
    }

    private record Failed(String file, String reason) implements Result {
    }

    public IngestSummary run(List<Path> inputs) throws IOException {
        long started = System.nanoTime();
        FileList files = FileList.collect(inputs);
        IngestSummary.Builder summary = new IngestSummary.Builder(files.pages().size() + files.skipped().size());
        files.skipped().forEach(summary::skipped);
        Map<String, String> known = options.force() ? Map.of() : store.sourceHashes();
        Set<Node> described = new HashSet<>(store.describedEntities());
        Progress progress = new Progress(options.progress(), options.terminal(), files.pages().size());

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "guanxi-extract");
            t.setDaemon(true);
            return t;
        });
        CompletionService<List<Result>> done = new ExecutorCompletionService<>(pool);
        Map<Future<List<Result>>, List<Path>> submitted = new java.util.HashMap<>();
        boolean bulk = options.bulkFirstLoad() && !store.hasArticles();
        Writer writer = new Writer(store, bulk);
        List<ArticleGraph> batch = new ArrayList<>();
        List<Triple> entityTriples = new ArrayList<>();
        int inFlight = 0;
        int next = 0;
        // groups: one being extracted and one waiting per thread (a few dozen files in memory)
        int maxInFlight = Math.max(2, options.threads() * 2);
        try {
            while (next < files.pages().size() || inFlight > 0) {
                while (next < files.pages().size() && inFlight < maxInFlight) {
                    List<Path> group = files.pages().subList(next, Math.min(files.pages().size(), next + GROUP));
                    next += group.size();
                    submitted.put(done.submit(() -> extract(group, known)), group);
                    inFlight++;
                }
                List<Result> results = take(done, submitted);
                inFlight--;
                for (Result r : results) {
                    progress.step();
                    if (count(r, summary, batch, described, entityTriples)
                            && batch.size() >= (bulk ? BULK_HANDOFF : batchSize(files.pages().size() - next + inFlight * GROUP))) {
                        writer.write(batch, entityTriples);
                        batch = new ArrayList<>();
                        entityTriples = new ArrayList<>();
                    }
                }
            }
            long extracted = System.nanoTime();
            if (!batch.isEmpty() || !entityTriples.isEmpty()) {
                writer.write(batch, entityTriples);
            }
            writer.finish();
            summary.writing(writer.writing.get(), writer.waiting, System.nanoTime() - extracted);
            summary.bulk(bulk);
        } finally {
            writer.stop();
            pool.shutdownNow();
            progress.finish();
        }
        return summary.build(System.nanoTime() - started);
    }

    /** Counts one file's result in the summary; an article built joins the batch (true). */
    private boolean count(Result r, IngestSummary.Builder summary, List<ArticleGraph> batch, Set<Node> described, List<Triple> entityTriples) {
        if (r instanceof Unchanged) {
            summary.unchanged();
        } else if (r instanceof Failed f) {
            summary.skipped(f.file(), f.reason());
        } else if (r instanceof Built b) {
            summary.ingested(b.extraction(), b.graph().quads().size(), b.chars());
            batch.add(b.graph());
            describe(b.graph(), described, entityTriples);
            return true;
        }
        return false;
    }

    /**
     * Articles per transaction: large (few commits, fewer index blocks copied) but smaller towards
     * the end, so that the last write, which nothing runs beside, is short.
     */
    private int batchSize(int remaining) {
        return Math.max(Math.min(MIN_BATCH, options.batchArticles()), Math.min(options.batchArticles(), remaining / 3));
    }

    /**
     * The one writer: batches go to the store on their own thread, so that extraction goes on
     * while a batch is written; at most one batch waits.
     */
    private static final class Writer {
        /** Batches written or waiting at once: one being written, one queued. */
        private static final int MAX_QUEUED = 2;
        private final Store store;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "guanxi-write");
            t.setDaemon(true);
            return t;
        });
        /** Batches handed to the writer and not yet written, oldest first. */
        private final java.util.ArrayDeque<Future<?>> pending = new java.util.ArrayDeque<>();
        /** Time spent writing, and time the run waited for a write to finish. */
        private final java.util.concurrent.atomic.AtomicLong writing = new java.util.concurrent.atomic.AtomicLong();
        private long waiting;

        private final boolean bulkWanted;
        /** The bulk load, begun on the writer thread (TDB2 transactions belong to a thread). */
        private Store.BulkLoad bulk;

        Writer(Store store, boolean bulk) {
            this.store = store;
            this.bulkWanted = bulk;
        }

        /**
         * Queues a batch. One batch may wait while another is written, so that a slow commit
         * does not stop extraction; beyond that the run waits (memory stays bounded).
         */
        void write(List<ArticleGraph> batch, List<Triple> entityTriples) throws IOException {
            while (pending.size() >= MAX_QUEUED) {
                await(pending.peekFirst());
                pending.removeFirst();
            }
            pending.addLast(thread.submit(() -> {
                long t0 = System.nanoTime();
                if (bulkWanted && bulk == null) {
                    bulk = store.bulkLoad();
                }
                if (bulk != null) {
                    bulk.add(batch, entityTriples);
                } else {
                    store.write(batch, entityTriples);
                }
                writing.addAndGet(System.nanoTime() - t0);
            }));
        }

        /** Waits for every queued batch; a failed write fails the run (nothing half-written is kept). */
        void finish() throws IOException {
            while (!pending.isEmpty()) {
                await(pending.peekFirst());
                pending.removeFirst();
            }
            if (bulkWanted) {
                long t0 = System.nanoTime();
                try {
                    thread.submit(() -> {
                        if (bulk != null) {
                            bulk.finish();
                            bulk = null;
                        }
                    }).get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IOException("cannot finish the bulk load: " + e.getMessage(), e);
                }
                writing.addAndGet(System.nanoTime() - t0);
            }
        }

        private void await(Future<?> f) throws IOException {
            long t0 = System.nanoTime();
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("ingest interrupted", e);
            } catch (ExecutionException e) {
                pending.clear();
                throw new IOException("cannot write to the store: " + e.getCause().getMessage(), e.getCause());
            } finally {
                waiting += System.nanoTime() - t0;
            }
        }

        /**
         * Drops the batches not yet begun and lets the one being written finish, so that the store
         * is never closed under a commit (a failed run keeps the batches it wrote whole).
         */
        void stop() {
            pending.forEach(f -> f.cancel(false));
            // a bulk load not finished is abandoned: its one transaction is rolled back
            thread.submit(() -> {
                if (bulk != null) {
                    bulk.abandon(new IllegalStateException("ingest stopped"));
                    bulk = null;
                }
            });
            thread.shutdown();
            try {
                thread.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads a group of files and extracts those that changed; each file's result, in order. */
    private List<Result> extract(List<Path> group, Map<String, String> known) {
        Result[] out = new Result[group.size()];
        List<Integer> changed = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Path file = group.get(i);
            try {
                byte[] b = Files.readAllBytes(file);
                // a file the store holds no article from needs no hash here (the reader takes one for the graph)
                String stored = known.get(file.toAbsolutePath().normalize().toString());
                if (stored != null && PageReader.contentHash(b).equals(stored)) {
                    out[i] = new Unchanged(file);
                } else {
                    changed.add(i);
                    files.add(file);
                    bytes.add(b);
                }
            } catch (IOException e) {
                out[i] = new Failed(file.toString(), "cannot read file: " + e.getMessage());
            }
        }
        if (!files.isEmpty()) {
            List<Pipeline.Outcome> outcomes = extractor.apply(files, bytes);
            for (int k = 0; k < files.size(); k++) {
                out[changed.get(k)] = built(files.get(k), outcomes.get(k), bytes.get(k).length);
            }
        }
        return List.of(out);
    }

    private Result built(Path file, Pipeline.Outcome o, long size) {
        if (o instanceof Pipeline.Skipped s) {
            return new Failed(file.toString(), s.reason());
        }
        try {
            Extraction x = ((Pipeline.Done) o).extraction();
            return new Built(x, builder().build(x), size);
        } catch (RuntimeException | StackOverflowError e) {
            // one bad page never stops the run
            return new Failed(file.toString(), Pipeline.failed(file, e).reason());
        }
    }

    private void describe(ArticleGraph g, Set<Node> described, List<Triple> out) {
        for (Entity e : g.curated()) {
            Node n = Iris.entity(e.id());
            if (described.add(n)) {
                out.addAll(GraphBuilder.describe(e, e.type() == EntityType.PERSON ? pipeline().gazetteer().positions(e.id()) : List.of()));
            }
        }
    }

    private static List<Result> take(CompletionService<List<Result>> done, Map<Future<List<Result>>, List<Path>> submitted) throws IOException {
        Future<List<Result>> f = null;
        try {
            f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            return submitted.get(f).stream().map(p -> (Result) new Failed(p.toString(), Pipeline.failed(p, e.getCause()).reason())).toList();
        } finally {
            submitted.remove(f);
        }
    }
}
