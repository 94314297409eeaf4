package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Status;
import org.guanxi.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** A headline's meeting read as held only because nothing marks it gives way to a planned report of the same meeting. */
class PlannedMeetingTwinTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    /** Published on a Sunday: the headline's 周三 reads as the Wednesday before. */
    private static List<Status> statuses(String title, String body) {
        Article article = new Article("twin.txt", "/examples/twin", "0", "", LocalDate.of(2020, 9, 13), null, null,
                List.of(), List.of(new Block(BlockKind.TITLE, title), new Block(BlockKind.PARAGRAPH, body)), "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).meetings().stream().map(m -> m.status()).distinct().toList();
    }

    @Test
    void aPlainHeadlineMeetingIsThePlannedOne() {
        assertEquals(List.of(Status.PLANNED), statuses("拜登周三会见习近平 讨论台湾问题", "白宫周日宣布，拜登将于周三在旧金山会见习近平。"));
    }

    @Test
    void aHeadlineMeetingSaidToHaveTakenPlaceStays() {
        assertEquals(List.of(Status.HELD, Status.PLANNED), statuses("拜登曾会见习近平", "白宫周日宣布，拜登将于周三在旧金山会见习近平。"));
    }

    @Test
    void aMeetingInTheBodyStays() {
        assertEquals(List.of(Status.HELD, Status.PLANNED), statuses("美中关系", "拜登上周会见了习近平。两人同意明年再次会面。"));
    }
}
