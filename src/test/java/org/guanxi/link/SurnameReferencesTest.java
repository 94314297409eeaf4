package org.guanxi.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Entity;
import org.junit.jupiter.api.Test;

class SurnameReferencesTest {
    private static Article article(String... paragraphs) {
        return TestSupport.paragraphs(LocalDate.of(2023, 6, 20), paragraphs);
    }

    /** The people each surname standing alone is read for, in text order. */
    private static List<String> surnames(String... paragraphs) {
        Analysis a = TestSupport.pipeline().analyze(article(paragraphs));
        return a.references().stream().filter(r -> r.how().equals("surname"))
                .map(r -> r.surface() + "=" + String.join("+", r.entities().stream().map(Entity::labelZh).toList())).toList();
    }

    @Test
    void aSurnameThatOpensAClauseOfSayingIsThePersonOfThatSurnameNamedBefore() {
        assertEquals(List.of("赵=赵立坚"), surnames("外交部发言人赵立坚周一在记者会上批评英国。", "赵还称，英方应立即纠正错误。"));
        assertEquals(List.of("黄=黄之锋"), surnames("社运人士黄之锋周五接受了本台访问。", "他说，北京将拥有更大的权力；黄认为，法院将无法监督。"));
    }

    @Test
    void noSurnameIsReadWhenTwoOfItAreNamedOrNoneIsOrItIsNoSubject() {
        assertEquals(List.of(), surnames("发言人赵立坚和学者赵明都出席了会议。", "赵说，两国应加强合作。"));
        assertEquals(List.of(), surnames("发言人赵立坚出席了会议。", "王说，两国应加强合作。"));
        assertEquals(List.of(), surnames("学者曾伟出席了会议。", "外长李明会后，曾表示，两国应加强合作。"));
        assertEquals(List.of(), surnames("主编胡锡进发表了评论。", "网友回应：胡说，这根本不是事实。"));
    }
}
