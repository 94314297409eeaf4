package org.guanxi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.guanxi.TestSupport;
import org.junit.jupiter.api.Test;

/** Bytes to text: UTF-8, CESU-8 surrogates, GBK/GB18030, Big5, UTF-16, binary and empty files. */
class TextDecoderTest {
    private static final String PAGE = "### 拜登与习近平在旧金山会晤\n\n<p>美国总统拜登与中国国家主席习近平周三在旧金山举行会晤，双方同意恢复两军沟通。"
            + "这是两国元首一年来首次面对面会谈，外界普遍认为会谈有助于稳定双边关系。</p>\n";
    private static final String TRADITIONAL = "### 蔡英文會見美國眾議院議長\n\n<p>台灣總統蔡英文在洛杉磯會見美國眾議院議長麥卡錫，雙方討論了台美關係與區域安全。"
            + "這是兩人首次在美國本土會面，外界關注北京的反應。</p>\n";

    @Test
    void utf8() {
        assertEquals(PAGE, TextDecoder.decode(PAGE.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void gb18030AndGbk() {
        for (String cs : new String[] {"GB18030", "GBK", "GB2312"}) {
            TextDecoder.Decoded d = TextDecoder.decode(PAGE.getBytes(Charset.forName(cs)));
            assertEquals(PAGE, d.text(), cs);
        }
    }

    @Test
    void big5() {
        TextDecoder.Decoded d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(TRADITIONAL, d.text());
        assertEquals("Big5", d.charset());
    }

    @Test
    void declaredCharsetWins() {
        String html = "<html><head><meta charset=\"gbk\"></head><body>" + PAGE + "</body></html>";
        assertEquals(html, TextDecoder.decode(html.getBytes(Charset.forName("GBK"))).text());
    }

    @Test
    void utf16WithByteOrderMark() {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        assertFalse(TextDecoder.looksBinary(b));
        assertEquals(PAGE, TextDecoder.decode(b).text());
    }

    @Test
    void encodedSurrogateHalvesBecomeTheCharacter() {
        // 🎬 written as two UTF-8-encoded surrogate halves, as a mirror stored it
        byte[] head = "#### [ ".getBytes(StandardCharsets.UTF_8);
        byte[] emoji = {(byte) 0xED, (byte) 0xA0, (byte) 0xBC, (byte) 0xED, (byte) 0xBE, (byte) 0xAC};
        byte[] tail = " 纪录片](x)\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + emoji.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(emoji, 0, all, head.length, emoji.length);
        System.arraycopy(tail, 0, all, head.length + emoji.length, tail.length);
        assertEquals("#### [ 🎬 纪录片](x)\n", TextDecoder.decode(all).text());
    }

    @Test
    void theCorpusFileWithSurrogatesReads() {
        PageReader reader = new PageReader(TestSupport.data());
        PageReader.Read r = assertInstanceOf(PageReader.Read.class, reader.read(TestSupport.corpus("bulk/soh/404344.md")));
        assertTrue(r.article().charset().contains("CESU"));
    }

    @Test
    void binaryAndEmptyFilesAreSkippedWithAReason() {
        PageReader reader = new PageReader(TestSupport.data());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertTrue(TextDecoder.looksBinary(png));
        assertEquals("binary file, not a text page",
                assertInstanceOf(PageReader.Skipped.class, reader.read("a.md", "/x/a.md", png)).reason());
        assertEquals("empty file", assertInstanceOf(PageReader.Skipped.class, reader.read("b.md", "/x/b.md", new byte[0])).reason());
        assertInstanceOf(PageReader.Skipped.class, reader.read("c.md", "/x/c.md", "just some English, no news".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gbkPageReadsLikeUtf8() {
        PageReader reader = new PageReader(TestSupport.data());
        var a = assertInstanceOf(PageReader.Read.class, reader.read("g.md", "/x/g.md", PAGE.getBytes(Charset.forName("GBK")))).article();
        var b = assertInstanceOf(PageReader.Read.class, reader.read("u.md", "/x/u.md", PAGE.getBytes(StandardCharsets.UTF_8))).article();
        assertEquals(b.title(), a.title());
        assertEquals(b.blocks(), a.blocks());
    }
}
