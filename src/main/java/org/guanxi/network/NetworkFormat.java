package org.guanxi.network;

import java.util.Locale;

/** The files {@code guanxi network} writes. */
public enum NetworkFormat {
    /** One self-contained page: vis-network, the data and the viewer inlined. */
    HTML("html"),
    /** GraphML with typed keys, as Gephi, yEd and Cytoscape read it. */
    GRAPHML("graphml"),
    /** GEXF 1.2 with typed attributes and edge weights, Gephi's own format. */
    GEXF("gexf"),
    /** Graphviz. */
    DOT("dot"),
    /** An edge list: person, person, number of meetings. */
    CSV("csv");

    private final String extension;

    NetworkFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static NetworkFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown network format '" + name + "' (html, graphml, gexf, dot or csv)", e);
        }
    }
}
