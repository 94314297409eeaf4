package org.guanxi.doc;

/**
 * Why a fact is in the graph: the sentence it was read from, the matched characters, the rule.
 *
 * @param sentence index of the sentence in the document
 * @param span     the characters the rule matched, in document offsets
 * @param text     the sentence as written
 */
public record Evidence(int sentence, Span span, String text, String rule, double confidence) {
}
