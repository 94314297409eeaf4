package org.guanxi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.NodeFactory;
import org.guanxi.query.Explainer;
import org.guanxi.rdf.Prefixes;
import org.guanxi.store.Store;

/** {@code guanxi explain [--store DIR] IRI} */
final class ExplainCommand implements Command {
    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String summary() {
        return "say why a fact (or entity) is in the graph: its sentences, rules and confidence";
    }

    @Override
    public String arguments() {
        return "[--store DIR] IRI";
    }

    @Override
    public Options options() {
        return CommonOptions.withStore(CommonOptions.base());
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("give one IRI, e.g. https://w3id.org/guanxi/id/meeting/... or gxid:meeting/...");
        }
        String arg = line.getArgList().get(0).replaceAll("^<|>$", "");
        int colon = arg.indexOf(':');
        if (colon > 0 && Prefixes.ALL.containsKey(arg.substring(0, colon))) {
            arg = Prefixes.ALL.get(arg.substring(0, colon)) + arg.substring(colon + 1);
        }
        Path store = CommonOptions.store(line);
        if (!Files.isDirectory(store)) {
            throw new UsageException("no store at " + store + " (run guanxi ingest first, or give --store)");
        }
        try (Store s = Store.open(store)) {
            String text = new Explainer(s.dataset()).explain(NodeFactory.createURI(arg));
            if (text == null) {
                ctx.err().println("guanxi explain: the store says nothing about " + arg);
                return 1;
            }
            ctx.out().print(text);
        }
        return 0;
    }
}
