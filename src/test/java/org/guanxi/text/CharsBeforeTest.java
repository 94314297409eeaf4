package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsBeforeTest {
    @Test
    void looksOnlyAtTheLastCharactersBeforeThePlace() {
        String text = "习近平还和这两位举行了会谈";
        int at = text.indexOf("两位");
        assertTrue(CharsBefore.any(text, 0, at, 2, "与和同跟"), "和 is the second character before 两位");
        assertFalse(CharsBefore.any(text, 0, at, 1, "与和同跟"), "和 is not the last one");
        assertFalse(CharsBefore.any(text, at - 1, at, 4, "与和同跟"), "nothing before from is read");
    }

    @Test
    void theStartOfTheTextBoundsTheWindow() {
        assertTrue(CharsBefore.any("与他", 0, 1, 4, "与和"));
        assertFalse(CharsBefore.any("", 0, 0, 4, "与和"));
    }
}
