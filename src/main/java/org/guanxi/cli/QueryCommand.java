package org.guanxi.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.guanxi.query.QueryRunner;
import org.guanxi.store.Store;

/** {@code guanxi query [--store DIR] (FILE.rq | -e SPARQL) [--format table|csv|tsv|json] [--param NAME=VALUE]...} */
final class QueryCommand implements Command {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run a SPARQL query (a file, or -e TEXT) over the store";
    }

    @Override
    public String arguments() {
        return "[--store DIR] (FILE.rq | -e SPARQL) [--format table|csv|tsv|json] [--param NAME=VALUE]...";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withStore(CommonOptions.base());
        o.addOption(Option.builder("e").longOpt("expr").hasArg().argName("SPARQL").desc("the query text").get());
        o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FMT").desc("table (default), csv, tsv or json").get());
        o.addOption(Option.builder("p").longOpt("param").hasArgs().argName("NAME=VALUE")
                .desc("bind ?NAME to VALUE (a string, or <IRI>); repeatable").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        String sparql;
        if (line.hasOption("expr")) {
            if (!line.getArgList().isEmpty()) {
                throw new UsageException("give either a query file or -e, not both");
            }
            sparql = line.getOptionValue("expr");
        } else if (line.getArgList().size() == 1) {
            Path f = Path.of(line.getArgList().get(0));
            if (!Files.isRegularFile(f)) {
                throw new UsageException("no such query file: " + f);
            }
            sparql = Files.readString(f, StandardCharsets.UTF_8);
        } else {
            throw new UsageException("give one query file, or the query with -e");
        }
        QueryRunner.Format format;
        try {
            format = QueryRunner.format(line.getOptionValue("format", "table"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Node> params = params(line);
        Path store = CommonOptions.store(line);
        if (!Files.isDirectory(store)) {
            throw new UsageException("no store at " + store + " (run guanxi ingest first, or give --store)");
        }
        try (Store s = Store.open(store)) {
            QueryRunner.run(s.dataset(), sparql, params, format, ctx.out());
        }
        return 0;
    }

    static Map<String, Node> params(CommandLine line) throws UsageException {
        Map<String, Node> out = new LinkedHashMap<>();
        String[] values = line.getOptionValues("param");
        if (values == null) {
            return out;
        }
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param takes NAME=VALUE, not '" + v + "'");
            }
            String name = v.substring(0, eq).strip().replaceFirst("^[?$]", "");
            String value = v.substring(eq + 1);
            out.put(name, value.startsWith("<") && value.endsWith(">")
                    ? NodeFactory.createURI(value.substring(1, value.length() - 1))
                    : NodeFactory.createLiteralString(value));
        }
        return out;
    }
}
