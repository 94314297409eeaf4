package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordIndexTest {
    private final WordIndex index = new WordIndex(List.of("两国元首", "两人", "双方", "双方代表", "中美元首"));

    @Test
    void eachWordIsFoundWhereverItStandsAsIndexOfFindsIt() {
        String text = "中美元首会晤后，双方代表表示两人…";
        boolean[] found = index.occurring(text);
        boolean[] expected = new boolean[5];
        List<String> words = List.of("两国元首", "两人", "双方", "双方代表", "中美元首");
        for (int k = 0; k < words.size(); k++) {
            expected[k] = text.contains(words.get(k));
        }
        assertArrayEquals(expected, found);
    }

    @Test
    void aTextWithoutTheWordsHasNone() {
        assertFalse(index.anyIn("两国外长会谈"));
        assertTrue(index.anyIn("会谈后双方"));
        assertArrayEquals(new boolean[5], index.occurring(""));
    }
}
