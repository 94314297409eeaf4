package org.guanxi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.guanxi.TestSupport;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page layout of the shared corpus, read from the real files. */
class PageReaderTest {
    private static final PageReader READER = new PageReader(TestSupport.data());
    /** Text that is never article text: navigation, promotion, share footers, copyright, feed promos. */
    private static final List<String> NEVER = List.of("翻墙", "手机上长按", "原文地址", "原文链接", "获取更多RSS", "版权声明",
            "禁闻聚合", "图像来源", "责任编辑", "feedx", "gfw-breaker", "首页");

    static Stream<Arguments> pages() {
        return Stream.of(
                // gfw-breaker banned-news3 mirror (seed 000): nav, promos, <ok> tags, share footer
                Arguments.of("seeds/000_6ec2a00bcbe8cd1a.txt", "拜登习近平G20会晤 美中曾私下沟通两个月", "2022-11-14", "大纪元",
                        "11月14日，在印尼巴厘岛举行的G20领导人峰会期间，美国总统拜登和中共国家主席习近平举行会晤。"),
                // epic-marker mirror (seed 001): caption outside the article body
                Arguments.of("seeds/001_a737fcdc7f5a49bc.txt", "消息：拜登计划11月与习近平于加州会面", "2023-10-06", "大纪元",
                        "2022年11月14日，拜登与习近平在巴厘岛进行面对面会晤。"),
                // feed archive, BBC <main role="main"> (seed 002)
                Arguments.of("seeds/002_69b88565b5e066af.txt", "拜登和习近平视频峰会：他们想从谈判中得到什么", "2021-11-15", "BBC中文",
                        "一天后，中国国务委员、外交部长王毅与美国国务卿布林肯通电话。"),
                // feed archive, DW (seed 004)
                Arguments.of("seeds/004_e619d5beb84530a3.txt", "王毅与拜登会晤 美中共同推动“拜习会”", "2023-10-28", "德国之声",
                        "布林肯、沙利文等人也参加了拜登与王毅的会谈"),
                // banned-news 2018, VOA with <div class="published"><time>
                Arguments.of("relevant/voa/4566361.md", "白宫：金正恩要求再与特朗普总统会面", "2018-09-11", "美国之音",
                        "白宫星期一说，朝鲜领导人金正恩致函美国，要求再次与特朗普总统会面。"),
                // feed archive, RFI: dd/mm/yyyy date, site name after the title
                Arguments.of("relevant/rfi/1048026_美国务卿与塔利班领袖通话 警告别攻击美国人 – 法国国际广播电台 - RFI.md",
                        "美国务卿与塔利班领袖通话 警告别攻击美国人", "2020-07-01", "法广", "蓬佩奥昨天与塔利班谈判代表巴拉达"),
                // feed archive, RFI: the bold lead paragraph stands before the body element
                Arguments.of("relevant/rfi/1047007_王毅与俄外长通话批评：美国哪里还有大国应有的样子.md",
                        "王毅与俄外长通话批评：美国哪里还有大国应有的样子", "2020-07-18", "法广", "王毅17日同俄罗斯外长拉夫罗夫通电话"),
                // feed archive, Reuters
                Arguments.of("relevant/reuters/1048002_美国特使将访问韩国 讨论陷入停滞的朝核谈判.md",
                        "美国特使将访问韩国 讨论陷入停滞的朝核谈判", "2020-07-03", "路透", "美国负责朝鲜问题的官员下周将访问韩国"),
                // feed archive, NYT
                Arguments.of("relevant/nyt/1048154_病毒比制裁更有效：新冠疫情重创朝鲜经济.md", "病毒比制裁更有效：新冠疫情重创朝鲜经济",
                        "2020-07-06", "纽约时报中文网", "但是有一件事是金正恩没有预料到的：新冠病毒。"),
                // feed archive, FT
                Arguments.of("relevant/ft/1048072_朝鲜表示不会再与特朗普进行峰会.md", "朝鲜表示不会再与特朗普进行峰会", "2020-07-10",
                        "FT中文网", "金与正(Kim Yo Jong)周五表示"),
                // CDT: [title](url) header and a 日期 line
                Arguments.of("bulk/cdt/400485_【中国哭墙】意难平（6月23日）.md", "【中国哭墙】意难平（6月23日）", "2020-06-23",
                        "中国数字时代", "因为李文亮的微博随时可能被网络审查部门下令删除"),
                // banned-news2 NTDTV with 【新唐人北京时间……讯】
                Arguments.of("relevant/ntdtv/a102949336.md", "议员抵制习近平访日 菅义伟通话不提邀请", "2020-09-26", "新唐人",
                        "菅义伟与习近平通话，时长约半小时。"),
                // RFA: the date only in the URL
                Arguments.of("relevant/rfa/rc-03272020110802.md", "特朗普与习近平放下电话较量持续", "2020-03-27", "自由亚洲电台",
                        "特朗普和习近平通过电话后"),
                // Sound of Hope, invalid UTF-8 (CESU-8 surrogate halves) and a dateline without 讯
                Arguments.of("bulk/soh/404344.md", "【即时更新】休斯敦中领馆已经降旗摘牌搬东西走人了", "2020-07-24", "希望之声",
                        "美国国务院勒令中共驻休斯敦总领馆"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsThePage(String file, String title, String date, String outlet, String sentence) {
        PageReader.Result r = READER.read(TestSupport.corpus(file));
        Article a = assertInstanceOf(PageReader.Read.class, r, () -> "skipped: " + r).article();
        assertEquals(title, a.title());
        assertEquals(LocalDate.parse(date), a.published());
        assertEquals(outlet, a.outlet());
        assertEquals(BlockKind.TITLE, a.blocks().get(0).kind());
        String text = a.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        assertTrue(text.contains(sentence), () -> "missing: " + sentence + "\n" + text);
        for (String junk : NEVER) {
            assertFalse(text.contains(junk), () -> "boilerplate '" + junk + "' kept:\n" + text);
        }
        assertTrue(a.url() != null && a.url().startsWith("http"), () -> "url: " + a.url());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsNoLayoutWhitespace(String file, String title, String date, String outlet, String sentence) {
        Article a = ((PageReader.Read) READER.read(TestSupport.corpus(file))).article();
        for (Block b : a.blocks()) {
            assertFalse(b.text().contains("\n"), () -> "line break in block: " + b.text());
            assertFalse(b.text().matches(".*\\p{IsHan}\\s{2,}\\p{IsHan}.*"), () -> "layout spaces: " + b.text());
        }
    }

    @org.junit.jupiter.api.Test
    void bylinesAreTakenOutOfTheText() {
        Article a = ((PageReader.Read) READER.read(TestSupport.corpus("seeds/000_6ec2a00bcbe8cd1a.txt"))).article();
        assertEquals(List.of("徐简", "李玲"), a.bylines());
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().contains("大纪元记者")));
    }

    @org.junit.jupiter.api.Test
    void relatedArticleLinksAreKeptApart() {
        Article a = ((PageReader.Read) READER.read(TestSupport.corpus("seeds/002_69b88565b5e066af.txt"))).article();
        List<String> related = a.blocks().stream().filter(b -> b.kind() == BlockKind.RELATED).map(Block::text).toList();
        assertEquals(3, related.size(), related::toString);
        assertTrue(related.get(2).startsWith("习近平近两年无外访引热议"));
    }

    @org.junit.jupiter.api.Test
    void promotionLinksOfTheMirrorAreDropped() {
        Article a = ((PageReader.Read) READER.read(TestSupport.corpus("seeds/000_6ec2a00bcbe8cd1a.txt"))).article();
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().contains("袁隆平") || b.text().contains("天安门自焚")));
    }

    /**
     * A page the test writes in the layout of a Taiwanese wire service: traditional characters, a
     * section and the site after the title, the date only in metadata, a dateline with the
     * reporter's name opening the body and an editor's note closing it.
     */
    private static final String WIRE_PAGE = """
            <!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
            <title>拜習會登場 兩人握手後展開會談 | 國際 | 中央社 CNA</title>
            <meta itemprop="datePublished" content="2022/11/14 17:45"></head><body>
            <div class="menu"><ul><li><a href="/list/aall.aspx">即時</a></li><li><a href="/list/aopl.aspx">國際</a></li></ul></div>
            <div class="centralContent"><h1><span>拜習會登場 兩人握手後展開會談</span></h1>
            <div class="paragraph"><p>（中央社記者王大明華盛頓14日專電）美國總統拜登今天在峇里島與中國國家主席習近平舉行會談。</p>
            <p>拜登在會談開始前表示，雙方有責任管控分歧。（編輯：張小華）1111114</p></div></div>
            </body></html>
            """;

    @org.junit.jupiter.api.Test
    void wirePageInTraditionalCharacters() {
        PageReader.Result r = READER.read("wire.html", "test/wire.html", WIRE_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Article a = ((PageReader.Read) r).article();
        assertEquals("拜習會登場 兩人握手後展開會談", a.title());
        assertEquals(LocalDate.of(2022, 11, 14), a.published());
        assertEquals(List.of("張小華"), a.bylines());
        List<String> texts = a.blocks().stream().map(Block::text).toList();
        assertTrue(texts.contains("美國總統拜登今天在峇里島與中國國家主席習近平舉行會談。"), texts::toString);
        assertTrue(texts.contains("拜登在會談開始前表示，雙方有責任管控分歧。"), texts::toString);
        assertTrue(texts.stream().noneMatch(t -> t.contains("即時") || t.contains("中央社記者")), texts::toString);
    }

    /** A page the test writes: a gallery whose captions sit only in attributes, escaped twice. */
    private static final String GALLERY_PAGE = """
            <html><head><title>普京会见习近平</title></head><body><article><h1>普京会见习近平</h1>
            <p>俄罗斯总统普京星期四在莫斯科会见了中国国家主席习近平，双方讨论了两国关系。</p>
            <div class="gallery"><div data-lbox-gallery-item-src="a.jpg"
              data-lbox-gallery-item-title="俄罗斯总统弗拉基米尔&amp;middot;普京和日本首相安倍晋三在海参崴会晤。"></div>
            <figure data-caption="美国国防部长马蒂斯在五角大楼讲话。"><img src="b.jpg" alt="美国国防部长马蒂斯在五角大楼讲话。"></figure></div>
            <p>这是第二段，文中有<a href="x" data-title="链接的提示不是图片说明文字">一个链接</a>，段落不被切开。</p>
            </article></body></html>
            """;

    @org.junit.jupiter.api.Test
    void galleryAndFigureCaptionAttributesAreRead() {
        PageReader.Result r = READER.read("gallery.html", "test/gallery.html", GALLERY_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Article a = ((PageReader.Read) r).article();
        List<String> captions = a.blocks().stream().filter(b -> b.kind() == BlockKind.CAPTION).map(Block::text).toList();
        assertEquals(List.of("俄罗斯总统弗拉基米尔·普京和日本首相安倍晋三在海参崴会晤。", "美国国防部长马蒂斯在五角大楼讲话。"), captions);
        assertTrue(a.blocks().stream().anyMatch(b -> b.text().equals("这是第二段，文中有一个链接，段落不被切开。")), a.blocks()::toString);
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().contains("提示")));
    }
}
