package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.guanxi.TestSupport;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer(TestSupport.data());

    @Test
    void foldsTraditionalToSimplifiedOneForOne() {
        String t = "習近平與拜登視頻通話時就曾警告，蘇利文在臺灣";
        String n = normalizer.normalize(t);
        assertEquals("习近平与拜登视频通话时就曾警告，苏利文在台湾", n);
        assertEquals(t.length(), n.length());
    }

    @Test
    void foldsFullWidthLatinInterpunctsAndRadicals() {
        assertEquals("G20峰会", normalizer.normalize("Ｇ２０峰会"));
        assertEquals("佐科·维多多、迈克·蓬佩奥、安东尼·布林肯", normalizer.normalize("佐科‧维多多、迈克•蓬佩奥、安东尼・布林肯"));
        // Kangxi radicals some pages use for ordinary characters (⾞ ⽉ ⽇)
        assertEquals("车月日", normalizer.normalize("⾞⽉⽇"));
        // the radical 丶 typed for the enumeration comma
        assertEquals("拜登、佩洛西", normalizer.normalize("拜登丶佩洛西"));
    }

    @Test
    void anOpeningMarkTypedToCloseAQuoteClosesIt() {
        assertEquals("“此次事件是印方挑衅造成的”，吴谦说。", normalizer.normalize("“此次事件是印方挑衅造成的“，吴谦说。"));
        // a paragraph that opens a quote again, after one left open: no typo
        assertEquals("“第一段\n“第二段，他说。", normalizer.normalize("“第一段\n“第二段，他说。"));
        assertEquals("他称“港独”，“是货真价实的”。", normalizer.normalize("他称“港独”，“是货真价实的”。"));
    }

    @Test
    void keepsPunctuationAsWritten() {
        assertEquals("（德国之声）“你好”，", normalizer.normalize("（德国之声）“你好”，"));
    }
}
