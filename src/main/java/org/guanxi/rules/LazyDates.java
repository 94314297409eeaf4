package org.guanxi.rules;

import java.time.LocalDate;
import java.util.List;

/** The dates of a sentence, found only when a rule first asks for them. */
final class LazyDates extends java.util.AbstractList<Dates.Found> {
    private final String norm;
    private final int offset;
    private final LocalDate published;
    private List<Dates.Found> found;

    LazyDates(String norm, int offset, LocalDate published) {
        this.norm = norm;
        this.offset = offset;
        this.published = published;
    }

    private List<Dates.Found> found() {
        if (found == null) {
            found = Dates.find(norm, offset, published);
        }
        return found;
    }

    @Override
    public Dates.Found get(int i) {
        return found().get(i);
    }

    @Override
    public int size() {
        return found().size();
    }
}
