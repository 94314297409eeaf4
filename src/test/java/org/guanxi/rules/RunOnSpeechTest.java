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

/** Reported speech that goes on over the sentences after its own ({@link RunOnSpeech}). */
class RunOnSpeechTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    /** "speaker: content" of the statements read from one paragraph. */
    private static List<String> statements(String paragraph) {
        List<Block> blocks = List.of(new Block(BlockKind.TITLE, "新闻"), new Block(BlockKind.PARAGRAPH, paragraph));
        Article article = new Article("news.txt", "/examples/news", "0", "新闻", LocalDate.of(2021, 3, 2), null, null,
                List.of(), blocks, "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).statements().stream()
                .map(s -> s.speaker().replaceFirst("^person/", "") + ": " + s.content()).toList();
    }

    @Test
    void aTermQuotedInAFewWordsGoesOnWithTheSpeech() {
        assertEquals(List.of("joe-biden: 两国的竞争不应演变为冲突。双方都不希望“陷入冲突”，竞争需要外交。"),
                statements("拜登周五表示，两国的竞争不应演变为冲突。双方都不希望“陷入冲突”，竞争需要外交。"));
    }

    @Test
    void aQuoteAfterAVerbOfSayingIsSomeoneElsesWords() {
        assertEquals(List.of("joe-biden: 美国将保卫台湾"),
                statements("拜登说，美国将保卫台湾。每次白宫都急着挽回，说美国的“一个中国”政策没有改变。"));
    }
}
