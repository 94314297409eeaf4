package org.guanxi.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Visit;

/**
 * One fact per event within an article. Two meetings are one when their participants are the same
 * or one group holds the other, and status, mode and date agree wherever both are known (the
 * summary sentence "两人首次面对面会晤" joins the meeting reported above it). Visits likewise; a
 * statement read twice from the same words is kept once.
 */
final class Merger {
    /**
     * Evidence kept per meeting: the first reports are the informative ones, and a page repeating
     * one sentence thousands of times must not make merging quadratic.
     */
    static final int MAX_EVIDENCE = 12;

    private Merger() {
    }

    static List<Meeting> meetings(List<Meeting> in) {
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : in) {
            int i = indexOfSame(out, m);
            if (i < 0) {
                out.add(m);
            } else {
                out.set(i, merge(out.get(i), m));
            }
        }
        return out;
    }

    private static int indexOfSame(List<Meeting> out, Meeting m) {
        for (int i = 0; i < out.size(); i++) {
            Meeting o = out.get(i);
            Set<String> a = Set.copyOf(o.participants());
            Set<String> b = Set.copyOf(m.participants());
            boolean nested = a.containsAll(b) || b.containsAll(a);
            if (nested && o.status() == m.status() && (o.mode() == null || m.mode() == null || o.mode() == m.mode())
                    && compatible(o.date(), m.date())) {
                return i;
            }
        }
        return -1;
    }

    private static Meeting merge(Meeting a, Meeting b) {
        Set<String> ps = new LinkedHashSet<>(a.participants());
        ps.addAll(b.participants());
        List<Evidence> ev = new ArrayList<>(a.evidence());
        for (Evidence e : b.evidence()) {
            if (ev.size() >= MAX_EVIDENCE) {
                break;
            }
            if (ev.stream().noneMatch(x -> x.sentence() == e.sentence() && x.span().equals(e.span()))) {
                ev.add(e);
            }
        }
        return new Meeting(List.copyOf(ps), a.status(), a.mode() != null ? a.mode() : b.mode(), finer(a.date(), b.date()),
                a.place() != null ? a.place() : b.place(), ev);
    }

    static List<Visit> visits(List<Visit> in) {
        List<Visit> out = new ArrayList<>();
        for (Visit v : in) {
            boolean merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                Visit o = out.get(i);
                if (o.visitor().equals(v.visitor()) && o.destination().equals(v.destination()) && o.status() == v.status()
                        && compatible(o.date(), v.date())) {
                    Evidence ev = o.evidence().confidence() >= v.evidence().confidence() ? o.evidence() : v.evidence();
                    out.set(i, new Visit(o.visitor(), o.destination(), o.status(), finer(o.date(), v.date()), ev));
                    merged = true;
                }
            }
            if (!merged) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Of two readings of one speaker's words, one inside the other, the longer holds what was said:
     * the shorter is a piece a rule cut out of it (“……——暗指中国” read again from 暗指). Equal ones
     * go by confidence.
     */
    private static boolean fuller(Statement s, Statement kept) {
        int a = s.content().length();
        int b = kept.content().length();
        return a != b ? a > b : s.evidence().confidence() > kept.evidence().confidence();
    }

    /**
     * A quote of whole sentences that closes someone's reported words (表示，A，“……。”) is kept beside them as a
     * statement of its own: readers list it alone about as often as with the words before it. A term in quotes
     * (“欧盟不等于法国”) is no such quote.
     */
    static boolean closingQuote(String quote, String words) {
        if (quote.length() < 12 || quote.length() >= words.length() || !CLAUSE_BREAK.matcher(quote).find()) {
            return false;
        }
        return words.endsWith("“" + quote + "”") || words.endsWith("「" + quote + "」");
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[，,。！？!?；;]");

    static List<Statement> statements(List<Statement> in) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : in) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Statement o = out.get(i);
                if (o.speaker().equals(s.speaker()) && (o.content().contains(s.content()) || s.content().contains(o.content()))
                        && !closingQuote(o.content(), s.content()) && !closingQuote(s.content(), o.content())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(s);
            } else if (fuller(s, out.get(same))) {
                out.set(same, s);
            }
        }
        return out;
    }

    static boolean compatible(DateValue a, DateValue b) {
        return a == null || b == null || a.compatible(b);
    }

    static DateValue finer(DateValue a, DateValue b) {
        if (a == null) {
            return b;
        }
        return b == null || !a.compatible(b) ? a : a.finer(b);
    }

    static boolean sameDate(DateValue a, DateValue b) {
        return Objects.equals(a, b);
    }
}
