package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Document;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.junit.jupiter.api.Test;

class CaptionsTest {
    private static final String TEXT = "甲说。图片说明。乙说。他说。";
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, BlockKind.PARAGRAPH, new Span(0, 3)),
            new Sentence(1, 1, BlockKind.CAPTION, new Span(3, 8)), new Sentence(2, 2, BlockKind.PARAGRAPH, new Span(8, 11)),
            new Sentence(3, 2, BlockKind.PARAGRAPH, new Span(11, 14)));

    @Test
    void aCaptionIsPassedOverFromRunningTextOnly() {
        assertTrue(Captions.passedOver(SENTENCES.get(2), SENTENCES.get(1)));
        assertFalse(Captions.passedOver(SENTENCES.get(1), SENTENCES.get(1)));
        assertFalse(Captions.passedOver(SENTENCES.get(2), SENTENCES.get(0)));
    }

    @Test
    void theDistanceBackDoesNotCountCaptions() {
        Document doc = new Document(null, TEXT, TEXT, SENTENCES);
        assertEquals(1, Captions.distance(doc, 0, 2));
        assertEquals(2, Captions.distance(doc, 0, 3));
        assertEquals(1, Captions.distance(doc, 2, 3));
        assertEquals(0, Captions.distance(doc, 3, 3));
    }
}
