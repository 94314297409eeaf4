package org.guanxi.link;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.text.CharsBefore;

/**
 * A pair word taken as the other side by the one named right before it ("习近平还和这两位举行了会谈",
 * "普京与二人会谈"): the subject meets the two, so he is not one of them, even when he was named last.
 */
final class PairObject {
    /** Right before the pair word: a few adverbs, then 与/和/同/跟 (and 这, when the word does not hold it). */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?:还|也|又|再|并|则|曾|将|已|随后|分别)*(?:与|和|同|跟)这?$");

    private PairObject() {
    }

    /**
     * The person whose 与/和 takes the pair word at {@code i} (an offset in the sentence text {@code norm}, which starts
     * at {@code sentenceStart} in the document), or null when no named person stands right before that 与/和.
     */
    static Entity subject(String norm, List<Mention> mentions, int sentenceStart, int i) {
        // 与/和/同/跟 stands among the four characters before i where WITH_BEFORE matches (这 and a line break at most after it)
        if (!CharsBefore.any(norm, 0, i, 4, "与和同跟")) {
            return null;
        }
        Matcher m = WITH_BEFORE.matcher(norm.substring(0, i));
        if (!m.find()) {
            return null;
        }
        int end = sentenceStart + m.start();
        for (Mention x : mentions) {
            if (x.type() == EntityType.PERSON && x.span().end() == end) {
                return x.entity();
            }
        }
        return null;
    }
}
