package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** A country written right before a place of its own is a destination of the trip too; a region before it is not. */
class TripDestinationsTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    private static List<String> places(String body) {
        Article article = new Article("trip.txt", "/examples/trip", "0", "", LocalDate.of(2022, 1, 19), null, null,
                List.of(), List.of(new Block(BlockKind.TITLE, "新闻"), new Block(BlockKind.PARAGRAPH, body)), "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).visits().stream().map(v -> v.destination()).sorted().toList();
    }

    @Test
    void aCountryBeforeItsCityIsVisitedToo() {
        assertEquals(List.of("place/seoul", "place/south-korea"), places("美国国防部长奥斯汀周三抵达韩国首尔。"));
    }

    @Test
    void aCountryBeforeItsCapitalIsVisitedToo() {
        assertEquals(List.of("place/papua-new-guinea", "place/port-moresby"), places("总统拜登下周将访问巴布亚新几内亚首都莫尔斯比港。"));
    }

    @Test
    void aRegionBeforeACityOnlyLocatesIt() {
        assertEquals(List.of("place/leh"), places("印度国防部长辛格周五抵达拉达克首府列城。"));
    }

    @Test
    void aTripAtHomeGoesToTheCityOnly() {
        assertEquals(List.of("place/hawaii"), places("总统拜登周五抵达美国夏威夷州。"));
    }
}
