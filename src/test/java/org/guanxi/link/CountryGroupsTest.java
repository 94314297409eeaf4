package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.junit.jupiter.api.Test;

class CountryGroupsTest {
    private static Analysis analyze(LocalDate published, String... paragraphs) {
        return TestSupport.pipeline().analyze(TestSupport.paragraphs(published, paragraphs));
    }

    @Test
    void aListOfCountriesAndAPostStandsForThoseWhoHoldIt() {
        // named after the list: the announcement first, then who attends; 茂木敏充's post is the gazetteer's
        Analysis a = analyze(LocalDate.of(2020, 9, 30), "国务卿蓬佩奥将在东京与澳洲、印度、日本3国外长举行会议。",
                "会议由日本外务大臣茂木敏充主持。澳洲外长佩恩、印度外长苏杰生将出席。");
        assertEquals(List.of("person/marise-payne", "person/s-jaishankar", "person/toshimitsu-motegi"), PairIds.of(a, "澳洲、印度、日本3国外长"));
        // one-character countries written together, named before
        Analysis b = analyze(LocalDate.of(2023, 8, 18), "美国总统拜登在戴维营迎接韩国总统尹锡悦和日本首相岸田文雄。", "美日韩三国首脑随后发表联合声明。");
        assertEquals(List.of("person/fumio-kishida", "person/joe-biden", "person/yoon-suk-yeol"), PairIds.of(b, "美日韩三国首脑"));
    }

    @Test
    void noGroupForTwoTogetherForAnEventOrForTooFewHolders() {
        // two one-character countries written together are CountryPairs' word
        Analysis a = analyze(LocalDate.of(2023, 8, 18), "美国总统拜登周五会见韩国总统尹锡悦。", "美韩两国元首讨论了朝鲜问题。");
        assertTrue(a.references().stream().noneMatch(r -> r.how().equals("countries")), a.references()::toString);
        // the name of the meeting (四国外长会议) names no sides
        Analysis b = analyze(LocalDate.of(2020, 10, 6), "国务卿蓬佩奥与澳洲外长佩恩会面。", "印度外长苏杰生出席了美、日、澳、印四国外长会议。");
        assertEquals(List.of(), PairIds.of(b, "美、日、澳、印四国外长"));
        // only one of the three countries has its minister named
        Analysis c = analyze(LocalDate.of(2020, 10, 6), "国务卿蓬佩奥周二抵达东京。", "美日澳外长将举行会谈。");
        assertEquals(List.of(), PairIds.of(c, "美日澳外长"));
        // 参加 is no Canada
        Analysis d = analyze(LocalDate.of(2023, 8, 18), "美国总统拜登会见韩国总统尹锡悦和日本首相岸田文雄。", "加拿大总理特鲁多将参加美日韩首脑的晚宴。");
        assertEquals(List.of(), PairIds.of(d, "加美日韩首脑"));
        assertEquals(List.of("person/fumio-kishida", "person/joe-biden", "person/yoon-suk-yeol"), PairIds.of(d, "美日韩首脑"));
    }
}
