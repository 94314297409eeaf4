package org.guanxi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.guanxi.export.Exporter;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.pipeline.IngestSummary;
import org.guanxi.pipeline.Pipeline;
import org.guanxi.store.Store;

/** {@code guanxi ingest [--store DIR] PATH...} */
final class IngestCommand implements Command {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "read news pages (files, or folders recursively) into the store";
    }

    /** Loads at least this large are followed by a compaction (unless --compact never). */
    static final int COMPACT_AFTER = 1000;

    @Override
    public String arguments() {
        return "[--store DIR] PATH...";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withData(CommonOptions.withStore(CommonOptions.base()));
        o.addOption(Option.builder().longOpt("threads").hasArg().argName("N").desc("extraction threads (default: one per core)").get());
        o.addOption(Option.builder().longOpt("batch").hasArg().argName("N")
                .desc("articles per write transaction (default " + IngestRun.DEFAULT_BATCH
                        + "); without it, a first load into an empty store is one bulk load").get());
        o.addOption(Option.builder().longOpt("force").desc("re-read files even when unchanged since the last ingest").get());
        o.addOption(Option.builder().longOpt("threshold").hasArg().argName("X")
                .desc("leave out facts less confident than X (0..1, default " + Pipeline.DEFAULT_THRESHOLD + ")").get());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no progress lines").get());
        o.addOption(Option.builder().longOpt("compact").hasArg().argName("WHEN")
                .desc("compact the store afterwards: auto (after " + COMPACT_AFTER + " or more articles written; default), always or never").get());
        o.addOption(Option.builder().longOpt("export").hasArg().argName("FILE")
                .desc("afterwards, export the whole store to FILE (format from its extension: .nq .trig .ttl .jsonld .rdf)").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        List<Path> paths = line.getArgList().stream().map(Path::of).toList();
        if (paths.isEmpty()) {
            throw new UsageException("give one or more files or folders to read");
        }
        int threads = Args.positiveInt(line, "threads", Runtime.getRuntime().availableProcessors());
        int batch = Args.positiveInt(line, "batch", IngestRun.DEFAULT_BATCH);
        double threshold = Args.fraction(line, "threshold", Pipeline.DEFAULT_THRESHOLD);
        var data = CommonOptions.data(line);
        IngestRun.Options opts = new IngestRun.Options(threads, batch, line.hasOption("force"),
                line.hasOption("quiet") ? null : ctx.err(), System.console() != null, !line.hasOption("batch"));
        Exporter.Format exportFormat = line.hasOption("export") ? ExportCommand.formatOf(Path.of(line.getOptionValue("export"))) : null;
        String compact = line.getOptionValue("compact", "auto");
        if (!List.of("auto", "always", "never").contains(compact)) {
            throw new UsageException("--compact takes auto, always or never, not '" + compact + "'");
        }
        IngestSummary s;
        try (Store store = Store.open(CommonOptions.store(line))) {
            s = new IngestRun(() -> new Pipeline(data, threshold), store, opts).run(paths);
            report(s, ctx);
            // a bulk load leaves no replaced blocks behind: nothing to compact
            if (compact.equals("always") || (compact.equals("auto") && s.ingested() >= COMPACT_AFTER && !s.bulkLoaded())) {
                compact(store, CommonOptions.store(line), ctx);
            }
            if (exportFormat != null) {
                Path out = Path.of(line.getOptionValue("export"));
                ExportCommand.write(store, exportFormat, null, out);
                ctx.out().println("exported the store to " + out);
            }
        }
        return 0;
    }

    /**
     * TDB2 writes a transaction's changed index blocks anew and keeps the old ones until the store
     * is compacted: after a large load about half the files are garbage.
     */
    private static void compact(Store store, Path dir, Context ctx) throws java.io.IOException {
        long before = size(dir);
        long t0 = System.nanoTime();
        store.compact();
        ctx.out().printf("compacted the store: %.0f MB -> %.0f MB (%.1f s)%n", before / 1e6, size(dir) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void report(IngestSummary s, Context ctx) {
        for (Map.Entry<String, List<String>> e : s.skipped().entrySet()) {
            for (String f : e.getValue()) {
                ctx.err().println("skipped " + f + ": " + e.getKey());
            }
        }
        ctx.out().printf("ingest: %d files: %d articles written, %d unchanged, %d skipped (%.1f s%s)%n",
                s.files(), s.ingested(), s.unchanged(),
                s.skippedCount(), s.elapsedNanos() / 1e9, s.bulkLoaded() ? ", one bulk load" : "");
        ctx.out().printf("  persons %d, meetings %d, statements %d, visits %d, quads %d%n",
                s.persons(), s.meetings(), s.statements(), s.visits(), s.quads());
        for (Map.Entry<String, List<String>> e : s.skipped().entrySet()) {
            ctx.out().printf("  skipped %d: %s%n", e.getValue().size(), e.getKey());
        }
    }
}
