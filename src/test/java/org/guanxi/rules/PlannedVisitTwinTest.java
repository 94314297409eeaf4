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

/** A visit read as held only because nothing marks it gives way to a planned report of the same trip. */
class PlannedVisitTwinTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    private static List<Status> statuses(String title, String body) {
        Article article = new Article("twin.txt", "/examples/twin", "0", "", LocalDate.of(2022, 1, 19), null, null,
                List.of(), List.of(new Block(BlockKind.TITLE, title), new Block(BlockKind.PARAGRAPH, body)), "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).visits().stream().map(v -> v.status()).distinct().toList();
    }

    @Test
    void aPlainHeadlineVisitIsThePlannedTrip() {
        assertEquals(List.of(Status.PLANNED), statuses("赖清德出访洪都拉斯", "副总统赖清德将前往洪都拉斯出席就职典礼。"));
    }

    @Test
    void aPlainVisitIsTheTripCalledOff() {
        assertEquals(List.of(Status.CANCELLED), statuses("赖清德出访洪都拉斯", "副总统赖清德取消了访问洪都拉斯的计划。"));
    }

    @Test
    void aPlainVisitDatedByTheReportBeforeThePlannedDayIsThatTrip() {
        assertEquals(List.of(Status.PLANNED), statuses("马克龙将访华",
                "法国总统马克龙将于1月25日访华。外交部发言人1月18日在提到马克龙访华行程时说，双方正在准备。"));
    }

    @Test
    void aVisitSaidToHaveTakenPlaceStays() {
        assertEquals(List.of(Status.HELD, Status.PLANNED), statuses("赖清德曾访问洪都拉斯", "副总统赖清德将前往洪都拉斯出席就职典礼。"));
    }
}
