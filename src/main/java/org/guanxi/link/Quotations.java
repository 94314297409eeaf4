package org.guanxi.link;

import java.util.List;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/** Quotations of a paragraph, and who says them, for the pronouns inside them. */
final class Quotations {
    private Quotations() {
    }

    /**
     * The quotation of its paragraph a position is inside (from its opening mark to its closing
     * one), or null; a quotation the text never closes (赵立坚说“……他还称) is none.
     */
    static Span around(Document doc, Sentence s, int at) {
        List<Sentence> all = doc.sentences();
        int first = s.index();
        while (first > 0 && all.get(first - 1).block() == s.block()) {
            first--;
        }
        int last = s.index();
        while (last + 1 < all.size() && all.get(last + 1).block() == s.block()) {
            last++;
        }
        String norm = doc.norm();
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean asciiOpen = false;
        for (int i = all.get(first).span().start(); i < at; i++) {
            char c = norm.charAt(i);
            if (c == '“' || c == '「' || c == '『') {
                open.push(i);
            } else if ((c == '”' || c == '」' || c == '』') && !open.isEmpty()) {
                open.pop();
            } else if (c == '"') {
                if (asciiOpen) {
                    open.pop();
                } else {
                    open.push(i);
                }
                asciiOpen = !asciiOpen;
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int depth = 1;
        int end = all.get(last).span().end();
        for (int i = at; i < end; i++) {
            char c = norm.charAt(i);
            if (c == '“' || c == '「' || c == '『') {
                depth++;
            } else if (c == '”' || c == '」' || c == '』' || c == '"') {
                if (--depth == 0) {
                    return new Span(open.peek(), i + 1);
                }
            }
        }
        return null;
    }

    /**
     * Whether the person says the quotation: named in its lead-in (川普评价巴雷特，“……”) or right
     * after it (“……”拜登说). Inside the quotation 他 and 她 are the speaker's words for someone
     * else, never the speaker.
     */
    static boolean saidBy(Document doc, List<Mention> mentions, List<Reference> refs, Span quote, Entity e) {
        String norm = doc.norm();
        int leadStart = quote.start();
        while (leadStart > 0 && "。！？!?\n".indexOf(norm.charAt(leadStart - 1)) < 0) {
            leadStart--;
        }
        int after = quote.end();
        int afterEnd = after;
        while (afterEnd < norm.length() && afterEnd < after + 16 && "。！？!?“\n".indexOf(norm.charAt(afterEnd)) < 0) {
            afterEnd++;
        }
        Span lead = new Span(leadStart, quote.start());
        Span tail = new Span(after, afterEnd);
        for (Mention m : mentions) {
            if (m.entity().id().equals(e.id()) && (lead.contains(m.span()) || tail.contains(m.span()))) {
                return true;
            }
        }
        for (Reference r : refs) {
            if (r.entities().size() == 1 && r.entities().get(0).id().equals(e.id()) && (lead.contains(r.span()) || tail.contains(r.span()))) {
                return true;
            }
        }
        return false;
    }
}
