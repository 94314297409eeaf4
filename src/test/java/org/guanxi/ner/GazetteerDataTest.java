package org.guanxi.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guanxi.TestSupport;
import org.guanxi.config.DataSource;
import org.guanxi.doc.EntityType;
import org.guanxi.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The gazetteer tables are well formed: columns, unique ids, known people in positions, dates. */
class GazetteerDataTest {
    private final DataSource data = TestSupport.data();

    @Test
    void tablesHaveTheirColumnsAndUniqueIds() {
        Set<String> ids = new HashSet<>();
        for (String f : data.list("gazetteer", ".tsv")) {
            if (f.contains("positions")) {
                continue;
            }
            int width = f.contains("places") ? 7 : 6;
            String header = data.entries(f).get(0);
            assertEquals(width, header.split("\t", -1).length, f + " header");
            for (String[] row : data.table(f)) {
                assertEquals(width, row.length, () -> f + ": " + String.join("|", row));
                assertTrue(row[0].matches("[a-z0-9][a-z0-9.\\-]*"), () -> f + ": bad id " + row[0]);
                assertTrue(!row[1].isBlank(), () -> f + ": no Chinese label for " + row[0]);
                String kind = f.contains("places") ? "place/" : f.contains("organizations") ? "org/" : "person/";
                assertTrue(ids.add(kind + row[0]), () -> "id used twice: " + kind + row[0]);
                int qid = 3;
                assertTrue(row[qid].isBlank() || row[qid].matches("Q[1-9][0-9]*"), () -> f + ": bad Wikidata id " + row[qid]);
            }
        }
        assertTrue(ids.size() > 3000, "the gazetteer holds " + ids.size() + " entities");
    }

    @Test
    void positionsNamePeopleOfTheGazetteerWithValidDates() {
        Gazetteer g = new Gazetteer(data, new Normalizer(data));
        for (String f : data.list("gazetteer", ".tsv")) {
            if (!f.contains("positions")) {
                continue;
            }
            for (String[] row : data.table(f)) {
                assertNotNull(g.byId("person/" + row[0]), () -> f + ": no such person " + row[0]);
                for (String date : List.of(row[4], row[5])) {
                    if (!date.isBlank()) {
                        assertTrue(date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), () -> f + ": bad date " + date);
                        if (date.length() == 10) {
                            LocalDate.parse(date);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theMajorActorsAreThereUnderEveryName() {
        Normalizer n = new Normalizer(data);
        Gazetteer g = new Gazetteer(data, n);
        for (String[] pair : new String[][] {{"沙利文", "苏利文"}, {"川普", "特朗普"}, {"蓬佩奥", "彭佩奥"}, {"普京", "普丁"}}) {
            assertNotNull(g.byKey(Gazetteer.key(pair[0], n)), pair[0]);
            assertEquals(g.byKey(Gazetteer.key(pair[0], n)), g.byKey(Gazetteer.key(pair[1], n)), pair[0] + " = " + pair[1]);
        }
        assertEquals(EntityType.PLACE, g.byKey(Gazetteer.key("巴厘岛", n)).type());
        assertEquals("Q6279", g.byId("person/joe-biden").wikidata());
    }

    @Test
    void noNameIsClaimedByTwoPeople() {
        Gazetteer g = new Gazetteer(data, new Normalizer(data));
        // a name form two entities claim names neither; the tables should not have any
        assertTrue(g.ambiguous().size() <= 2, () -> "names claimed twice: " + g.ambiguous());
    }
}
