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

/** A trip told as planned and then called off in the same sentence is the trip called off. */
class CalledOffTwinTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    private static List<String> visits(String body) {
        Article article = new Article("twin.txt", "/examples/twin", "0", "", LocalDate.of(2020, 10, 6), null, null,
                List.of(), List.of(new Block(BlockKind.TITLE, "测试"), new Block(BlockKind.PARAGRAPH, body)), "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).visits().stream()
                .map(v -> v.destination().replaceAll(".*/", "") + " " + v.status()).sorted().toList();
    }

    @Test
    void thePlaceCalledOffIsNoLongerPlanned() {
        assertEquals(List.of("japan PLANNED", "mongolia CANCELLED", "south-korea CANCELLED"),
                visits("美国国务卿蓬佩奥原定10月4至8日访问日本、韩国和蒙古，川普总统染疫后，蓬佩奥取消了访问韩国和蒙古的计划。"));
    }

    @Test
    void aTripCalledOffInAnotherSentenceLeavesThePlannedOne() {
        assertEquals(List.of("south-korea CANCELLED", "south-korea PLANNED"),
                visits("国务卿蓬佩奥将于10月访问韩国。此前，蓬佩奥取消了访问韩国的计划。"));
    }
}
