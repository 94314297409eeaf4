package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, 0, 0, BlockKind.PARAGRAPH, 0).stream()
                .map(s -> text.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarksAndSemicolons() {
        assertEquals(List.of("拜登说。", "习近平表示同意！", "会谈成功吗？", "王毅则指出，台独是最大威胁；", "王毅还阐述了立场。"),
                split("拜登说。习近平表示同意！会谈成功吗？王毅则指出，台独是最大威胁；王毅还阐述了立场。"));
    }

    @Test
    void aQuoteInsideAQuoteMarkedWithTwoClosingSingleMarksDoesNotEndTheQuote() {
        assertEquals(List.of("王芳：“我相信绝对比’两岸一家仇’好。有交流才有善意。”"),
                split("王芳：“我相信绝对比’两岸一家仇’好。有交流才有善意。”"));
        assertEquals(List.of("王芳说：“他说‘不行’。我们走了。”"), split("王芳说：“他说‘不行’。我们走了。”"));
    }

    @Test
    void keepsAQuotedPassageWithItsSpeaker() {
        assertEquals(List.of("“作为两国的领导人，我认为中美有责任共同管理分歧。我们会合作。”拜登说。", "这是第二句。"),
                split("“作为两国的领导人，我认为中美有责任共同管理分歧。我们会合作。”拜登说。这是第二句。"));
    }

    @Test
    void aNamesGlossInTheAttributionKeepsItWithTheQuote() {
        assertEquals(List.of("“谈判仍在继续。”印度外交部发言人斯里瓦斯塔瓦（Anurag Srivastava）说。", "这是第二句。"),
                split("“谈判仍在继续。”印度外交部发言人斯里瓦斯塔瓦（Anurag Srivastava）说。这是第二句。"));
        assertEquals(List.of("“经济是核心。”首尔大学教授金容铉（Kim Yong-hyun，音）说。"),
                split("“经济是核心。”首尔大学教授金容铉（Kim Yong-hyun，音）说。"));
        // a bracket that runs on is no gloss: the quote still ends its sentence
        assertEquals(List.of("“谈判仍在继续。”", "（本台记者在现场看到会场外聚集了大批示威者，警方封锁了附近的几条街道，还有更多内容）"),
                split("“谈判仍在继续。”（本台记者在现场看到会场外聚集了大批示威者，警方封锁了附近的几条街道，还有更多内容）"));
    }

    @Test
    void aLongAttributionEndingInAVerbOfSayingStaysWithTheQuote() {
        assertEquals(List.of("“两国都没有准备妥协。”曾在五角大楼负责中国、台湾和蒙古事务的前官员唐安竹对彭博社说。", "这是第二句。"),
                split("“两国都没有准备妥协。”曾在五角大楼负责中国、台湾和蒙古事务的前官员唐安竹对彭博社说。这是第二句。"));
        assertEquals(List.of("“美方一直将气候变化视为合作领域。”", "拜登与习近平在巴厘岛举行了三个多小时的会晤并发表联合声明宣布恢复对话机制。"),
                split("“美方一直将气候变化视为合作领域。”拜登与习近平在巴厘岛举行了三个多小时的会晤并发表联合声明宣布恢复对话机制。"));
    }

    @Test
    void aLongAttributionEndingInTheOneToldStaysWithTheQuote() {
        assertEquals(List.of("“这将是不寻常的。”一家欧洲银行的首席经济学家李明（Ming Li）在6月28日告诉美国全国广播公司财经频道。", "这是第二句。"),
                split("“这将是不寻常的。”一家欧洲银行的首席经济学家李明（Ming Li）在6月28日告诉美国全国广播公司财经频道。这是第二句。"));
        assertEquals(List.of("“谈判仍在继续。”伦敦一家智库的高级研究员李明（Ming Li）在周二的采访中告诉天空新闻(Sky News)。"),
                split("“谈判仍在继续。”伦敦一家智库的高级研究员李明（Ming Li）在周二的采访中告诉天空新闻(Sky News)。"));
        // someone already quoted who goes on telling is a new statement
        assertEquals(List.of("“这将是不寻常的。”", "这家欧洲银行的首席经济学家李明随后还告诉美国全国广播公司财经频道。"),
                split("“这将是不寻常的。”这家欧洲银行的首席经济学家李明随后还告诉美国全国广播公司财经频道。"));
        // 告诉 far from the end tells something else
        assertEquals(List.of("“这将是不寻常的。”", "一家欧洲银行的首席经济学家告诉记者他对今年下半年的全球经济前景十分悲观，并且认为衰退不可避免。"),
                split("“这将是不寻常的。”一家欧洲银行的首席经济学家告诉记者他对今年下半年的全球经济前景十分悲观，并且认为衰退不可避免。"));
    }

    @Test
    void aSpeakerBetweenTwoQuotesJoinsThem() {
        assertEquals(List.of("“中国认为自己赢了。”肯尼迪说，“这降低了调整的可能性。”"),
                split("“中国认为自己赢了。”肯尼迪说，“这降低了调整的可能性。”"));
        assertEquals(List.of("“中国认为自己赢了。”", "王毅还说，这降低了调整的可能性。"),
                split("“中国认为自己赢了。”王毅还说，这降低了调整的可能性。"));
        // the quote has its speaker already: what follows is a new statement
        assertEquals(List.of("默克尔表示：“今天可能没有结果。”", "默克尔强调，各方立场不同。"),
                split("默克尔表示：“今天可能没有结果。”默克尔强调，各方立场不同。"));
    }

    @Test
    void aQuoteFollowedByANewClauseEndsTheSentence() {
        assertEquals(List.of("王毅表示，\"切实落实两国元首重要共识。\"", "王毅还说，推动中美关系\"真正稳下来。\""),
                split("王毅表示，\"切实落实两国元首重要共识。\"王毅还说，推动中美关系\"真正稳下来。\""));
        assertEquals(List.of("他说：“我们不会让步。”", "“谈判还在继续。”"), split("他说：“我们不会让步。”“谈判还在继续。”"));
    }

    @Test
    void longRunsAreCutAtACommaAndOffsetsStayInPlace() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            b.append("拜登会见了外国领导人，");
        }
        String text = b.toString();
        List<Sentence> ss = splitter.split(text, 100, 3, BlockKind.CAPTION, 7);
        assertTrue(ss.size() > 3);
        int expectStart = 100;
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            assertEquals(7 + i, s.index());
            assertEquals(3, s.block());
            assertTrue(s.span().length() <= SentenceSplitter.MAX_LENGTH + 1, () -> "too long: " + s);
            assertEquals(expectStart, s.span().start());
            expectStart = s.span().end();
        }
        assertEquals(100 + text.length(), ss.get(ss.size() - 1).span().end());
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheBlock() {
        String text = "他说：“这句话没有结束。" + "后面还有很多句子。".repeat(60);
        assertTrue(split(text).size() > 1);
    }

    @Test
    void randomTextNeverThrowsAndSpansStayInRange() {
        Random random = new Random(20261122);
        String alphabet = "拜登习近平会晤说表示“”「」\"'。！？；，：（）() ab\n\t…—";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(900);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int previousEnd = 50;
            for (Sentence s : splitter.split(text, 50, 0, BlockKind.PARAGRAPH, 0)) {
                assertTrue(s.span().start() >= previousEnd && s.span().end() <= 50 + text.length() && s.span().length() > 0,
                        () -> "bad span " + s + " in " + text);
                previousEnd = s.span().end();
            }
        }
    }
}
