package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventBeforeTest {
    @Test
    void findsTheLastEventWord() {
        String s = "为解决贸易纠纷，新一轮的美中谈判将于本月稍后举行。";
        int at = s.indexOf("谈判");
        assertArrayEquals(new int[] {at, at + 2}, EventBefore.last(s));
        String two = "双方上月会晤后，同意下周再举行会谈。";
        assertArrayEquals(new int[] {two.lastIndexOf("会谈"), two.lastIndexOf("会谈") + 2}, EventBefore.last(two));
    }

    @Test
    void noEventNoPlace() {
        assertNull(EventBefore.last("特朗普计划宣布对中国商品加征关税。"));
    }
}
