package org.guanxi.doc;

import java.util.List;

/**
 * A real-world person, place or organisation.
 *
 * @param id       stable key, e.g. {@code person/joe-biden}; the store's IRI is built from it
 * @param labelZh  preferred Chinese name
 * @param labelEn  English name, or null
 * @param aliases  other name forms, any language
 * @param wikidata Wikidata Q-id, or null
 * @param country  ISO 3166 alpha-2 (lower case) or organisation code, or null
 * @param curated  true when it comes from the gazetteer, false when found in text only
 */
public record Entity(String id, EntityType type, String labelZh, String labelEn, List<String> aliases,
                     String wikidata, String country, boolean curated) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    public static Entity found(String id, EntityType type, String name) {
        return new Entity(id, type, name, null, List.of(), null, null, false);
    }
}
