package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mode;
import org.guanxi.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Verbs that say people talked but not how give no mode of their own, so they join the call or meeting named with them. */
class ModelessMeetingTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    private static List<Meeting> meetings(String body) {
        Article article = new Article("call.txt", "/examples/call", "0", "", LocalDate.of(2022, 4, 2), null, null,
                List.of(), List.of(new Block(BlockKind.PARAGRAPH, body)), "UTF-8");
        return PIPELINE.rules().extract(PIPELINE.analyze(article)).meetings();
    }

    @Test
    void anExchangeOfViewsDuringACallIsTheCall() {
        List<Meeting> m = meetings("中国外交部长王毅周五与美国国务卿布林肯通电话，双方就乌克兰局势交换了意见。");
        assertEquals(1, m.size(), m.toString());
        assertEquals(Mode.PHONE, m.get(0).mode());
    }

    @Test
    void anExchangeOfViewsAloneHasNoMode() {
        List<Meeting> m = meetings("中国外交部长王毅与美国国务卿布林肯就乌克兰局势交换了意见。");
        assertEquals(1, m.size(), m.toString());
        assertEquals(null, m.get(0).mode());
    }

    @Test
    void aMeetingVerbStillMeansInPerson() {
        assertEquals(Mode.IN_PERSON, meetings("中国外交部长王毅在北京会见美国国务卿布林肯。").get(0).mode());
    }
}
