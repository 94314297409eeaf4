package org.guanxi.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The network read from the seed articles: who met whom, and what the filters keep. */
class NetworkReaderTest {
    private static Set<String> labels(Network n) {
        return Set.copyOf(n.graph().vertexSet().stream().map(Person::label).toList());
    }

    private static Tie tie(Network n, String a, String b) {
        return Seeds.tie(n, a, b).orElseThrow(() -> new AssertionError("no tie " + a + " — " + b + " in " + n.graph().edgeSet()));
    }

    @Test
    void heldMeetingsOfTheSeeds() {
        Network n = Seeds.read(NetworkFilter.defaults());
        assertTrue(labels(n).containsAll(Set.of("拜登", "习近平", "布林肯", "王毅", "沙利文", "韩正", "纽森")), labels(n).toString());
        Tie bidenXi = tie(n, "拜登", "习近平");
        // the Bali summit (2022-11-14) is reported by two articles: one meeting, two reports
        assertTrue(bidenXi.dates().contains("2022-11-14"), bidenXi.dates().toString());
        assertTrue(bidenXi.reports().size() > bidenXi.meetings(), bidenXi.reports().size() + " reports, " + bidenXi.meetings() + " meetings");
        assertEquals(bidenXi.meetings(), n.graph().getEdgeWeight(bidenXi));
        assertTrue(bidenXi.modes().containsAll(List.of("InPerson", "Video")), bidenXi.modes().toString());
        assertTrue(bidenXi.reports().stream().allMatch(r -> r.status().equals("Held") && !r.evidence().isEmpty() && !r.source().file().isEmpty()));
        assertTrue(tie(n, "布林肯", "王毅").modes().contains("Phone"));
        tie(n, "王毅", "沙利文");
        tie(n, "布林肯", "韩正");
        tie(n, "习近平", "纽森");
        Person biden = Seeds.person(n, "拜登").orElseThrow();
        assertEquals("Joe Biden", biden.english());
        assertEquals("us", biden.country());
        assertEquals("cn", Seeds.person(n, "习近平").orElseThrow().country());
        assertTrue(n.statementsOf(Seeds.person(n, "王毅").orElseThrow()).stream()
                .allMatch(s -> !s.content().isEmpty() && !s.evidence().isEmpty()));
    }

    @Test
    void plannedMeetingsAreTheirOwnNetwork() {
        Network n = Seeds.read(NetworkFilter.defaults().withStatuses(NetworkFilter.statuses("planned")));
        Tie bidenXi = tie(n, "拜登", "习近平");
        assertTrue(bidenXi.dates().contains("2023-11"), bidenXi.dates().toString());
        assertTrue(bidenXi.statuses().equals(List.of("Planned")));
        assertFalse(labels(n).contains("韩正"));
        Network all = Seeds.read(NetworkFilter.defaults().withStatuses(NetworkFilter.statuses("all")));
        assertEquals(Set.of("Held", "Planned"), Set.copyOf(tie(all, "拜登", "习近平").statuses()));
    }

    @Test
    void datesFilterAsSpansOfDays() {
        // "2022" (xsd:gYear) lies within 2022 but not within 2022-11: the text does not say November
        Network year = Seeds.read(NetworkFilter.defaults().withDates(DateSpan.parse("2022"), DateSpan.parse("2022")));
        Network november = Seeds.read(NetworkFilter.defaults().withDates(DateSpan.parse("2022-11"), DateSpan.parse("2022-11-30")));
        assertTrue(tie(year, "拜登", "习近平").dates().contains("2022"));
        assertEquals(List.of("2022-11-14"), tie(november, "拜登", "习近平").dates());
        assertEquals(Set.of("拜登", "习近平"), labels(november));

        Network october = Seeds.read(NetworkFilter.defaults().withDates(DateSpan.parse("2023-10"), DateSpan.parse("2023-10")));
        tie(october, "王毅", "拜登");
        tie(october, "习近平", "纽森");
        assertTrue(Seeds.tie(october, "拜登", "习近平").isEmpty());
        assertTrue(october.graph().edgeSet().stream().flatMap(t -> t.dates().stream()).allMatch(d -> d.startsWith("2023-10")));
        // undated reports are left out once a range is given
        assertTrue(october.graph().edgeSet().stream().allMatch(t -> t.reports().stream().noneMatch(r -> r.date().isEmpty())));
        assertTrue(october.statements().values().stream().flatMap(List::stream).allMatch(s -> s.date().startsWith("2023-10")));
    }

    @Test
    void modesFilter() {
        Network phone = Seeds.read(NetworkFilter.defaults().withModes(NetworkFilter.modes("phone")));
        assertEquals(Set.of("布林肯", "王毅"), labels(phone));
        Network video = Seeds.read(NetworkFilter.defaults().withModes(NetworkFilter.modes("video,phone")));
        assertTrue(tie(video, "拜登", "习近平").modes().equals(List.of("Video")));
    }

    @Test
    void egoNetworkByChineseOrEnglishNameOrAlias() {
        Network wang = Seeds.read(NetworkFilter.defaults().withPerson("Wang Yi"));
        assertEquals("王毅", wang.focus().label());
        assertTrue(labels(wang).containsAll(Set.of("王毅", "沙利文", "布林肯", "拜登")), labels(wang).toString());
        assertFalse(labels(wang).contains("习近平"), "习近平 met 王毅's contacts, not 王毅");
        // ties among the people 王毅 met belong to his ego network too
        tie(wang, "拜登", "沙利文");
        Network sullivan = Seeds.read(NetworkFilter.defaults().withPerson("苏利文"));
        assertEquals("Jake Sullivan", sullivan.focus().english());
        Network newsom = Seeds.read(NetworkFilter.defaults().withPerson("newsom"));
        assertEquals(Set.of("纽森", "习近平"), labels(newsom));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Seeds.read(NetworkFilter.defaults().withPerson("张三丰")));
        assertTrue(e.getMessage().contains("张三丰"), e.getMessage());
    }

    @Test
    void aPersonWithoutMeetingsIsAnEgoNetworkOfOne() {
        Network n = Seeds.read(NetworkFilter.defaults().withPerson("耶伦"));
        assertEquals(Set.of("耶伦"), labels(n));
        assertTrue(n.graph().edgeSet().isEmpty());
    }
}
