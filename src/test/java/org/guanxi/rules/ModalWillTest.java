package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModalWillTest {
    private static boolean modal(String s) {
        return ModalWill.at(s, s.indexOf('会'));
    }

    @Test
    void willAfterANameOrAnAdverb() {
        assertTrue(modal("\uE000会在\uE001出席论坛。"));
        assertTrue(modal("\uE000会与\uE000通电话。"));
        assertTrue(modal("他们会前往\uE001。"));
        assertTrue(modal("\uE000表示会于下月访问\uE001。"));
        assertTrue(modal("双方届时会与\uE000会面。"));
        assertTrue(modal("\uE000总统会与\uE000通电话。"));
    }

    @Test
    void notANounOrPartOfAWord() {
        assertFalse(modal("峰会在\uE001举行。"));
        assertFalse(modal("国际社会与\uE000对话。"));
        assertFalse(modal("\uE000会见了\uE000。"));
        assertFalse(modal("大会与\uE000合作。"));
        assertFalse(modal("\uE000会同\uE002视察。"));
        assertFalse(modal("委员会在\uE001开会。"));
        assertFalse(modal("\uE000会，\uE000说。"));
    }
}
