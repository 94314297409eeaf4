package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Sentence;
import org.junit.jupiter.api.Test;

class QuoteAfterColonTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The sentences of paragraphs joined by newlines, as DocumentBuilder lays them out, after the join. */
    private List<String> sentences(BlockKind kind, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int b = 0; b < paragraphs.length; b++) {
            if (b > 0) {
                text.append('\n');
            }
            out.addAll(splitter.split(paragraphs[b], text.length(), b, kind, out.size()));
            text.append(paragraphs[b]);
        }
        String t = text.toString();
        List<Sentence> joined = QuoteAfterColon.join(out, t);
        for (int i = 0; i < joined.size(); i++) {
            assertEquals(i, joined.get(i).index(), "indices run on");
        }
        return joined.stream().map(s -> t.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    void aQuoteOpeningTheParagraphAfterAVerbOfSayingAndAColonJoinsIt() {
        assertEquals(List.of("部长会见了代表团。", "李明在会后表示：\n“双方应当加强沟通。”", "这是下一段。"),
                sentences(BlockKind.PARAGRAPH, "部长会见了代表团。李明在会后表示：", "“双方应当加强沟通。”", "这是下一段。"));
        assertEquals(List.of("她在文章中写道：\n「这不是一场战争。」"),
                sentences(BlockKind.PARAGRAPH, "她在文章中写道：", "「这不是一场战争。」"));
    }

    @Test
    void otherParagraphsStayApart() {
        // no verb of saying before the colon: a label or a heading
        assertEquals(List.of("会议议程如下：", "“合作与发展。”"), sentences(BlockKind.PARAGRAPH, "会议议程如下：", "“合作与发展。”"));
        // the next paragraph is no quote
        assertEquals(List.of("李明表示：", "双方应当加强沟通。"), sentences(BlockKind.PARAGRAPH, "李明表示：", "双方应当加强沟通。"));
        // the colon does not end the paragraph
        assertEquals(List.of("李明表示：合作重要。", "“双方应当加强沟通。”"), sentences(BlockKind.PARAGRAPH, "李明表示：合作重要。", "“双方应当加强沟通。”"));
        // headings and captions are not joined
        assertEquals(List.of("李明表示：", "“双方应当加强沟通。”"), sentences(BlockKind.HEADING, "李明表示：", "“双方应当加强沟通。”"));
    }
}
