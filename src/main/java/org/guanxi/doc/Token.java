package org.guanxi.doc;

/** A word of a segmented sentence, with its part-of-speech tag and document offsets. */
public record Token(String word, String tag, Span span) {
}
