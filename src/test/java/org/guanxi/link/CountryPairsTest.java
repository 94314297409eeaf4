package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.junit.jupiter.api.Test;

class CountryPairsTest {
    private static Analysis analyze(String... paragraphs) {
        return TestSupport.pipeline().analyze(TestSupport.paragraphs(LocalDate.of(2023, 6, 14), paragraphs));
    }

    @Test
    void twoCountriesAndAPostStandForTheTwoWhoHoldIt() {
        // a spokesman named last is not one of the two ministers
        Analysis a = analyze("中国外长王毅周四抵达莫斯科。印度外长苏杰生同日抵达。外交部发言人汪文斌介绍了情况。", "中印两国外长10日在莫斯科举行会谈。");
        assertEquals(List.of("person/s-jaishankar", "person/wang-yi"), PairIds.of(a, "中印两国外长"));
        Analysis b = analyze("美国总统拜登周五抵达首尔，韩国总统尹锡悦到机场迎接。", "美韩首脑随后在总统府举行会谈。");
        assertEquals(List.of("person/joe-biden", "person/yoon-suk-yeol"), PairIds.of(b, "美韩首脑"));
        // the president's spokesman (总统新闻秘书) is no head of state
        Analysis c = analyze("白宫表示，拜登总统将于6月16日在日内瓦与俄罗斯总统普京会面。", "克里姆林宫发言人佩斯科夫说，莫斯科欢迎这一消息。",
                "佩斯科夫还说，美俄首脑需要讨论战略稳定。");
        assertEquals(List.of("person/joe-biden", "person/vladimir-putin"), PairIds.of(c, "美俄首脑"));
    }

    @Test
    void noPairWhenACountryHasNoOneInThePostOrTheWordNamesTheEvent() {
        // three countries (日美澳防长): its last two are no pair of it
        Analysis t = analyze("美国国防部长奥斯汀与澳大利亚国防部长马尔斯周二通话。", "日美澳防长随后举行视频会议。");
        assertEquals(List.of(), PairIds.of(t, "美澳防长"));
        // no Indian minister named
        Analysis a = analyze("中国外长王毅周四抵达莫斯科。", "中印两国外长10日在莫斯科举行会谈。");
        assertEquals(List.of(), PairIds.of(a, "中印两国外长"));
        // inside the name of the talks: 举行了中美外长会谈
        Analysis b = analyze("国务卿布林肯周日抵达北京。外长秦刚到机场迎接。", "布林肯与秦刚举行了中美外长会谈。");
        assertTrue(b.references().stream().noneMatch(r -> r.surface().contains("中美外长")), b.references()::toString);
        // naming the kind of event, not its sides: 美俄首脑会晤提供交流机会
        Analysis c = analyze("白宫表示，拜登总统将于6月16日在日内瓦与俄罗斯总统普京会面。", "知情人士说，美俄首脑会晤将提供交流机会。");
        assertEquals(List.of(), PairIds.of(c, "美俄首脑"));
        // nor after 和 in a list of talks
        Analysis d = analyze("韩国总统文在寅周一与朝鲜领导人金正恩会面。", "双方围绕美朝谈判和韩朝首脑会谈等交换了意见。");
        assertEquals(List.of(), PairIds.of(d, "韩朝首脑"));
    }

    @Test
    void twoCountriesAndSidesStandForTheLastOneNamedOfEach() {
        // the aide quoted last is not one of the sides
        Analysis a = analyze("美国国务卿布林肯周一在北京与中国外长秦刚举行会谈。", "国务院发言人米勒对记者说，会谈是建设性的。",
                "米勒说，中美双方同意保持沟通。");
        assertEquals(List.of("person/antony-blinken", "person/qin-gang"), PairIds.of(a, "中美双方"));
        // no American named near: no sides, rather than the two Chinese named last
        Analysis b = analyze("中国外长王毅周四会见了国务委员杨洁篪。", "分析人士指出，美中双方再次碰面，气氛并不融洽。");
        assertEquals(List.of(), PairIds.of(b, "美中双方"));
        // 双方 alone is still read as the last two people named
        Analysis c = analyze("美国国务卿布林肯周一在北京与中国外长秦刚举行会谈。", "双方同意保持沟通。");
        assertEquals(List.of("person/antony-blinken", "person/qin-gang"), PairIds.of(c, "双方"));
    }
}
