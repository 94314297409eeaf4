package org.guanxi.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.guanxi.rdf.GX;
import org.guanxi.rdf.Prefixes;

/**
 * The JSON-LD context of exports, made from the ontology so that it can never fall behind it:
 * every gx: class, property and named value gets a plain term ({@code "type": "Meeting"},
 * {@code "participant": "gxid:person/..."}, {@code "status": "Held"}), labels become language
 * maps ({@code "label": {"zh": "拜登", "en": "Joe Biden"}}), and the usual prefixes shorten the rest.
 */
final class JsonLdContext {
    private JsonLdContext() {
    }

    static JsonObject of(Graph ontology) {
        Map<String, JsonObject> terms = new TreeMap<>();
        Map<String, String> plain = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(GX.NS)) {
                return;
            }
            String term = s.getLocalName();
            Node type = t.getObject();
            if (type.equals(OWL.ObjectProperty.asNode())) {
                boolean closedRange = ontology.find(s, RDFS.range.asNode(), Node.ANY).toList().stream()
                        .anyMatch(r -> ontology.find(Node.ANY, RDF.type.asNode(), r.getObject()).hasNext());
                // values from a closed list (gx:Held, gx:Video) read as words; other objects as IRIs
                terms.put(term, Json.createObjectBuilder().add("@id", s.getURI())
                        .add("@type", closedRange ? "@vocab" : "@id").build());
            } else if (type.equals(OWL.DatatypeProperty.asNode())) {
                List<Node> ranges = ontology.find(s, RDFS.range.asNode(), Node.ANY).mapWith(r -> r.getObject()).toList();
                if (ranges.size() == 1 && ranges.get(0).isURI() && ranges.get(0).getURI().startsWith(XSD.getURI())
                        && !ranges.get(0).equals(XSD.xstring.asNode())) {
                    // one datatype (not plain strings, which JSON-LD writes untyped): values are written bare ("curated": "true")
                    terms.put(term, Json.createObjectBuilder().add("@id", s.getURI()).add("@type", ranges.get(0).getURI()).build());
                } else {
                    plain.put(term, s.getURI());
                }
            } else if (!terms.containsKey(term)) {
                plain.put(term, s.getURI());
            }
        });
        JsonObjectBuilder b = Json.createObjectBuilder();
        Prefixes.ALL.forEach(b::add);
        b.add("id", "@id");
        b.add("type", "@type");
        plain.forEach((k, v) -> {
            if (!terms.containsKey(k)) {
                b.add(k, v);
            }
        });
        terms.forEach(b::add);
        b.add("label", languageMap(RDFS.label.asNode()));
        b.add("prefLabel", languageMap(SKOS.prefLabel.asNode()));
        b.add("altLabel", languageMap(SKOS.altLabel.asNode()));
        b.add("comment", languageMap(RDFS.comment.asNode()));
        return b.build();
    }

    private static JsonObject languageMap(Node property) {
        return Json.createObjectBuilder().add("@id", property.getURI()).add("@container", "@language").build();
    }
}
