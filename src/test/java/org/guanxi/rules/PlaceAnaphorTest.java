package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** 该国, 该市 after a trip verb stand for the place named last before them, in the sentence or the one before. */
class PlaceAnaphorTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    private static List<String> places(String... paragraphs) {
        List<Block> blocks = new ArrayList<>(List.of(new Block(BlockKind.TITLE, "新闻")));
        for (String p : paragraphs) {
            blocks.add(new Block(BlockKind.PARAGRAPH, p));
        }
        Article article = new Article("trip.txt", "/examples/anaphor", "0", "", LocalDate.of(2020, 8, 12), null, null,
                List.of(), blocks, "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).visits().stream()
                .filter(v -> v.evidence().rule().equals("visit.that-place")).map(v -> v.destination()).sorted().toList();
    }

    @Test
    void thePlaceNamedBeforeInTheSentence() {
        assertEquals(List.of("place/slovenia"), places("国务卿蓬佩奥此行的下一站是斯洛文尼亚，他将成为首位造访该国的国务卿。"));
    }

    @Test
    void thePlaceOfTheSentenceBefore() {
        assertEquals(List.of("place/portland-oregon"), places("波特兰的抗议持续了数周。", "代理部长沃尔夫周四抵达该市。"));
    }

    @Test
    void notAPlaceWhereSomeoneSpeaksNorANationality() {
        assertEquals(List.of("place/poland"), places("国务卿蓬佩奥的下一站是波兰。", "蓬佩奥在华盛顿表示，他将访问该国。"));
    }
}
