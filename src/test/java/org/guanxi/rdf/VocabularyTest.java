package org.guanxi.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** GX mirrors ontology/guanxi.ttl: every term used is declared there, with labels in English and Chinese. */
class VocabularyTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/guanxi.ttl");

    private static List<Node> terms() throws IllegalAccessException {
        List<Node> out = new ArrayList<>();
        for (Field f : GX.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.getURI().startsWith(GX.NS)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    @Test
    void everyTermIsDeclaredWithLabelsInEnglishAndChinese() throws IllegalAccessException {
        List<Node> terms = terms();
        assertTrue(terms.size() > 40);
        for (Node n : terms) {
            Resource r = ontology.getResource(n.getURI());
            assertTrue(ontology.contains(r, RDF.type), () -> n + " is not declared in ontology/guanxi.ttl");
            assertTrue(ontology.contains(r, RDFS.label, ontology.createLiteral(label(r, "en"), "en")), () -> n + " has no English label");
            assertTrue(!label(r, "zh").isEmpty(), () -> n + " has no Chinese label");
        }
    }

    @Test
    void theContractsTermsAreThere() {
        for (String t : List.of("Article", "Person", "Place", "Organization", "Meeting", "Statement", "Visit", "Held", "Planned",
                "Cancelled", "InPerson", "Video", "Phone", "sourceFile", "mentions", "participant", "status", "mode", "date", "place",
                "evidence", "metWith", "speaker", "content", "stated", "visitor", "destination", "visited")) {
            assertTrue(ontology.contains(ontology.getResource(GX.NS + t), RDF.type), t);
        }
    }

    private String label(Resource r, String lang) {
        return ontology.listObjectsOfProperty(r, RDFS.label).toList().stream()
                .filter(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang))
                .map(o -> o.asLiteral().getString()).findFirst().orElse("");
    }
}
