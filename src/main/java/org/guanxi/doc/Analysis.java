package org.guanxi.doc;

import java.util.List;

/**
 * A document with its words, the names found in it and, once linked, what its pronouns and group
 * words refer to.
 *
 * @param tokens     the words of each sentence, indexed like {@link Document#sentences()}
 * @param mentions   names found, in text order, not overlapping
 * @param references pronouns and group words resolved to people, in text order
 */
public record Analysis(Document document, List<List<Token>> tokens, List<Mention> mentions, List<Reference> references) {
    public Analysis {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        references = List.copyOf(references);
    }

    public Analysis(Document document, List<List<Token>> tokens, List<Mention> mentions) {
        this(document, tokens, mentions, List.of());
    }
}
