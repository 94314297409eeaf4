package org.guanxi.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    private static Entity person(String id) {
        return new Entity("person/" + id, EntityType.PERSON, id, null, List.of(), null, null, true);
    }

    @Test
    void everyOccurrenceOfEveryKeyIsReportedOverlapsIncluded() {
        Map<String, Entity> names = new LinkedHashMap<>();
        for (String k : List.of("特朗普", "唐纳德·特朗普", "朗普", "拜登", "joe biden", "biden")) {
            names.put(k, person(k));
        }
        String text = "唐纳德·特朗普与joe biden会面，特朗普说拜登";
        List<String> found = new ArrayList<>();
        new NameKeys(names).find(text, (begin, end, key, entity) -> {
            assertEquals(key, text.substring(begin, end));
            assertEquals(names.get(key), entity);
            found.add(begin + ":" + key);
        });
        // what a test of every key at every position gives, in that order
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (String k : names.keySet().stream().sorted((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b)).toList()) {
                if (text.startsWith(k, i)) {
                    expected.add(i + ":" + k);
                }
            }
        }
        assertEquals(expected, found);
    }
}
