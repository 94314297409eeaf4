package org.guanxi.text;

import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Document;
import org.guanxi.doc.Sentence;

/**
 * A photo caption sits between two paragraphs of running text without breaking it: "……他说。" after a
 * caption goes on from the speaker of the paragraph before the photo. Looking back from a paragraph
 * therefore passes over captions and does not count them.
 */
public final class Captions {
    private Captions() {
    }

    /** Whether a look back from {@code from} passes over {@code earlier}: a caption, seen from outside captions. */
    public static boolean passedOver(Sentence from, Sentence earlier) {
        return earlier.kind() == BlockKind.CAPTION && from.kind() != BlockKind.CAPTION;
    }

    /**
     * How many sentences back sentence {@code earlier} lies from sentence {@code at}, not counting the
     * captions between them that a look back from {@code at} passes over (0 for the same sentence).
     */
    public static int distance(Document doc, int earlier, int at) {
        Sentence from = doc.sentences().get(at);
        int n = 0;
        for (int i = at - 1; i >= earlier && i >= 0; i--) {
            if (!passedOver(from, doc.sentences().get(i)) || i == earlier) {
                n++;
            }
        }
        return n;
    }
}
