package org.guanxi.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A read-only SPARQL endpoint over a store's dataset: an embedded Fuseki serving the dataset
 * {@value #DATASET} with query endpoints ({@code sparql}, {@code query}) and a read-only Graph
 * Store Protocol ({@code data}, {@code get}), and nothing else: no update, upload, patch or admin
 * endpoint exists, so any attempt to write is answered 4xx. The store is not closed here.
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "guanxi";

    private final FusekiServer server;
    private final ServeOptions options;

    private SparqlServer(FusekiServer server, ServeOptions options) {
        this.server = server;
        this.options = options;
    }

    /** Starts serving {@code dsg}; fails (with Jetty's reason) when the port or host cannot be bound. */
    public static SparqlServer start(DatasetGraph dsg, ServeOptions options) {
        Context context = new Context();
        // queries see the union of the article graphs, as with guanxi query (TDB2 does the union in its indexes)
        context.set(TDB2.symUnionDefaultGraph, true);
        // Fuseki reads the timeout as milliseconds; a ?timeout= in a request may only shorten it
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        ActionService query = new PrefixedQuery();
        DataService.Builder service = DataService.newBuilder(dsg);
        for (String name : new String[] {"", "sparql", "query"}) {
            service.addEndpoint(endpoint(Operation.Query, name, context, query));
        }
        for (String name : new String[] {"", "data", "get"}) {
            service.addEndpoint(endpoint(Operation.GSP_R, name, context, null));
        }
        FusekiServer server = FusekiServer.create()
                // no auto-discovered modules (admin, UI, metrics): only what is listed here is served
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .add(DATASET, service)
                .addProcessor("", new HomePage())
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(options.host());
            }
        }
        server.start();
        return new SparqlServer(server, options);
    }

    private static Endpoint endpoint(Operation op, String name, Context context, ActionService processor) {
        Endpoint.Builder b = Endpoint.create().operation(op).endpointName(name).context(context);
        if (processor != null) {
            b.processor(processor);
        }
        return b.build();
    }

    /** The port listened on (the one picked, when the options asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The socket address actually bound. */
    public InetSocketAddress boundAddress() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector && connector.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    return (InetSocketAddress) channel.getLocalAddress();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("the server has no open connector");
    }

    /** {@code http://host:port}, with a wildcard host shown as 127.0.0.1 (which it answers too). */
    public String baseUrl() {
        String host = options.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    /** The query endpoint: {@code http://host:port/guanxi/sparql}. */
    public String sparqlUrl() {
        return baseUrl() + "/" + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (!server.getJettyServer().isStopped()) {
            server.stop();
        }
    }
}
