package org.guanxi.network;

import java.util.List;

/**
 * A node of the network: a person as the graph describes them.
 *
 * @param iri     the entity's IRI, also the node's id in GraphML, GEXF and DOT
 * @param label   the Chinese label (the English one, or the IRI's last part, when there is none)
 * @param english the English label, or "" when the graph has none
 * @param country ISO 3166 code (lower case), or "" when the graph has none
 * @param aliases every other name (rdfs:label, skos:altLabel and gx:writtenAs in any language), for search
 */
public record Person(String iri, String label, String english, String country, List<String> aliases) {
    public Person {
        aliases = List.copyOf(aliases);
    }

    /** The node's label in the graph files. */
    @Override
    public String toString() {
        return label;
    }
}
