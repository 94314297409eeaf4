package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * A sentence as the rules see it: its folded text with every name (with its title) replaced by
 * one placeholder character, so that patterns read like "{P}与{P}会晤". Each character remembers
 * the document span it stands for and, for placeholders, the mention or reference behind it.
 */
final class Marked {
    static final char PERSON = '\uE000';
    static final char PLACE = '\uE001';
    static final char ORG = '\uE002';
    static final char GROUP = '\uE003';

    final Sentence sentence;
    final String text;
    private final int[] from;
    private final int[] to;
    private final Object[] items;

    private Marked(Sentence sentence, String text, int[] from, int[] to, Object[] items) {
        this.sentence = sentence;
        this.text = text;
        this.from = from;
        this.to = to;
        this.items = items;
    }

    /** @param mentions and {@code refs} sorted by start; those outside the sentence are ignored */
    static Marked of(Document doc, Sentence s, List<Mention> mentions, List<Reference> refs) {
        int start = s.span().start();
        int end = s.span().end();
        StringBuilder b = new StringBuilder(end - start);
        List<Integer> f = new ArrayList<>();
        List<Integer> t = new ArrayList<>();
        List<Object> it = new ArrayList<>();
        int mi = 0;
        int ri = 0;
        int i = start;
        while (i < end) {
            while (mi < mentions.size() && mentions.get(mi).fullSpan().start() < i) {
                mi++;
            }
            while (ri < refs.size() && refs.get(ri).span().start() < i) {
                ri++;
            }
            Mention m = mi < mentions.size() && mentions.get(mi).fullSpan().start() == i ? mentions.get(mi) : null;
            Reference r = ri < refs.size() && refs.get(ri).span().start() == i ? refs.get(ri) : null;
            if (m != null && m.fullSpan().end() <= end) {
                b.append(placeholder(m.type()));
                f.add(i);
                t.add(m.fullSpan().end());
                it.add(m);
                i = m.fullSpan().end();
            } else if (r != null && r.span().end() <= end) {
                b.append(r.isGroup() ? GROUP : PERSON);
                f.add(i);
                t.add(r.span().end());
                it.add(r);
                i = r.span().end();
            } else {
                b.append(doc.norm().charAt(i));
                f.add(i);
                t.add(i + 1);
                it.add(null);
                i++;
            }
        }
        return new Marked(s, b.toString(), toArray(f), toArray(t), it.toArray());
    }

    private static char placeholder(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case PLACE -> PLACE;
            case ORGANIZATION -> ORG;
        };
    }

    private static int[] toArray(List<Integer> xs) {
        int[] a = new int[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }

    /** The document span of marked characters [start, end). */
    Span docSpan(int start, int end) {
        if (start >= end) {
            int at = start < from.length ? from[start] : (to.length == 0 ? sentence.span().start() : to[to.length - 1]);
            return new Span(at, at);
        }
        return new Span(from[start], to[end - 1]);
    }

    /** The people named in marked characters [start, end), in order, each once. */
    List<Entity> people(int start, int end) {
        List<Entity> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (items[i] instanceof Mention m && m.type() == EntityType.PERSON) {
                addOnce(out, m.entity());
            } else if (items[i] instanceof Reference r) {
                r.entities().forEach(e -> addOnce(out, e));
            }
        }
        return out;
    }

    /** The places named in [start, end), in order; a place inside a person's title does not count. */
    List<Entity> places(int start, int end) {
        List<Entity> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (items[i] instanceof Mention m && m.type() == EntityType.PLACE) {
                addOnce(out, m.entity());
            }
        }
        return out;
    }

    /** Positions of place placeholders in [start, end). */
    List<Integer> placeIndexes(int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (items[i] instanceof Mention m && m.type() == EntityType.PLACE) {
                out.add(i);
            }
        }
        return out;
    }

    Entity placeAt(int i) {
        return items[i] instanceof Mention m && m.type() == EntityType.PLACE ? m.entity() : null;
    }

    /** Marked index of the character at document offset {@code docOffset}, or -1. */
    int indexOf(int docOffset) {
        for (int i = 0; i < from.length; i++) {
            if (from[i] <= docOffset && docOffset < to[i]) {
                return i;
            }
        }
        return -1;
    }

    private static void addOnce(List<Entity> out, Entity e) {
        for (Entity x : out) {
            if (x.id().equals(e.id())) {
                return;
            }
        }
        out.add(e);
    }
}
