package org.guanxi.doc;

/** A half-open character range [start, end) into a document's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public Span shift(int by) {
        return new Span(start + by, end + by);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
