package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentsTest {
    @Test
    void aSecondVerbOfSayingBeforeTheWordsIsDropped() {
        assertEquals("如果不能控制通胀，损害将更大", Contents.clean("说，如果不能控制通胀，损害将更大"));
        assertEquals("西沙群岛是中国固有领土。", Contents.clean("称“西沙群岛是中国固有领土。”"));
        assertEquals("对工人的需求非常大。", Contents.clean("表示：“对工人的需求非常大。”"));
    }

    @Test
    void wordsThatOpenWithSuchAVerbOfTheirOwnStay() {
        assertEquals("说到底，这是美国的内政", Contents.clean("说到底，这是美国的内政"));
        assertEquals("称霸世界不是中国的目标", Contents.clean("称霸世界不是中国的目标"));
    }
}
