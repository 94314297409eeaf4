package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * Items (mentions, references) grouped by the sentence their span starts in, so that each
 * sentence looks at its own few instead of every item of a long article.
 */
final class BySentence<T> {
    private final List<Sentence> sentences;
    private final List<List<T>> groups;

    BySentence(List<Sentence> sentences, List<T> items, Function<T, Span> span) {
        this.sentences = sentences;
        groups = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            groups.add(new ArrayList<>());
        }
        for (T item : items) {
            int i = sentenceAt(sentences, span.apply(item).start());
            if (i >= 0) {
                groups.get(i).add(item);
            }
        }
    }

    /** The items whose span starts in this sentence of the document. */
    List<T> in(Sentence s) {
        int i = sentenceAt(sentences, s.span().start());
        return i >= 0 ? groups.get(i) : List.of();
    }

    /** The position of the last sentence starting at or before {@code offset}, or -1. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
