package org.guanxi.doc;

/**
 * A sentence of a document.
 *
 * @param index position in the document
 * @param block index of the block it lies in
 * @param span  offsets into {@link Document#text()} (and equally into {@link Document#norm()})
 */
public record Sentence(int index, int block, BlockKind kind, Span span) {
}
