package org.guanxi.query;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.guanxi.rdf.Prefixes;

/**
 * Runs a SPARQL query over a store. The default graph is the union of every article's graph, so
 * queries need no GRAPH clause unless they ask which article said what. Parameters are bound as
 * RDF terms (never pasted into the query text).
 */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {
    }

    /** Parses {@code sparql} with the project's prefixes declared, so queries may use gx:, rdfs: ... freely. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(Prefixes.sparqlHeader(sparql) + sparql);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    /** The query over the union of the article graphs, with {@code params} bound as terms. */
    private static QueryExec exec(DatasetGraph dsg, Query query, Map<String, Node> params) {
        QueryExecBuilder b = QueryExec.newBuilder().dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true);
        params.forEach(b::substitution);
        return b.build();
    }

    /** Runs a SELECT row by row, for code that reads the store; the caller holds the read transaction. */
    public static void forEachRow(DatasetGraph dsg, String sparql, Map<String, Node> params, Consumer<Binding> row) {
        try (QueryExec qe = exec(dsg, parse(sparql), params)) {
            qe.select().forEachRemaining(row);
        }
    }

    public static void run(DatasetGraph dsg, String sparql, Map<String, Node> params, Format format, PrintStream out) {
        Query query = parse(sparql);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionAdapter.adapt(exec(dsg, query, params))) {
                if (query.isSelectType()) {
                    select(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    out.println(qe.execAsk());
                } else if (query.isConstructType() || query.isDescribeType()) {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    Prefixes.apply(m);
                    RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
                } else {
                    throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here; the store is read-only to queries");
                }
            }
        });
        out.flush();
    }

    private static void select(ResultSet rs, Format format, PrintStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown result format '" + name + "' (table, csv, tsv or json)", e);
        }
    }
}
