package org.guanxi.ner;

import java.util.List;
import java.util.Set;
import org.guanxi.doc.Token;

/**
 * A Chinese name as the subject of a speech verb ("，李辉说", "童之伟表示"): news text names many
 * people only once, with no title, and HanLP's own name tag is then the only evidence. A name
 * that opens a clause (after the start of the sentence or a punctuation mark) and is followed
 * right away by a verb of saying is read as a person even with two characters (李辉), or with
 * 之, 中 or 正 in the given name (童之伟, 文贯中, 洪丕正), which otherwise mark a phrase. Nouns
 * among the cues (先生, 总统) and words in the middle of a clause (的高管表示) do not count.
 */
final class SpeakerNames {
    /** Punctuation a clause starts after. */
    private static final String CLAUSE_OPENERS = "，。：；、“”「」『』（）《》！？ ";

    private final Set<String> cues;

    SpeakerNames(Set<String> cues) {
        this.cues = cues;
    }

    /** True when the word at {@code index} of a sentence's {@code toks} opens a clause of {@code norm} (the document's text) and a verb of saying follows it. */
    boolean speaks(String norm, List<Token> toks, int index) {
        if (index < 0 || index + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(index + 1);
        if (!next.tag().startsWith("v") || !cues.contains(next.word())) {
            return false;
        }
        int at = toks.get(index).span().start();
        return index == 0 || at > 0 && at <= norm.length() && CLAUSE_OPENERS.indexOf(norm.charAt(at - 1)) >= 0;
    }
}
