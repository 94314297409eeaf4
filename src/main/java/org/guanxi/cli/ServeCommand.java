package org.guanxi.cli;

import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.guanxi.serve.ServeOptions;
import org.guanxi.serve.SparqlServer;
import org.guanxi.store.Store;

/** {@code guanxi serve [--store DIR] [--port 3030] [--host 127.0.0.1] [--timeout SECONDS]} */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve the store as a read-only SPARQL endpoint over HTTP, until Ctrl-C";
    }

    @Override
    public String arguments() {
        return "[--store DIR] [--port PORT] [--host HOST] [--timeout SECONDS]";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withStore(CommonOptions.base());
        o.addOption(Option.builder().longOpt("port").hasArg().argName("PORT")
                .desc("the port to listen on (default " + ServeOptions.DEFAULT_PORT + "; 0 picks a free one)").get());
        o.addOption(Option.builder().longOpt("host").hasArg().argName("HOST")
                .desc("the address to listen on (default " + ServeOptions.DEFAULT_HOST
                        + ", this machine only; 0.0.0.0 for every interface)").get());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                .desc("cut off a query after this many seconds (default " + ServeOptions.DEFAULT_TIMEOUT.toSeconds() + ")").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("serve takes no arguments besides its options, not '" + line.getArgList().get(0) + "'");
        }
        ServeOptions options;
        try {
            options = new ServeOptions(line.getOptionValue("host", ServeOptions.DEFAULT_HOST),
                    Args.intInRange(line, "port", ServeOptions.DEFAULT_PORT, 0, 65_535),
                    Duration.ofSeconds(Args.positiveInt(line, "timeout", (int) ServeOptions.DEFAULT_TIMEOUT.toSeconds())));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = CommonOptions.store(line);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no store at " + dir + " (run guanxi ingest first, or give --store)");
        }
        Store store = Store.open(dir);
        SparqlServer server;
        try {
            server = SparqlServer.start(store.dataset(), options);
        } catch (RuntimeException e) {
            store.close();
            Throwable cause = rootCause(e);
            String why = cause instanceof UnresolvedAddressException ? "no such host" : Main.oneLine(cause);
            throw new IllegalStateException("cannot serve on " + options.host() + ":" + options.port() + ": " + why, e);
        }
        Shutdown shutdown = new Shutdown(server, store, ctx);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "guanxi-serve-shutdown"));
        ctx.out().println("guanxi serve: store " + dir + ", read-only, queries cut off after " + options.timeout().toSeconds() + " s");
        ctx.out().println("SPARQL endpoint: " + server.sparqlUrl() + "   (a page on how to query it: " + server.baseUrl() + "/)");
        ctx.out().println("try:  curl -H 'Accept: text/csv' --data-urlencode query@queries/who-met-whom.rq " + server.sparqlUrl());
        ctx.out().println("Ctrl-C stops the server.");
        ctx.out().flush();
        server.join();
        shutdown.run();
        return 0;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Stops the server, then closes the store, once: from the Ctrl-C hook or when the server ends. */
    private static final class Shutdown {
        private final SparqlServer server;
        private final Store store;
        private final Context ctx;
        private boolean done;

        Shutdown(SparqlServer server, Store store, Context ctx) {
            this.server = server;
            this.store = store;
            this.ctx = ctx;
        }

        synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            try {
                server.close();
            } finally {
                store.close();
            }
            ctx.err().println("guanxi serve: stopped; store closed");
            ctx.err().flush();
        }
    }
}
