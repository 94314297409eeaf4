package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Entity;
import org.junit.jupiter.api.Test;

class DescribedPeopleTest {
    private static Analysis analyze(String... paragraphs) {
        return TestSupport.pipeline().analyze(TestSupport.paragraphs(LocalDate.of(2021, 6, 14), paragraphs));
    }

    /** Whom (by Chinese name) the reference whose surface starts with {@code word} stands for, or nobody. */
    private static List<String> who(Analysis a, String word) {
        return a.references().stream().filter(r -> r.surface().startsWith(word)).findFirst()
                .map(r -> r.entities().stream().map(Entity::labelZh).toList()).orElse(List.of());
    }

    @Test
    void aDescriptionStandsForTheLastOneNamedWhomItFits() {
        Analysis a = analyze("据报道，首尔大学研究员金大中认为，北京希望缓和与华盛顿的关系。", "“这对半岛局势是好消息。”",
                "这位观察人士说，两国关系不会因此恶化。");
        assertEquals(List.of("金大中"), who(a, "这位观察人士"));
        // a heading with the noun over the expert's words does not stand between
        Analysis b = analyze("智库战略研究中心主任王建国说，朝鲜可能作出让步。", "专家：峰会或有突破", "这位防务专家甚至认为，峰会可能取得重大突破。");
        assertEquals(List.of("王建国"), who(b, "这位防务专家"));
        Analysis c = analyze("新泽西州共和党众议员克里斯·史密斯周三表示，北京的做法令人震惊。", "这位议员还呼吁国会采取行动。");
        assertEquals(List.of("克里斯·史密斯"), who(c, "这位议员"));
        // the description after the name
        Analysis e = analyze("瑞银证券的汤姆·克洛西尔是少有的持怀疑态度的分析师之一。", "“公司的账目有问题，”这位分析师说。");
        assertEquals(List.of("汤姆·克洛西尔"), who(e, "这位分析师"));
        Analysis f = analyze("据报道，一位名叫闫丽梦的研究学者周三接受了电视台的采访。", "采访中这位学者称，病毒来自实验室。");
        assertEquals(List.of("闫丽梦"), who(f, "这位学者"));
    }

    @Test
    void noOneWhenTheNounIsSomeoneUnnamedOrTheOneNamedIsAnObject() {
        // an official the article does not name, told of before the one named
        Analysis a = analyze("一位美国高级官员周一表示，美国计划投资非洲的基础设施。", "这位官员说，由副国家安全顾问李明率领的代表团上周访问了加纳。",
                "这位官员还说，计划可能在年底确定。");
        assertEquals(List.of(), who(a, "这位官员还"));
        // the ambassador named is the one spoken to
        Analysis b = analyze("外交部发言人说，国务秘书已向中国驻德国大使王伟重申了政府的立场。", "这位官员表示，德方对此表示关切。");
        assertEquals(List.of(), who(b, "这位官员"));
        // 该国官员: that country's officials, no one named
        Analysis c = analyze("外交部长王伟周二抵达河内。", "该国官员表示，会谈将在周三举行。");
        assertEquals(List.of(), who(c, "该国官员"));
        // the noun inside a clause about someone else
        Analysis d = analyze("外交部长王伟周二抵达河内。", "这名男子称被官员殴打，他说要讨回公道。");
        assertEquals(List.of(), who(d, "这名"));
        // a scholar the article does not name, then a professor: maybe the same one, maybe not
        Analysis e = analyze("北京大学教授刘强说，改革势在必行。", "一名不愿透露姓名的学者告诉本台，高校排名并不可靠。", "该教授表示，学术评价体系需要改革。");
        assertEquals(List.of(), who(e, "该教授"));
    }

    @Test
    void aCountryBeforeATitleNarrowsItToWhoHoldsThePostThere() {
        Analysis a = analyze("美国总统拜登周六与韩国总统尹锡悦在首尔会晤。", "“我们讨论了战略资产的部署。”韩国总统说。");
        assertEquals(List.of("尹锡悦"), who(a, "韩国总统"));
        // a president of a country the article names no president of
        Analysis b = analyze("美国总统拜登周六与韩国总统尹锡悦在首尔会晤。", "法国总统表示欢迎。");
        assertEquals(List.of(), who(b, "法国总统"));
    }
}
