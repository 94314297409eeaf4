package org.guanxi.doc;

import java.util.List;

/**
 * An article's text ready for recognition: the blocks joined by newlines ({@code text}), the
 * same text normalised for matching ({@code norm}: simplified characters, half-width Latin, one
 * interpunct), and its sentences. Normalisation keeps every character in place, so one offset
 * serves both strings: evidence and quotes come from {@code text}, matching runs on {@code norm}.
 */
public record Document(Article article, String text, String norm, List<Sentence> sentences) {
    public Document {
        if (text.length() != norm.length()) {
            throw new IllegalArgumentException("normalised text must keep offsets");
        }
        sentences = List.copyOf(sentences);
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    public String norm(Span span) {
        return norm.substring(span.start(), span.end());
    }

    public String text(Sentence sentence) {
        return text(sentence.span());
    }
}
