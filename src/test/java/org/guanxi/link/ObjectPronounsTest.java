package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Entity;
import org.junit.jupiter.api.Test;

class ObjectPronounsTest {
    private static Article article(String... paragraphs) {
        return TestSupport.paragraphs(LocalDate.of(2023, 6, 20), paragraphs);
    }

    /** The people each 他/她 stands for, in text order. */
    private static List<String> pronouns(String... paragraphs) {
        Analysis a = TestSupport.pipeline().analyze(article(paragraphs));
        return a.references().stream().filter(r -> r.how().equals("pronoun"))
                .map(r -> r.surface() + "=" + String.join("+", r.entities().stream().map(Entity::labelZh).toList())).toList();
    }

    @Test
    void aPronounMetIsTheOneTheTextIsAboutNotItsOwnClausesSubject() {
        assertEquals(List.of("他=秦刚"), pronouns("秦刚周一抵达天津。", "当天下午，副国务卿舍曼与他会面。"));
        assertEquals(List.of("他=森喜朗"), pronouns("森喜朗昨天表示，菅义伟前天上午打电话告诉他，希望访台顺利。"));
        assertEquals(List.of("他=奥斯汀"), pronouns("奥斯汀周四在东京提到，李尚福拒绝在对话会期间与他会晤。"));
    }

    @Test
    void aSpeakersSelfMeetingSomeoneIsTheSpeaker() {
        assertEquals(List.of("自己=马姆斯特罗姆"), pronouns("欧盟贸易委员马姆斯特罗姆表示，自己和美国贸易代表莱特希泽将很快会面。"));
        assertEquals(List.of(), pronouns("马姆斯特罗姆表示，自己的立场没有改变。"));
    }

    @Test
    void aPronounMetInAQuoteOrByTheOnlyPersonNamedStandsForNoOne() {
        assertEquals(List.of(), pronouns("拜登对记者说：“我上一次与他见面是在去年。”"));
        assertEquals(List.of(), pronouns("布林肯会见了他。"));
    }
}
