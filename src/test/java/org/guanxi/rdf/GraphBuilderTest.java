package org.guanxi.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Mode;
import org.guanxi.doc.Span;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;
import org.junit.jupiter.api.Test;

/** Records to quads as the graph contract says. */
class GraphBuilderTest {
    private static final Entity BIDEN = new Entity("person/joe-biden", EntityType.PERSON, "拜登", "Joe Biden", List.of("乔·拜登"), "Q6279", "us", true);
    private static final Entity XI = new Entity("person/xi-jinping", EntityType.PERSON, "习近平", "Xi Jinping", List.of(), "Q15031", "cn", true);
    private static final Entity BALI = new Entity("place/bali", EntityType.PLACE, "巴厘岛", "Bali", List.of(), null, "id", true);
    private static final Entity CHINA = new Entity("place/china", EntityType.PLACE, "中国", "China", List.of(), "Q148", "cn", true);
    private static final Evidence EV = new Evidence(1, new Span(10, 30), "拜登和习近平在巴厘岛举行会晤。", "meeting.with", 0.9);

    private final Article article = new Article("000_x.txt", "/data/000_x.txt", "abc", "标题", LocalDate.of(2022, 11, 14),
            "https://example.org/a", "大纪元", List.of(), List.of(new Block(BlockKind.TITLE, "标题")), "UTF-8");

    private GraphBuilder.ArticleGraph build(Meeting... meetings) {
        List<Mention> mentions = List.of(new Mention(new Span(0, 2), "拜登", BIDEN, "gazetteer", 1, null, null),
                new Mention(new Span(3, 6), "习近平", XI, "gazetteer", 1, null, null),
                new Mention(new Span(7, 10), "巴厘岛", BALI, "gazetteer", 1, null, null));
        Extraction x = new Extraction(article, mentions, List.of(meetings),
                List.of(new Statement(BIDEN.id(), "我们会合作", null, EV)),
                List.of(new Visit(BIDEN.id(), CHINA.id(), Status.PLANNED, DateValue.ofMonth(2022, 12), EV)), List.of());
        return new GraphBuilder(id -> id.equals(CHINA.id()) ? CHINA : null).build(x);
    }

    private static boolean has(List<Quad> qs, Node s, Node p, Node o) {
        return qs.stream().anyMatch(q -> (s == null || q.getSubject().equals(s)) && q.getPredicate().equals(p) && (o == null || q.getObject().equals(o)));
    }

    @Test
    void oneNamedGraphPerArticleHoldsEverything() {
        GraphBuilder.ArticleGraph g = build(new Meeting(List.of(BIDEN.id(), XI.id()), Status.HELD, Mode.IN_PERSON,
                DateValue.of(LocalDate.of(2022, 11, 14)), BALI.id(), List.of(EV)));
        assertTrue(g.quads().stream().allMatch(q -> q.getGraph().equals(g.graph())));
        assertTrue(has(g.quads(), g.graph(), RDF.type.asNode(), GX.Article));
        assertTrue(has(g.quads(), g.graph(), GX.sourceFile, NodeFactory.createLiteralString("000_x.txt")));
        assertTrue(has(g.quads(), g.graph(), GX.mentions, Iris.entity(XI.id())));
        assertTrue(g.curated().contains(XI), "curated entities are described once, in the entities graph");
        assertTrue(GraphBuilder.describe(XI, List.of()).stream().anyMatch(t -> t.getPredicate().equals(RDFS.label.asNode())
                && t.getObject().equals(NodeFactory.createLiteralLang("习近平", "zh"))));
    }

    @Test
    void aShortFormOfACuratedNameTheArticleUsesIsKeptInItsGraph() {
        Entity sall = new Entity("person/macky-sall", EntityType.PERSON, "马基·萨勒", "Macky Sall", List.of("马基·萨尔"), null, "sn", true);
        List<Mention> mentions = List.of(new Mention(new Span(0, 2), "萨勒", sall, "title", 1, "总统", null),
                new Mention(new Span(5, 10), "马基·萨勒", sall, "gazetteer", 1, null, null),
                new Mention(new Span(20, 22), "马基", sall, "gazetteer", 1, null, null),
                // a misreading linked to him is not one of his names
                new Mention(new Span(12, 17), "阿里·萨勒", sall, "gazetteer", 1, null, null));
        Extraction x = new Extraction(article, mentions, List.of(), List.of(), List.of(), List.of());
        GraphBuilder.ArticleGraph g = new GraphBuilder(id -> null).build(x);
        Node n = Iris.entity(sall.id());
        // the bare last name is how the article writes him, no label (other people share it); another short form is a label
        assertEquals(List.of(NodeFactory.createLiteralLang("萨勒", "zh")), objects(g, n, GX.writtenAs));
        assertEquals(List.of(NodeFactory.createLiteralLang("马基", "zh")), objects(g, n, org.apache.jena.vocabulary.SKOS.altLabel.asNode()));
    }

    @Test
    void theBareLastNameOfAPersonFoundInTextIsNoLabel() {
        Entity ian = new Entity("person/伊恩·约翰逊", EntityType.PERSON, "伊恩·约翰逊", "Ian Johnson", List.of("约翰逊"), null, null, false);
        Extraction x = new Extraction(article, List.of(new Mention(new Span(0, 6), "伊恩·约翰逊", ian, "pattern", 1, null, null)),
                List.of(), List.of(), List.of(), List.of());
        GraphBuilder.ArticleGraph g = new GraphBuilder(id -> null).build(x);
        Node n = Iris.entity(ian.id());
        assertEquals(List.of(NodeFactory.createLiteralLang("约翰逊", "zh")), objects(g, n, GX.writtenAs));
        assertEquals(List.of(), objects(g, n, org.apache.jena.vocabulary.SKOS.altLabel.asNode()));
        assertTrue(has(g.quads(), n, RDFS.label.asNode(), NodeFactory.createLiteralLang("伊恩·约翰逊", "zh")));
    }

    private static List<Node> objects(GraphBuilder.ArticleGraph g, Node s, Node p) {
        return g.quads().stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p)).map(Quad::getObject).toList();
    }

    @Test
    void aHeldMeetingGivesMetWithBothWays() {
        GraphBuilder.ArticleGraph g = build(new Meeting(List.of(BIDEN.id(), XI.id()), Status.HELD, Mode.IN_PERSON,
                DateValue.of(LocalDate.of(2022, 11, 14)), BALI.id(), List.of(EV)));
        Node biden = Iris.entity(BIDEN.id());
        Node xi = Iris.entity(XI.id());
        assertTrue(has(g.quads(), biden, GX.metWith, xi));
        assertTrue(has(g.quads(), xi, GX.metWith, biden));
        assertTrue(has(g.quads(), null, GX.status, GX.Held));
        assertTrue(has(g.quads(), null, GX.date, NodeFactory.createLiteralDT("2022-11-14", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertTrue(has(g.quads(), null, GX.place, Iris.entity(BALI.id())));
        assertTrue(has(g.quads(), null, GX.evidence, NodeFactory.createLiteralLang(EV.text(), "zh")));
        assertTrue(has(g.quads(), null, GX.rule, NodeFactory.createLiteralString("meeting.with")));
        assertTrue(has(g.quads(), null, GX.event, null), "a dated meeting points to its corpus-wide event");
    }

    @Test
    void aPlannedMeetingGivesNoMetWith() {
        GraphBuilder.ArticleGraph g = build(new Meeting(List.of(BIDEN.id(), XI.id()), Status.PLANNED, null, DateValue.ofMonth(2023, 11),
                null, List.of(EV)));
        assertFalse(has(g.quads(), null, GX.metWith, null));
        assertTrue(has(g.quads(), null, GX.date, NodeFactory.createLiteralDT("2023-11", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)));
    }

    @Test
    void statementsAndVisits() {
        GraphBuilder.ArticleGraph g = build();
        assertTrue(has(g.quads(), Iris.entity(BIDEN.id()), GX.stated, null));
        assertTrue(has(g.quads(), null, GX.content, NodeFactory.createLiteralLang("我们会合作", "zh")));
        assertTrue(has(g.quads(), null, GX.destination, Iris.entity(CHINA.id())));
        assertFalse(has(g.quads(), null, GX.visited, null), "a planned visit gives no gx:visited");
        assertTrue(g.curated().contains(CHINA), "a destination the article does not mention is still described");
        assertEquals(1, g.quads().stream().filter(q -> q.getPredicate().equals(GX.speaker)).count());
    }

    @Test
    void peopleFoundInTextOnlyAreTypedAndLabelledInTheArticle() {
        Entity found = new Entity("person/张文华", EntityType.PERSON, "张文华", null, List.of(), null, null, false);
        Extraction x = new Extraction(article, List.of(new Mention(new Span(0, 3), "张文华", found, "hanlp:nr", 0.8, null, null)),
                List.of(), List.of(), List.of(), List.of());
        GraphBuilder.ArticleGraph g = new GraphBuilder(id -> null).build(x);
        assertTrue(has(g.quads(), Iris.entity(found.id()), RDF.type.asNode(), GX.Person));
        assertTrue(has(g.quads(), Iris.entity(found.id()), RDFS.label.asNode(), NodeFactory.createLiteralLang("张文华", "zh")));
    }

    @Test
    void theSameFileGivesTheSameGraphName() {
        assertEquals(Iris.article(article), Iris.article("/data/000_x.txt"));
    }
}
