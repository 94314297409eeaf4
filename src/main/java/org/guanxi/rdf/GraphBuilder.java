package org.guanxi.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.guanxi.doc.Article;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mode;
import org.guanxi.doc.OfficeTerm;
import org.guanxi.doc.PositionClaim;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;

/**
 * Records to RDF, as the graph contract says: one named graph per article holding the article,
 * what it mentions, its meetings, statements and visits with their evidence, and the shortcut
 * triples (metWith, stated, visited). Curated entities are described in full once, in the shared
 * entities graph; people found in text only are typed and labelled in the article's graph.
 */
public final class GraphBuilder {
    /** An article's quads and the curated entities it mentions. */
    public record ArticleGraph(Node graph, List<Quad> quads, List<Entity> curated) {
    }

    private final Function<String, Entity> entities;

    /** @param entities finds a curated entity by id (places named by facts but not mentioned) */
    public GraphBuilder(Function<String, Entity> entities) {
        this.entities = entities;
    }

    public ArticleGraph build(Extraction x) {
        Article a = x.article();
        Node g = Iris.article(a);
        Out out = new Out(g);
        out.add(g, RDF.type.asNode(), GX.Article);
        out.add(g, GX.sourceFile, lit(a.sourceFile()));
        out.add(g, GX.sourcePath, lit(a.sourcePath()));
        out.add(g, GX.contentHash, lit(a.contentHash()));
        if (a.title() != null) {
            out.add(g, DCTerms.title.asNode(), zh(a.title()));
        }
        if (a.published() != null) {
            out.add(g, GX.published, date(DateValue.of(a.published())));
        }
        if (a.url() != null) {
            out.add(g, DCTerms.source.asNode(), lit(a.url()));
        }
        if (a.outlet() != null) {
            out.add(g, GX.outlet, zh(a.outlet()));
        }
        if (a.charset() != null) {
            out.add(g, GX.charset, lit(a.charset()));
        }
        for (String b : a.bylines()) {
            out.add(g, GX.byline, lit(b));
        }
        List<Entity> curated = new ArrayList<>();
        for (Entity e : x.entities()) {
            Node n = Iris.entity(e.id());
            out.add(g, GX.mentions, n);
            if (e.curated()) {
                curated.add(e); // described once, in the entities graph
            } else {
                label(out, n, e);
            }
        }
        writtenForms(out, x);
        for (int i = 0; i < x.meetings().size(); i++) {
            meeting(out, Iris.fact(a, "meeting", i + 1), x.meetings().get(i), curated);
        }
        for (int i = 0; i < x.statements().size(); i++) {
            statement(out, Iris.fact(a, "statement", i + 1), x.statements().get(i));
        }
        for (int i = 0; i < x.visits().size(); i++) {
            visit(out, Iris.fact(a, "visit", i + 1), x.visits().get(i), curated);
        }
        for (int i = 0; i < x.positions().size(); i++) {
            position(out, Iris.fact(a, "position", i + 1), x.positions().get(i));
        }
        return new ArticleGraph(g, out.quads, curated);
    }

    /**
     * How the article writes a curated person when that is none of the gazetteer's names: a short form a
     * title made clear (塞内加尔总统萨勒 for 马基·萨勒). Kept in the article's
     * graph, so a search by the name an article uses finds the person, and the shared description stays
     * what the gazetteer says; a bare last name as {@code gx:writtenAs}, for it is no label of theirs alone.
     */
    private static void writtenForms(Out out, Extraction x) {
        java.util.Set<String> done = new java.util.HashSet<>();
        for (org.guanxi.doc.Mention m : x.mentions()) {
            Entity e = m.entity();
            String form = m.surface();
            if (!e.curated() || e.type() != EntityType.PERSON || form == null || form.length() < 2
                    || form.chars().noneMatch(c -> c >= 0x3400) || form.equals(e.labelZh()) || e.aliases().contains(form)
                    || !partOfAName(e, form) || !done.add(e.id() + "\t" + form)) {
                continue;
            }
            out.add(Iris.entity(e.id()), lastNameOnly(e, form) ? GX.writtenAs : SKOS.altLabel.asNode(), zh(form));
        }
    }

    /**
     * The bare last name of one of a person's dotted names (约翰逊 of 鲍里斯·约翰逊): the article's
     * way of writing them, not a label, for other people share it.
     */
    static boolean lastNameOnly(Entity e, String form) {
        if (e.type() != EntityType.PERSON || form.indexOf('·') >= 0) {
            return false;
        }
        String tail = "·" + form;
        return e.labelZh().endsWith(tail) || e.aliases().stream().anyMatch(a -> a.endsWith(tail));
    }

    /** A short form of one of the person's names (萨勒 of 马基·萨勒): a name that is not one is a misreading, not a name of theirs. */
    private static boolean partOfAName(Entity e, String form) {
        String f = undotted(form);
        return undotted(e.labelZh()).contains(f) || e.aliases().stream().anyMatch(a -> undotted(a).contains(f));
    }

    private static String undotted(String name) {
        return name.replaceAll("[·•‧・.\\s]", "");
    }

    /** Type and names of an entity found in text only, inside the article's graph. */
    private static void label(Out out, Node n, Entity e) {
        out.add(n, RDF.type.asNode(), type(e.type()));
        out.add(n, RDFS.label.asNode(), zh(e.labelZh()));
        if (e.labelEn() != null) {
            out.add(n, RDFS.label.asNode(), en(e.labelEn()));
        }
        for (String alias : e.aliases()) {
            out.add(n, lastNameOnly(e, alias) ? GX.writtenAs : SKOS.altLabel.asNode(), alias.chars().anyMatch(c -> c >= 0x3400) ? zh(alias) : en(alias));
        }
    }

    private void meeting(Out out, Node m, Meeting x, List<Entity> curated) {
        out.add(m, RDF.type.asNode(), GX.Meeting);
        out.add(m, GX.article, out.graph);
        for (String p : x.participants()) {
            out.add(m, GX.participant, Iris.entity(p));
        }
        out.add(m, GX.status, status(x.status()));
        if (x.mode() != null) {
            out.add(m, GX.mode, mode(x.mode()));
        }
        if (x.date() != null) {
            out.add(m, GX.date, date(x.date()));
        }
        if (x.place() != null) {
            out.add(m, GX.place, Iris.entity(x.place()));
            describeIfNew(out, x.place(), curated);
        }
        for (int i = 0; i < x.evidence().size(); i++) {
            evidence(out, m, i + 1, x.evidence().get(i), x.evidence().size() > 1);
        }
        if (x.status() == Status.HELD) {
            for (String p : x.participants()) {
                for (String q : x.participants()) {
                    if (!p.equals(q)) {
                        out.add(Iris.entity(p), GX.metWith, Iris.entity(q));
                    }
                }
            }
        }
        if (x.date() != null && x.date().hasMonth()) {
            Node ev = Iris.event(x.participants(), x.date().toString());
            out.add(m, GX.event, ev);
            out.add(ev, RDF.type.asNode(), GX.MeetingEvent);
            out.add(ev, GX.date, date(x.date()));
            for (String p : x.participants()) {
                out.add(ev, GX.participant, Iris.entity(p));
            }
        }
    }

    private static void statement(Out out, Node s, Statement x) {
        out.add(s, RDF.type.asNode(), GX.Statement);
        out.add(s, GX.article, out.graph);
        out.add(s, GX.speaker, Iris.entity(x.speaker()));
        out.add(s, GX.content, zh(x.content()));
        if (x.date() != null) {
            out.add(s, GX.date, date(x.date()));
        }
        evidence(out, s, 1, x.evidence(), false);
        out.add(Iris.entity(x.speaker()), GX.stated, s);
    }

    private void visit(Out out, Node v, Visit x, List<Entity> curated) {
        out.add(v, RDF.type.asNode(), GX.Visit);
        out.add(v, GX.article, out.graph);
        out.add(v, GX.visitor, Iris.entity(x.visitor()));
        out.add(v, GX.destination, Iris.entity(x.destination()));
        describeIfNew(out, x.destination(), curated);
        out.add(v, GX.status, status(x.status()));
        if (x.date() != null) {
            out.add(v, GX.date, date(x.date()));
        }
        evidence(out, v, 1, x.evidence(), false);
        if (x.status() == Status.HELD) {
            out.add(Iris.entity(x.visitor()), GX.visited, Iris.entity(x.destination()));
        }
    }

    private static void position(Out out, Node p, PositionClaim x) {
        out.add(p, RDF.type.asNode(), GX.Position);
        out.add(Iris.entity(x.person()), GX.position, p);
        out.add(p, GX.title, zh(x.title()));
        if (x.country() != null) {
            out.add(p, GX.country, lit(x.country()));
        }
        if (x.date() != null) {
            out.add(p, GX.asOf, date(x.date()));
        }
        out.add(p, GX.evidence, zh(x.evidence().text())); // read from the title written with the name
    }

    /** A destination or meeting place the article names only through a rule (访华) is still described. */
    private void describeIfNew(Out out, String id, List<Entity> curated) {
        if (curated.stream().anyMatch(e -> e.id().equals(id))) {
            return;
        }
        Entity e = entities.apply(id);
        if (e != null && e.curated()) {
            curated.add(e);
        }
    }

    /**
     * The sentence a fact was read from (gx:evidence) and how (gx:support: sentence, characters,
     * rule, confidence). A fact read from several sentences keeps each sentence with its support.
     */
    private static void evidence(Out out, Node fact, int n, Evidence e, boolean several) {
        out.add(fact, GX.evidence, zh(e.text()));
        Node ev = Iris.evidence(fact, n);
        out.add(fact, GX.support, ev);
        if (several) {
            out.add(ev, GX.text, zh(e.text()));
        }
        out.add(ev, GX.sentenceIndex, integer(e.sentence()));
        out.add(ev, GX.startOffset, integer(e.span().start()));
        out.add(ev, GX.endOffset, integer(e.span().end()));
        out.add(ev, GX.rule, lit(e.rule()));
        out.add(ev, GX.confidence, NodeFactory.createLiteralDT(String.valueOf(e.confidence()), XSDDatatype.XSDdecimal));
    }

    /** The full description of a curated entity, for the shared entities graph. */
    public static List<Triple> describe(Entity e, List<OfficeTerm> positions) {
        List<Triple> t = new ArrayList<>();
        Node n = Iris.entity(e.id());
        t.add(Triple.create(n, RDF.type.asNode(), type(e.type())));
        t.add(Triple.create(n, RDFS.label.asNode(), zh(e.labelZh())));
        t.add(Triple.create(n, SKOS.prefLabel.asNode(), zh(e.labelZh())));
        if (e.labelEn() != null) {
            t.add(Triple.create(n, RDFS.label.asNode(), en(e.labelEn())));
        }
        for (String alias : e.aliases()) {
            t.add(Triple.create(n, SKOS.altLabel.asNode(), alias.chars().anyMatch(c -> c >= 0x3400) ? zh(alias) : en(alias)));
        }
        t.add(Triple.create(n, GX.curated, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        if (e.wikidata() != null) {
            t.add(Triple.create(n, GX.wikidata, lit(e.wikidata())));
            t.add(Triple.create(n, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/" + e.wikidata())));
        }
        if (e.country() != null) {
            t.add(Triple.create(n, GX.country, lit(e.country())));
        }
        int i = 0;
        for (var p : positions) {
            Node pos = NodeFactory.createURI(n.getURI() + "/position/" + (++i));
            t.add(Triple.create(n, GX.position, pos));
            t.add(Triple.create(pos, RDF.type.asNode(), GX.Position));
            for (String title : p.titlesZh()) {
                t.add(Triple.create(pos, GX.title, zh(title)));
            }
            if (!p.titleEn().isBlank()) {
                t.add(Triple.create(pos, GX.title, en(p.titleEn())));
            }
            if (p.country() != null) {
                t.add(Triple.create(pos, GX.country, lit(p.country())));
            }
            if (p.from() != null) {
                t.add(Triple.create(pos, GX.startDate, date(p.from())));
            }
            if (p.to() != null) {
                t.add(Triple.create(pos, GX.endDate, date(p.to())));
            }
        }
        return t;
    }

    private static Node type(EntityType t) {
        return switch (t) {
            case PERSON -> GX.Person;
            case PLACE -> GX.Place;
            case ORGANIZATION -> GX.Organization;
        };
    }

    private static Node status(Status s) {
        return switch (s) {
            case HELD -> GX.Held;
            case PLANNED -> GX.Planned;
            case CANCELLED -> GX.Cancelled;
        };
    }

    private static Node mode(Mode m) {
        return switch (m) {
            case IN_PERSON -> GX.InPerson;
            case VIDEO -> GX.Video;
            case PHONE -> GX.Phone;
        };
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the value. */
    static Node date(DateValue d) {
        XSDDatatype type = d.hasDay() ? XSDDatatype.XSDdate : d.hasMonth() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(d.toString(), type);
    }

    /** A date from the gazetteer: YYYY, YYYY-MM or YYYY-MM-DD. */
    static Node date(String iso) {
        XSDDatatype type = iso.length() == 10 ? XSDDatatype.XSDdate : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(iso, type);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node en(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** Quads of one graph, without repeats of the same statement. */
    private static final class Out {
        final Node graph;
        final List<Quad> quads = new ArrayList<>();
        final java.util.Set<Quad> seen = new java.util.HashSet<>();

        Out(Node graph) {
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                quads.add(q);
            }
        }
    }
}
