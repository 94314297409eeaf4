package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Reference;
import org.junit.jupiter.api.Test;

class DelegationsTest {
    private static Article article(String... paragraphs) {
        return TestSupport.paragraphs(LocalDate.of(2023, 6, 20), paragraphs);
    }

    private static List<Reference> delegations(Analysis a) {
        return a.references().stream().filter(r -> r.how().equals("delegation")).toList();
    }

    private static List<String> ids(Reference r) {
        return r.entities().stream().map(Entity::id).toList();
    }

    @Test
    void aDelegationStandsForTheMembersTheArticleLists() {
        Article a = article("美国代表团周一在北京会见了中国国务院总理李强。",
                "代表团成员包括国务卿布林肯、财政部长耶伦和商务部长雷蒙多。");
        List<Reference> refs = delegations(TestSupport.pipeline().analyze(a));
        assertEquals(1, refs.size(), refs::toString);
        assertEquals(List.of("person/antony-blinken", "person/janet-yellen", "person/gina-raimondo"), ids(refs.get(0)));
        // the delegation's meeting is each member's
        Extraction x = TestSupport.pipeline().extract(a);
        Meeting m = x.meetings().stream().filter(mt -> mt.participants().contains("person/li-qiang")).findFirst().orElseThrow();
        assertTrue(m.participants().containsAll(ids(refs.get(0))), m::toString);
    }

    @Test
    void aBodyInsideAGroupWordOnlySaysWhoseItIs() {
        // "17名美国国会议员": 美国国会 is the members' body, the group word still stands for them
        Article a = article("赖清德周二透过视讯会晤了17名美国国会议员。", "包括参议员马基、众议员高野。");
        List<Reference> refs = delegations(TestSupport.pipeline().analyze(a));
        assertEquals(1, refs.size(), refs::toString);
        assertEquals(2, refs.get(0).entities().size(), refs::toString);
    }

    @Test
    void withoutAListOrForTheListItselfAGroupWordStandsForNoOne() {
        assertEquals(List.of(), delegations(TestSupport.pipeline().analyze(article("美国国会代表团周一会见了蔡英文。"))));
        // "甲、乙等2名议员": the people just named are the group, not a list elsewhere in the article
        Analysis b = TestSupport.pipeline().analyze(article("代表团成员包括国务卿布林肯、财政部长耶伦和商务部长雷蒙多。",
                "此前，佩洛西、麦卡锡等2名议员曾访台。"));
        assertEquals(List.of(), delegations(b), b.references()::toString);
    }

    @Test
    void theLeadersOfADelegationAreAmongItsMembers() {
        // the group word of the leading clause is the leader's own; later ones stand for the leader
        Article a = article("美国国务卿布林肯率领的代表团周一抵达北京。", "中国国务院总理李强周二会见了代表团。");
        List<Reference> refs = delegations(TestSupport.pipeline().analyze(a));
        assertEquals(1, refs.size(), refs::toString);
        assertEquals(List.of("person/antony-blinken"), ids(refs.get(0)));
        // another delegation is not the one led
        Analysis b = TestSupport.pipeline().analyze(article("美国国务卿布林肯率领的代表团周一抵达北京。", "另一个代表团周二将访问上海。"));
        assertEquals(List.of(), delegations(b), b.references()::toString);
    }

    @Test
    void everyWordAndCueMatchesItsExample() {
        for (String[] row : TestSupport.data().table("link/delegations.tsv")) {
            assertTrue(Pattern.compile(row[1].strip()).matcher(row[2].strip()).find(), () -> String.join(" | ", row));
        }
    }
}
