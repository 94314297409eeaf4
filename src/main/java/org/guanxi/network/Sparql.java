package org.guanxi.network;

import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.guanxi.query.QueryRunner;

/**
 * SELECT queries over the union of the article graphs, row by row, as {@code guanxi query} sees
 * the store. The caller holds the read transaction.
 */
final class Sparql {
    private final DatasetGraph dsg;

    Sparql(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    void select(String sparql, Map<String, Node> params, Consumer<Binding> row) {
        QueryRunner.forEachRow(dsg, sparql, params, row);
    }

    /** The variable's IRI or lexical form, or "" when unbound. */
    static String text(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        if (n == null) {
            return "";
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The local name of a term such as gx:Held, or "" when unbound. */
    static String local(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n == null || !n.isURI() ? "" : n.getLocalName();
    }

    /** The language tag of a literal, or "". */
    static String lang(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n != null && n.isLiteral() ? n.getLiteralLanguage() : "";
    }
}
