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

/** A trip told without its place (来访, 抵达后) goes where an earlier clause of the sentence, or the sentence before, says. */
class TripPlaceTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    private static List<String> places(String rule, String... paragraphs) {
        List<Block> blocks = new ArrayList<>(List.of(new Block(BlockKind.TITLE, "新闻")));
        for (String p : paragraphs) {
            blocks.add(new Block(BlockKind.PARAGRAPH, p));
        }
        Article article = new Article("trip.txt", "/examples/trip-place", "0", "", LocalDate.of(2023, 7, 28), null, null,
                List.of(), blocks, "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).visits().stream()
                .filter(v -> v.evidence().rule().equals(rule)).map(v -> v.destination()).sorted().toList();
    }

    @Test
    void anEarlierClauseOfTheSentence() {
        assertEquals(List.of("place/north-korea"),
                places("visit.guest-before", "俄罗斯国防部长绍伊古率领的代表团抵达朝鲜，而中国国家副主席王岐山则在26日率团来访。"));
    }

    @Test
    void theClauseBeforeWinsOverTheSentenceBefore() {
        assertEquals(List.of("place/north-korea"),
                places("visit.guest-before", "美国国务卿访问北京。", "俄罗斯代表团抵达朝鲜，而中国国家副主席王岐山则在26日率团来访。"));
    }

    @Test
    void theSentenceBeforeWhenTheSentenceNamesNone() {
        assertEquals(List.of("place/beijing"), places("visit.place-before", "美国国务卿访问北京。", "布林肯周日抵达后与秦刚举行会谈。"));
    }
}
