package org.guanxi.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.guanxi.rdf.GX;

/**
 * Why something is in the graph, in words: for a fact, the article, what the fact says, and each
 * sentence it was read from with the rule, the matched characters and the confidence; for an
 * entity, its names and the facts it takes part in.
 */
public final class Explainer {
    private final DatasetGraph dsg;

    public Explainer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The explanation, or null when the store says nothing about {@code iri}. */
    public String explain(Node iri) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> about = list(Node.ANY, iri, Node.ANY, Node.ANY);
            if (about.isEmpty()) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            b.append(iri.getURI()).append('\n');
            List<Node> types = about.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())).map(Quad::getObject).distinct().toList();
            b.append("  a ").append(String.join(", ", types.stream().map(Explainer::local).toList())).append('\n');
            if (types.isEmpty() || types.contains(GX.Person) || types.contains(GX.Place) || types.contains(GX.Organization)) {
                entity(b, iri, about);
            } else {
                fact(b, iri, about);
            }
            return b.toString();
        });
    }

    private void fact(StringBuilder b, Node iri, List<Quad> about) {
        Node graph = about.get(0).getGraph();
        b.append("  in article ").append(articleLine(graph)).append('\n');
        List<Node> evidence = new ArrayList<>();
        for (Quad q : about) {
            Node p = q.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(GX.evidence) || p.equals(GX.article)) {
                continue;
            }
            if (p.equals(GX.support)) {
                evidence.add(q.getObject());
                continue;
            }
            b.append("  ").append(local(p)).append(": ").append(show(q.getObject())).append('\n');
        }
        evidence.sort(Comparator.comparing(Node::getURI));
        b.append("  because:\n");
        String only = evidence.size() == 1 ? value(iri, GX.evidence) : null;
        for (Node e : evidence) {
            String rule = value(e, GX.rule);
            String text = only != null ? only : value(e, GX.text);
            b.append("    rule ").append(rule).append(", confidence ").append(value(e, GX.confidence))
                    .append(", sentence ").append(value(e, GX.sentenceIndex))
                    .append(", characters ").append(value(e, GX.startOffset)).append('-').append(value(e, GX.endOffset)).append(":\n")
                    .append("      ").append(text).append('\n');
        }
    }

    private void entity(StringBuilder b, Node iri, List<Quad> about) {
        List<String> labels = about.stream()
                .filter(q -> q.getPredicate().equals(RDFS.label.asNode()) || q.getPredicate().getURI().endsWith("altLabel"))
                .map(q -> q.getObject().getLiteralLexicalForm()).distinct().toList();
        b.append("  names: ").append(String.join(", ", labels)).append('\n');
        for (Quad q : about) {
            if (q.getGraph().equals(GX.ENTITIES_GRAPH) && !q.getPredicate().equals(RDF.type.asNode())
                    && !q.getPredicate().equals(RDFS.label.asNode()) && !q.getPredicate().getURI().endsWith("Label")
                    && !q.getPredicate().equals(GX.position)) {
                b.append("  ").append(local(q.getPredicate())).append(": ").append(show(q.getObject())).append('\n');
            }
        }
        int articles = list(Node.ANY, Node.ANY, GX.mentions, iri).size();
        b.append("  mentioned in ").append(articles).append(" article(s)\n");
        for (Node role : List.of(GX.participant, GX.speaker, GX.visitor, GX.destination)) {
            List<Quad> facts = list(Node.ANY, Node.ANY, role, iri);
            if (!facts.isEmpty()) {
                b.append("  ").append(local(role)).append(" of ").append(facts.size()).append(": ");
                b.append(String.join(" ", facts.stream().limit(10).map(q -> q.getSubject().getURI()).toList()));
                b.append(facts.size() > 10 ? " ..." : "").append('\n');
            }
        }
    }

    private String articleLine(Node graph) {
        return graph.getURI() + " (" + value(graph, GX.sourceFile) + ", “" + value(graph, DCTerms.title.asNode()) + "”, "
                + value(graph, GX.published) + ")";
    }

    private String show(Node o) {
        if (o.isLiteral()) {
            return o.getLiteralLexicalForm();
        }
        if (o.isURI() && o.getURI().startsWith(GX.NS)) {
            return local(o);
        }
        String label = value(o, RDFS.label.asNode());
        return label.isEmpty() ? "<" + o.getURI() + ">" : label + " <" + o.getURI() + ">";
    }

    private String value(Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        if (!it.hasNext()) {
            return "";
        }
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }

    private List<Quad> list(Node g, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        dsg.find(g, s, p, o).forEachRemaining(out::add);
        return out;
    }

    private static String local(Node n) {
        String u = n.getURI();
        int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return u.startsWith(GX.NS) ? "gx:" + u.substring(GX.NS.length()) : u.substring(i + 1);
    }
}
