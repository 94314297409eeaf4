package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.junit.jupiter.api.Test;

class PairObjectTest {
    private static Analysis analyze(String... paragraphs) {
        return TestSupport.pipeline().analyze(TestSupport.paragraphs(LocalDate.of(2023, 6, 14), paragraphs));
    }

    @Test
    void theOneWhoMeetsThePairIsNoneOfIt() {
        Analysis a = analyze("法国总统马克龙和欧盟委员会主席冯德莱恩同时访华，习近平还和这两位举行了三方会谈。");
        assertEquals(List.of("person/emmanuel-macron", "person/ursula-von-der-leyen"), PairIds.of(a, "这两位"));
        Analysis b = analyze("马克龙和冯德莱恩周三抵达北京。习近平与二人举行了会谈。");
        assertEquals(List.of("person/emmanuel-macron", "person/ursula-von-der-leyen"), PairIds.of(b, "二人"));
    }

    @Test
    void aPairWordAsSubjectStillTakesTheLastTwo() {
        Analysis a = analyze("习近平与拜登在巴厘岛会晤，两人谈了三个多小时。");
        assertEquals(List.of("person/joe-biden", "person/xi-jinping"), PairIds.of(a, "两人"));
    }
}
