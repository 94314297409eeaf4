package org.guanxi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** @param mentions and {@code refs} in any order; those outside the sentence are ignored */
    static Marked of(Document doc, Sentence s, List<Mention> mentions, List<Reference> refs) {
        int start = s.span().start();
        int end = s.span().end();
        // at each position the widest item wins: a titled person over the place its title starts with
        List<Object> items = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.fullSpan().start() >= start && m.fullSpan().end() <= end) {
                items.add(m);
            }
        }
        for (Reference r : refs) {
            if (r.span().start() >= start && r.span().end() <= end) {
                items.add(r);
            }
        }
        items.sort(java.util.Comparator.comparingInt((Object o) -> spanOf(o).start()).thenComparingInt(o -> -spanOf(o).length()));
        StringBuilder b = new StringBuilder(end - start);
        // one marked character per text character at most: arrays of the sentence's length, cut at the end
        int[] f = new int[end - start];
        int[] t = new int[end - start];
        Object[] it = new Object[end - start];
        int n = 0;
        String norm = doc.norm();
        int k = 0;
        int i = start;
        // a caption lists people by where they stand, with commas: "刘鹤与莱特希泽（左一），姆努钦（右一）在华盛顿会面"
        boolean placed = false;
        while (i < end) {
            while (k < items.size() && spanOf(items.get(k)).start() < i) {
                k++;
            }
            Object item = k < items.size() && spanOf(items.get(k)).start() == i ? items.get(k) : null;
            if (item != null) {
                char c = item instanceof Mention m ? placeholder(m.type()) : ((Reference) item).isGroup() ? GROUP : PERSON;
                boolean person = !(item instanceof Mention m) || m.type() == EntityType.PERSON;
                // one placeholder for a person over a whole phrase: "行政院长苏贞昌" (the body and 长 are the title of
                // the person who heads it), "特朗普经济顾问考恩" (the adviser and whose he is)
                Mention whole = item instanceof Mention o && o.type() == EntityType.ORGANIZATION ? headOf(norm, o, items, k) : null;
                int stop = whole != null ? -1 : skipAside(norm, spanOf(item).end(), end, person);
                if (person) {
                    stop = skipAlias(norm, stop, end, item, items, k);
                    whole = ownedBy(norm, stop, items, k);
                }
                if (whole != null) {
                    b.append(PERSON);
                    f[n] = i;
                    t[n] = whole.fullSpan().end();
                    it[n++] = whole;
                    i = whole.fullSpan().end();
                    placed = false;
                    continue;
                }
                placed = person && stop > spanOf(item).end() && POSITION_END.matcher(norm.substring(spanOf(item).end(), stop)).find();
                b.append(c);
                f[n] = i;
                t[n] = stop;
                it[n++] = item;
                i = stop;
            } else {
                char c = norm.charAt(i);
                // a comma after one placed person and right before the next person of the caption joins a list
                boolean listComma = placed && (c == '，' || c == ',') && k < items.size() && spanOf(items.get(k)).start() == i + 1
                        && items.get(k) instanceof Mention next && next.type() == EntityType.PERSON;
                b.append(listComma ? '、' : c);
                placed = false;
                f[n] = i;
                t[n] = i + 1;
                it[n++] = null;
                i++;
            }
        }
        return new Marked(s, b.toString(), java.util.Arrays.copyOf(f, n), java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(it, n));
    }

    /**
     * A person named only as whose adviser, aide or relative the next one is: 特朗普经济顾问考恩,
     * 习近平智囊刘鹤, 拜登的顾问沙利文. The first name is not a side of what the sentence says of the
     * second, so both read as the second's one placeholder. With a title of its own the second needs
     * only a short head of it between them (经济, 首席), not a 的 (接替杨洁篪的外交部长王毅 closes a
     * clause); without one, a word of the relation (智囊).
     */
    private static final Pattern TITLE_OWNER = Pattern.compile(
            "(?:政府|内阁|白宫|竞选团队|团队)?(?:经济|国家安全|国安|首席|高级|资深|贸易|外交|安全|政策|特别|私人|法律|新闻|竞选)?");
    private static final Pattern RELATION_OWNER = Pattern.compile(
            "的?(?:政府|内阁|白宫|竞选团队|团队)?的?(?:经济|国家安全|国安|首席|高级|资深|贸易|外交|安全|政策|特别|私人|法律|新闻|竞选)?"
                    + "(?:智囊|顾问|助手|助理|幕僚|亲信|心腹|密友|女婿|儿媳|女儿|儿子|长子|次子|妻子|夫人|丈夫|律师|特使|发言人)");

    private static Mention ownedBy(String norm, int at, List<Object> items, int from) {
        int j = from + 1;
        while (j < items.size() && spanOf(items.get(j)).start() < at) {
            j++;
        }
        if (j >= items.size() || !(items.get(j) instanceof Mention next) || next.type() != EntityType.PERSON) {
            return null;
        }
        int gapEnd = next.fullSpan().start();
        if (gapEnd - at > 8) {
            return null;
        }
        String gap = norm.substring(at, gapEnd);
        boolean titled = next.title() != null && next.titleSpan() != null && next.titleSpan().start() == gapEnd;
        return titled && !gap.isEmpty() && TITLE_OWNER.matcher(gap).matches() || RELATION_OWNER.matcher(gap).matches() ? next : null;
    }

    /** The person right after "body + 长" (行政院长苏贞昌, 立法院长游锡堃), who heads the body; or null. */
    private static Mention headOf(String norm, Mention org, List<Object> items, int from) {
        int at = org.fullSpan().end();
        if (at + 1 >= norm.length() || norm.charAt(at) != '长') {
            return null;
        }
        for (int j = from + 1; j < items.size() && spanOf(items.get(j)).start() <= at + 1; j++) {
            if (spanOf(items.get(j)).start() == at + 1 && items.get(j) instanceof Mention p && p.type() == EntityType.PERSON
                    && p.titleSpan() == null) {
                return p;
            }
        }
        return null;
    }

    private static Span spanOf(Object item) {
        return item instanceof Mention m ? m.fullSpan() : ((Reference) item).span();
    }

    /**
     * What a bracket right after a name says about the name itself belongs to it: its Latin form
     * ("布林肯（Antony Blinken）") and, after a person, where the person stands in a photo
     * ("拜登（左二）", "梅列日科（Oleksandr Merezhko，中）"), so that captions read as lists of people.
     */
    private static final Pattern LATIN_ASIDE = Pattern.compile("[（(][\\x00-\\u024F·’&&[^（）()]]+[）)]");
    private static final String POSITION = "(?:(?:前排|后排|中排)?(?:左|右|中|中间|居中)(?:[一二三四五六七八九\\d]|起|图|上|下)?(?:靠[左右])?|前排|后排)";
    private static final Pattern PERSON_ASIDE = Pattern.compile(
            "[（(](?:[\\x00-\\u024F·’&&[^（）()，,]]+[，,、]\\s*)?" + POSITION + "[）)]");

    private static final Pattern POSITION_END = Pattern.compile(POSITION + "[）)]$");
    /** Another rendering of the same name in the bracket: "舍曼（Wendy Sherman，又译谢尔曼）", "帕劳（Palau，又译帛琉）". */
    private static final Pattern ALSO_RENDERED = Pattern.compile(
            "[（(](?:[\\x00-\\u024F·’&&[^（）()，,]]+[，,、]?\\s*)?(?:又译|亦译|或译|也译|又译作|又称)[：:]?[^（）()。，,；;：:]{1,12}[）)]");

    private static int skipAside(String norm, int at, int end, boolean person) {
        if (at >= end || (norm.charAt(at) != '（' && norm.charAt(at) != '(')) {
            return at;
        }
        Matcher m = LATIN_ASIDE.matcher(norm).region(at, Math.min(end, at + 48));
        if (m.lookingAt()) {
            return m.end();
        }
        m = ALSO_RENDERED.matcher(norm).region(at, Math.min(end, at + 64));
        if (m.lookingAt()) {
            return m.end();
        }
        m = PERSON_ASIDE.matcher(norm).region(at, Math.min(end, at + 56));
        return person && m.lookingAt() ? m.end() : at;
    }

    private static final Pattern ALIAS_CLOSE = Pattern.compile("(?:[，,、]\\s*" + POSITION + ")?[）)]");

    /** After a person's name, the same person under another name in brackets: 川普（特朗普）, 赖清德（賴清德，左上）. */
    private static int skipAlias(String norm, int at, int end, Object person, List<Object> items, int from) {
        if (at >= end || (norm.charAt(at) != '（' && norm.charAt(at) != '(')) {
            return at;
        }
        Entity who = single(person);
        for (int j = from + 1; j < items.size() && spanOf(items.get(j)).start() <= at + 1; j++) {
            Object o = items.get(j);
            Entity other = single(o);
            if (spanOf(o).start() == at + 1 && who != null && other != null && who.id().equals(other.id())) {
                int close = spanOf(o).end();
                // 拉布（Dominic Raab，蓝韬文）: a further rendering of the same person after a comma in the bracket
                for (int k = j + 1; k < items.size() && close < end && "，,、".indexOf(norm.charAt(close)) >= 0; k++) {
                    Entity next = single(items.get(k));
                    if (spanOf(items.get(k)).start() != close + 1 || next == null || !who.id().equals(next.id())) {
                        break;
                    }
                    close = spanOf(items.get(k)).end();
                }
                Matcher m = ALIAS_CLOSE.matcher(norm).region(close, Math.min(end, close + 12));
                return m.lookingAt() ? m.end() : at;
            }
        }
        return at;
    }

    /** The one person an item names, or null (a place, an organisation, a group). */
    private static Entity single(Object item) {
        if (item instanceof Mention m) {
            return m.type() == EntityType.PERSON ? m.entity() : null;
        }
        Reference r = (Reference) item;
        return r.isGroup() || r.entities().size() != 1 ? null : r.entities().get(0);
    }

    private static char placeholder(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case PLACE -> PLACE;
            case ORGANIZATION -> ORG;
        };
    }

    /** The marked text with each placeholder shown as [P:name] (people), [L:…], [O:…], [G:a+b]. */
    String render() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (items[i] instanceof Mention m) {
                String kind = m.type() == EntityType.PERSON ? "P" : m.type() == EntityType.PLACE ? "L" : "O";
                b.append('[').append(kind).append(':');
                if (m.title() != null) {
                    b.append(m.title()).append('|');
                }
                b.append(m.entity().labelZh()).append(']');
            } else if (items[i] instanceof Reference r) {
                b.append('[').append(r.isGroup() ? "G:" : "P:");
                b.append(String.join("+", r.entities().stream().map(Entity::labelZh).toList())).append(']');
            } else {
                b.append(text.charAt(i));
            }
        }
        return b.toString();
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
        return named(EntityType.PLACE, start, end);
    }

    /** The organisations named in [start, end), in order. */
    List<Entity> organisations(int start, int end) {
        return named(EntityType.ORGANIZATION, start, end);
    }

    private List<Entity> named(EntityType type, int start, int end) {
        List<Entity> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (items[i] instanceof Mention m && m.type() == type) {
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
