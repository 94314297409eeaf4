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
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.OfficeTerm;
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
     */
    public record Options(int threads, int batchArticles, boolean force, PrintStream progress, boolean terminal) {
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 500, false, null, false);
        }
    }

    private final Pipeline pipeline;
    private final Store store;
    private final Options options;
    private final GraphBuilder builder;
    private final Function<String, List<OfficeTerm>> offices;

    public IngestRun(Pipeline pipeline, Store store, Options options) {
        this.pipeline = pipeline;
        this.store = store;
        this.options = options;
        this.builder = new GraphBuilder(pipeline.gazetteer()::byId);
        this.offices = pipeline.gazetteer()::positions;
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
        CompletionService<Result> done = new ExecutorCompletionService<>(pool);
        List<ArticleGraph> batch = new ArrayList<>();
        List<Triple> entityTriples = new ArrayList<>();
        int inFlight = 0;
        int next = 0;
        int maxInFlight = Math.max(4, options.threads() * 4);
        try {
            while (next < files.pages().size() || inFlight > 0) {
                while (next < files.pages().size() && inFlight < maxInFlight) {
                    Path f = files.pages().get(next++);
                    done.submit(() -> extract(f, known));
                    inFlight++;
                }
                Result r = take(done);
                inFlight--;
                progress.step();
                if (r instanceof Unchanged) {
                    summary.unchanged();
                } else if (r instanceof Failed f) {
                    summary.skipped(f.file(), f.reason());
                } else if (r instanceof Built b) {
                    summary.ingested(b.extraction(), b.graph().quads().size(), b.chars());
                    batch.add(b.graph());
                    describe(b.graph(), described, entityTriples);
                    if (batch.size() >= options.batchArticles()) {
                        store.write(batch, entityTriples);
                        batch.clear();
                        entityTriples.clear();
                    }
                }
            }
            if (!batch.isEmpty() || !entityTriples.isEmpty()) {
                store.write(batch, entityTriples);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return summary.build(System.nanoTime() - started);
    }

    private Result extract(Path file, Map<String, String> known) {
        String name = file.toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String path = file.toAbsolutePath().normalize().toString();
            if (PageReader.contentHash(bytes).equals(known.get(path))) {
                return new Unchanged(file);
            }
            Pipeline.Outcome o = pipeline.process(file, bytes);
            if (o instanceof Pipeline.Skipped s) {
                return new Failed(name, s.reason());
            }
            Extraction x = ((Pipeline.Done) o).extraction();
            return new Built(x, builder.build(x), bytes.length);
        } catch (IOException e) {
            return new Failed(name, "cannot read file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one bad page never stops the run
            return new Failed(name, "extraction failed: " + e);
        }
    }

    private void describe(ArticleGraph g, Set<Node> described, List<Triple> out) {
        for (Entity e : g.curated()) {
            Node n = Iris.entity(e.id());
            if (described.add(n)) {
                out.addAll(GraphBuilder.describe(e, e.type() == EntityType.PERSON ? offices.apply(e.id()) : List.of()));
            }
        }
    }

    private static Result take(CompletionService<Result> done) throws IOException {
        try {
            Future<Result> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            return new Failed("?", "extraction failed: " + e.getCause());
        }
    }
}
