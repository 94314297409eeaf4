package org.guanxi.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.guanxi.config.DataSource;
import org.guanxi.export.Exporter;
import org.guanxi.rdf.Iris;
import org.guanxi.store.Store;

/**
 * {@code guanxi export [--store DIR] --format FMT [--article FILE | --graph IRI | --ontology] [--out FILE]}
 */
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
        return "[--store DIR] --format nquads|trig|turtle|jsonld|rdfxml [--article FILE | --graph IRI | --ontology] [--out FILE]";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withStore(CommonOptions.base());
        o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT")
                .desc("nquads or trig (one named graph per article); turtle, jsonld or rdfxml (all graphs merged)").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE").desc("write here instead of standard output").get());
        o.addOption(Option.builder().longOpt("article").hasArg().argName("FILE").desc("only the graph of the article read from FILE").get());
        o.addOption(Option.builder().longOpt("graph").hasArg().argName("IRI").desc("only this named graph").get());
        o.addOption(Option.builder().longOpt("ontology").desc("the ontology (ontology/guanxi.ttl) instead of the store").get());
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
        if ((line.hasOption("article") ? 1 : 0) + (line.hasOption("graph") ? 1 : 0) + (line.hasOption("ontology") ? 1 : 0) > 1) {
            throw new UsageException("give one of --article, --graph and --ontology");
        }
        if (line.hasOption("ontology")) {
            try (OutputStream os = output(line, ctx)) {
                exporter().exportOntology(format, os);
            }
            return 0;
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
            try (OutputStream os = output(line, ctx)) {
                exporter().export(s.dataset(), format, graph, os);
            }
        }
        return 0;
    }

    /** The --out file, or standard output (flushed, not closed, when done). */
    private static OutputStream output(CommandLine line, Context ctx) throws IOException {
        if (!line.hasOption("out")) {
            return new FilterOutputStream(ctx.out()) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return open(Path.of(line.getOptionValue("out")));
    }

    private static OutputStream open(Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    }

    static void write(Store s, Exporter.Format format, Node graph, Path out) throws IOException {
        try (OutputStream os = open(out)) {
            exporter().export(s.dataset(), format, graph, os);
        }
    }

    /** An exporter with the ontology packed into the jar (JSON-LD takes its context from it). */
    static Exporter exporter() throws IOException {
        try (InputStream in = DataSource.bundled().open("guanxi.ttl")) {
            Graph ontology = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
            return new Exporter(ontology);
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
