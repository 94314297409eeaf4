package org.guanxi.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes used in queries and exports. */
public final class Prefixes {
    public static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("gx", GX.NS);
        m.put("gxid", GX.ID);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("schema", "https://schema.org/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        ALL = java.util.Collections.unmodifiableMap(m);
    }

    private Prefixes() {
    }

    /** PREFIX lines for the prefixes a query does not declare itself. */
    public static String sparqlHeader(String query) {
        StringBuilder b = new StringBuilder();
        for (var e : ALL.entrySet()) {
            if (!query.matches("(?is).*PREFIX\\s+" + e.getKey() + "\\s*:.*")) {
                b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n");
            }
        }
        return b.toString();
    }

    public static void apply(PrefixMapping pm) {
        ALL.forEach(pm::setNsPrefix);
    }
}
