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

/** The answers of an interview written as a transcript ({@link Interviews}). */
class InterviewsTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    /** "speaker: content" of the statements the interview rule reads from these paragraphs. */
    private static List<String> answers(String title, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(BlockKind.TITLE, title));
        for (String p : paragraphs) {
            blocks.add(new Block(BlockKind.PARAGRAPH, p));
        }
        Article article = new Article("interview.txt", "/examples/interview", "0", title, LocalDate.of(2021, 3, 2), null, null,
                List.of(), blocks, "UTF-8");
        return PIPELINE.rules().collect(PIPELINE.analyze(article)).statements().stream()
                .filter(s -> s.evidence().rule().equals(Interviews.RULE))
                .map(s -> s.speaker().replaceFirst("^person/", "") + ": " + s.content()).toList();
    }

    @Test
    void anAnswerRunsOverItsParagraphsUntilTheNextQuestion() {
        assertEquals(List.of("joe-biden: 我们会和盟友一起应对这个挑战。这需要时间，也需要耐心。"),
                answers("专访拜登",
                        "德国之声：您怎样看待同中国的竞争？",
                        "拜登：我们会和盟友一起应对这个挑战。",
                        "这需要时间，也需要耐心。",
                        "德国之声：谢谢您接受采访。"));
    }

    @Test
    void aReporterOrPlainQuestionMarksTheTranscript() {
        assertEquals(List.of("joe-biden: 关税问题要和盟友一起讨论，不会马上取消。"),
                answers("访谈", "记者：关税会取消吗？", "拜登：关税问题要和盟友一起讨论，不会马上取消。"));
        assertEquals(List.of("joe-biden: 关税问题要和盟友一起讨论，不会马上取消。"),
                answers("访谈", "问：关税会取消吗？", "拜登：关税问题要和盟友一起讨论，不会马上取消。"));
    }

    @Test
    void aSpeakerWhoAnswersTwiceNeedsNoQuestion() {
        assertEquals(List.of("joe-biden: 我们会和盟友一起应对这个挑战。", "joe-biden: 关税问题要和盟友一起讨论，不会马上取消。"),
                answers("对话", "拜登：我们会和盟友一起应对这个挑战。", "拜登：关税问题要和盟友一起讨论，不会马上取消。"));
    }

    @Test
    void aHeadingThatQuotesSomeoneIsNoAnswer() {
        // no one asks, the speaker is labelled once
        assertEquals(List.of(), answers("新闻", "拜登：我们会和盟友一起应对这个挑战。", "白宫周二发表声明，介绍了会谈的安排。"));
        // a heading has no full stop
        assertEquals(List.of(), answers("访谈", "记者：关税会取消吗？", "拜登：关税问题要和盟友一起讨论", "白宫周二发表声明。"));
    }

    @Test
    void aListOfPostsIsNoTranscript() {
        assertEquals(List.of(), answers("各方回应", "拜登：这件事情让人非常难过，希望早日解决。", "特朗普：我们每个人都应该关心这件事情的结果。"));
    }

    @Test
    void aWordOfThanksIsNoStatement() {
        assertEquals(List.of(), answers("访谈", "记者：欢迎您来到节目。", "拜登：谢谢你。"));
    }
}
