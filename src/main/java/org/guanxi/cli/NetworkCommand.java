package org.guanxi.cli;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.guanxi.network.DateSpan;
import org.guanxi.network.Network;
import org.guanxi.network.NetworkFilter;
import org.guanxi.network.NetworkFormat;
import org.guanxi.network.NetworkReader;
import org.guanxi.network.NetworkWriter;
import org.guanxi.store.Store;

/** {@code guanxi network [--store DIR] --format FMT --out FILE [--from DATE] [--to DATE] [--person NAME] [--status S] [--mode M]} */
final class NetworkCommand implements Command {
    @Override
    public String name() {
        return "network";
    }

    @Override
    public String summary() {
        return "write the network of meetings as an HTML page, or for Gephi (GraphML, GEXF), Graphviz (DOT) or as CSV";
    }

    @Override
    public String arguments() {
        return "[--store DIR] --format html|graphml|gexf|dot|csv --out FILE [--from DATE] [--to DATE] [--person NAME]"
                + " [--status held|planned|cancelled|all] [--mode inperson,video,phone]";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withStore(CommonOptions.base());
        o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
                .desc("html (one page that works offline), graphml or gexf (Gephi), dot (Graphviz) or csv (edge list)").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE").desc("the file to write").get());
        o.addOption(Option.builder().longOpt("from").hasArg().argName("DATE")
                .desc("only meetings dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated meetings are left out").get());
        o.addOption(Option.builder().longOpt("to").hasArg().argName("DATE")
                .desc("only meetings dated on or before DATE (the end of the year or month when given so)").get());
        o.addOption(Option.builder().longOpt("person").hasArg().argName("NAME")
                .desc("only this person's ego network: a Chinese or English name, an alias, or the IRI").get());
        o.addOption(Option.builder().longOpt("status").hasArg().argName("S")
                .desc("held (default), planned, cancelled or all").get());
        o.addOption(Option.builder().longOpt("mode").hasArg().argName("M")
                .desc("only meetings of these modes: inperson, video, phone (comma-separated; default all, unknown included)").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        if (!line.hasOption("format") || !line.hasOption("out")) {
            throw new UsageException("--format and --out are required");
        }
        NetworkFormat format;
        NetworkFilter filter;
        try {
            format = NetworkFormat.of(line.getOptionValue("format"));
            filter = filter(line);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path store = CommonOptions.store(line);
        if (!Files.isDirectory(store)) {
            throw new UsageException("no store at " + store + " (run guanxi ingest first, or give --store)");
        }
        Path out = Path.of(line.getOptionValue("out"));
        Network n;
        try (Store s = Store.open(store)) {
            n = new NetworkReader(s.dataset()).read(filter);
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            NetworkWriter.write(n, format, w);
        }
        ctx.out().printf("network: %d people, %d ties (%s) -> %s%n",
                n.graph().vertexSet().size(), n.graph().edgeSet().size(), filter.describe(), out);
        return 0;
    }

    private static NetworkFilter filter(CommandLine line) {
        NetworkFilter f = NetworkFilter.defaults()
                .withDates(date(line, "from"), date(line, "to"))
                .withPerson(line.getOptionValue("person"));
        if (line.hasOption("status")) {
            f = f.withStatuses(NetworkFilter.statuses(line.getOptionValue("status")));
        }
        if (line.hasOption("mode")) {
            f = f.withModes(NetworkFilter.modes(line.getOptionValue("mode")));
        }
        return f;
    }

    private static DateSpan date(CommandLine line, String opt) {
        try {
            return line.hasOption(opt) ? DateSpan.parse(line.getOptionValue(opt)) : null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + opt + ": " + e.getMessage(), e);
        }
    }
}
