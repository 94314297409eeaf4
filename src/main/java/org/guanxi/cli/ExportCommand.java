package org.guanxi.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.guanxi.export.Exporter;
import org.guanxi.rdf.Iris;
import org.guanxi.store.Store;

/** {@code guanxi export [--store DIR] --format FMT [--article FILE | --graph IRI] [--out FILE]} */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the store (or one article's graph) as RDF";
    }

    @Override
    public String arguments() {
        return "[--store DIR] --format nquads|trig|turtle|jsonld|rdfxml [--article FILE | --graph IRI] [--out FILE]";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withStore(CommonOptions.base());
        o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
                .desc("nquads or trig (one named graph per article); turtle, jsonld or rdfxml (all graphs merged)").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE").desc("write here instead of standard output").get());
        o.addOption(Option.builder().longOpt("article").hasArg().argName("FILE").desc("only the graph of the article read from FILE").get());
        o.addOption(Option.builder().longOpt("graph").hasArg().argName("IRI").desc("only this named graph").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.hasOption("format")) {
            throw new UsageException("--format is required");
        }
        Exporter.Format format;
        try {
            format = Exporter.Format.of(line.getOptionValue("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (line.hasOption("article") && line.hasOption("graph")) {
            throw new UsageException("give --article or --graph, not both");
        }
        Node graph = null;
        if (line.hasOption("article")) {
            graph = Iris.article(Path.of(line.getOptionValue("article")).toAbsolutePath().normalize().toString());
        } else if (line.hasOption("graph")) {
            graph = NodeFactory.createURI(line.getOptionValue("graph"));
        }
        Path store = CommonOptions.store(line);
        if (!Files.isDirectory(store)) {
            throw new UsageException("no store at " + store + " (run guanxi ingest first, or give --store)");
        }
        try (Store s = Store.open(store)) {
            if (graph != null && !s.articleGraphs().contains(graph)) {
                throw new IllegalArgumentException("the store holds no graph " + graph.getURI()
                        + (line.hasOption("article") ? " (was " + line.getOptionValue("article") + " ingested from this path?)" : ""));
            }
            if (line.hasOption("out")) {
                write(s, format, graph, Path.of(line.getOptionValue("out")));
            } else {
                Exporter.export(s.dataset(), format, graph, ctx.out());
                ctx.out().flush();
            }
        }
        return 0;
    }

    static void write(Store s, Exporter.Format format, Node graph, Path out) throws java.io.IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Exporter.export(s.dataset(), format, graph, os);
        }
    }

    /** The export format a file name asks for by its extension. */
    static Exporter.Format formatOf(Path file) throws UsageException {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".nq") || n.endsWith(".nquads")) {
            return Exporter.Format.NQUADS;
        } else if (n.endsWith(".trig")) {
            return Exporter.Format.TRIG;
        } else if (n.endsWith(".ttl")) {
            return Exporter.Format.TURTLE;
        } else if (n.endsWith(".jsonld") || n.endsWith(".json")) {
            return Exporter.Format.JSONLD;
        } else if (n.endsWith(".rdf") || n.endsWith(".xml") || n.endsWith(".owl")) {
            return Exporter.Format.RDFXML;
        }
        throw new UsageException("cannot tell the export format of " + file + " (use .nq, .trig, .ttl, .jsonld or .rdf)");
    }
}
