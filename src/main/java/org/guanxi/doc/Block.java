package org.guanxi.doc;

/** One paragraph-like piece of an article's text, whitespace already tidied. */
public record Block(BlockKind kind, String text) {
}
