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

    /**
     * Last characters that make a surname an address or a group, not a name: 李总, 王哥, 张姐, 刘老,
     * 陈董 (a person called by rank or kin), 陈男, 林女 (a suspect the press does not name), 陆媒,
     * 韩方, 美军 (the media, side or army of a place).
     */
    private static final String NOT_GIVEN_NAMES = "总哥姐叔伯婶嫂爷董局处老公氏某家兄弟男女媒方军企警";

    private final Set<String> cues;

    SpeakerNames(Set<String> cues) {
        this.cues = cues;
    }

    /**
     * True when {@code name}, the word at {@code index} of a sentence's {@code toks}, opens a
     * clause of {@code norm} (the document's text) and a verb of saying follows it.
     */
    boolean speaks(String norm, List<Token> toks, int index, String name) {
        // the name must be HanLP's whole word (翟大 cut from 翟大明 is not)
        if (index < 0 || index + 1 >= toks.size() || !toks.get(index).word().equals(name) || addressOrGroup(name)) {
            return false;
        }
        int verb = index + 1;
        // 张欣13日表示: a day between the name and the verb
        if (verb + 2 < toks.size() && toks.get(verb).word().chars().allMatch(Character::isDigit) && toks.get(verb + 1).word().equals("日")) {
            verb += 2;
        }
        Token next = toks.get(verb);
        if (!next.tag().startsWith("v") || !cues.contains(next.word())) {
            return false;
        }
        int at = toks.get(index).span().start();
        return index == 0 || at > 0 && at <= norm.length() && CLAUSE_OPENERS.indexOf(norm.charAt(at - 1)) >= 0;
    }

    /** A surname and a character that makes it an address or a group (李总, 陈男, 陆媒), not a name. */
    static boolean addressOrGroup(String name) {
        return name.length() == 2 && NOT_GIVEN_NAMES.indexOf(name.charAt(1)) >= 0;
    }
}
