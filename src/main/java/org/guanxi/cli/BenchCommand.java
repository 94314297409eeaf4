package org.guanxi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.guanxi.pipeline.Benchmark;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.pipeline.Pipeline;

/** {@code guanxi bench [--store DIR] [--threads N] PATH...} */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure an ingest (speed, memory, re-ingest) against the floor of reading, parsing and segmenting the same files";
    }

    @Override
    public String arguments() {
        return "[--store DIR] [--threads N] PATH...";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withData(CommonOptions.base());
        o.addOption(Option.builder().longOpt("store").hasArg().argName("DIR")
                .desc("where to write the benchmark's store (must not exist; default: a new folder under output/bench/)").get());
        o.addOption(Option.builder().longOpt("threads").hasArg().argName("N").desc("threads (default: one per core)").get());
        o.addOption(Option.builder().longOpt("batch").hasArg().argName("N").desc("articles per write transaction (default as ingest)").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        List<Path> paths = line.getArgList().stream().map(Path::of).toList();
        if (paths.isEmpty()) {
            throw new UsageException("give the files or folders to measure");
        }
        int threads = Args.positiveInt(line, "threads", Runtime.getRuntime().availableProcessors());
        Path store = line.hasOption("store") ? Path.of(line.getOptionValue("store"))
                : Path.of("output", "bench", "store-" + System.currentTimeMillis());
        Files.createDirectories(store.toAbsolutePath().getParent());
        var data = CommonOptions.data(line);
        int batch = Args.positiveInt(line, "batch", IngestRun.Options.defaults().batchArticles());
        Benchmark.Figures f = Benchmark.run(() -> new Pipeline(data, Pipeline.DEFAULT_THRESHOLD), paths, store, threads, batch, ctx.err());
        f.print(ctx.out());
        return 0;
    }
}
