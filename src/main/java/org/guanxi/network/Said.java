package org.guanxi.network;

import java.util.List;

/**
 * A statement (gx:Statement) by a person in the network.
 *
 * @param speaker  the speaker's IRI
 * @param date     the date's lexical form, or "" when not known
 * @param evidence the sentences it was read from
 */
public record Said(String iri, String speaker, String content, String date, List<String> evidence, Source source) {
    public Said {
        evidence = List.copyOf(evidence);
    }
}
