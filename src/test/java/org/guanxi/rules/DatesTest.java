package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date expressions resolved against the publication date, as precisely as the text gives them. */
class DatesTest {
    @ParameterizedTest(name = "{0} in an article of {1}")
    @CsvSource({
            "2022年11月14日，拜登和习近平举行会晤, 2023-10-06, 2022-11-14",
            "周四（10月5日）表示, 2023-10-06, 2023-10-05",
            "知情官员周四表示, 2023-10-06, 2023-10-05",
            "沙利文上周四表示, 2022-11-14, 2022-11-10",
            "王毅在26日与布林肯会晤, 2023-10-28, 2023-10-26",
            "他在29日抵达, 2023-11-02, 2023-10-29",
            "白宫国安顾问沙利文9月中旬则在马耳他与王毅会晤, 2023-10-28, 2023-09",
            "孙卫东在9月底访美, 2023-10-28, 2023-09",
            "习近平在今年夏天与拜登视频通话, 2022-11-14, 2022",
            "上个月，习近平缺席了峰会, 2023-10-06, 2023-09",
            "在两人去年9月通话后, 2021-11-15, 2020-09",
            "预计在11月会面, 2023-10-06, 2023-11",
            "12月的会谈, 2024-01-05, 2023-12",
            "昨天与塔利班通话, 2020-07-01, 2020-06-30",
            "本月计划访问华盛顿, 2023-10-06, 2023-10",
            "拜登本月20日在旧金山会见习近平, 2023-10-06, 2023-10-20",
            "他下个月3日抵达, 2023-10-06, 2023-11-03",
            "2049年实现统一, 2022-11-14, 2049",
            "拜登将于5月20日至24日访问亚洲, 2022-05-19, 2022-05-20",
            "去年9月6-7日，默克尔访华, 2020-07-19, 2019-09-06",
            "众议员7日至9日访问台湾, 2022-09-08, 2022-09-07",
            // a span of weekdays that holds the publication day (a Thursday, then a Friday) is this week's
            "马杜罗星期四到星期六访问中国, 2018-09-13, 2018-09-13",
            "马杜罗将于星期四到星期六访问中国, 2018-09-14, 2018-09-13",
            "马杜罗周一至周三访问日本, 2018-09-13, 2018-09-10",
            "马杜罗上周四到周六访问中国, 2018-09-13, 2018-09-06",
    })
    void resolves(String text, String published, String expected) {
        List<Dates.Found> found = Dates.find(text, 0, LocalDate.parse(published));
        assertTrue(!found.isEmpty(), () -> "no date in " + text);
        assertEquals(expected, found.get(0).past().toString());
    }

    @ParameterizedTest(name = "{0} in an article of {1}")
    @CsvSource({
            "1946年3月，蒋介石下令在4月2日前攻下四平, 2020-04-01, 1946-04-02",
            "2019年12月访华后，又于1月5日访日, 2020-10-01, 2020-01-05",
            "2023年1月25日出发，27日抵达洪都拉斯, 2023-02-20, 2023-01-27",
            "今年3月访华，5月2日访日, 2023-10-01, 2023-05-02",
    })
    void aDateWithoutItsYearTakesTheYearWrittenBeforeIt(String text, String published, String expected) {
        List<Dates.Found> found = Dates.find(text, 0, LocalDate.parse(published));
        assertEquals(expected, found.get(found.size() - 1).past().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"将在周一举行视频会面, 2021-11-12, 2021-11-15, 2021-11-08",
            // a month without its year: the last one for an event told as done, the next one for an event to come;
            // a month a season ahead at most is this year's either way ("峰会11月在旧金山举行" in July)
            "3月与岸田文雄会面, 2023-10-28, 2024-03, 2023-03", "将于6月16日会面, 2023-10-28, 2024-06-16, 2023-06-16",
            "12月将会面, 2023-10-28, 2023-12, 2023-12", "11月举行峰会, 2023-07-10, 2023-11, 2023-11", "12月会面, 2023-01-05, 2023-12, 2022-12",
            "5月会面, 2023-05-20, 2023-05, 2023-05"})
    void aWeekdayOrAMonthAloneLooksBackOrAheadByTheEventsStatus(String text, String published, String future, String past) {
        Dates.Found f = Dates.find(text, 0, LocalDate.parse(published)).get(0);
        assertEquals(future, f.future().toString());
        assertEquals(past, f.past().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"两国关系不佳, 2020-01-01", "6个月以来, 2020-01-01", "20国集团峰会, 2020-01-01", "共3.5亿美元, 2020-01-01",
            "马克龙2017年以来首次访华, 2020-01-01", "特朗普2017年上任以来第一次访问印度, 2020-01-01",
            // the year of 当年/同年 is an earlier sentence's, not the publication's
            "当年12月，拜登访问中国, 2020-10-17", "同年5月20日双方会晤, 2020-10-17"})
    void findsNoDateWhereThereIsNone(String text, String published) {
        assertEquals(List.of(), Dates.find(text, 0, LocalDate.parse(published)));
    }
}
