package org.guanxi.network;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An edge of the network: the meetings two people had, as the articles report them. Equality is
 * identity, as JGraphT wants of edges (two ties never share both ends anyway).
 */
public final class Tie {
    private final Person a;
    private final Person b;
    private final List<Report> reports;

    Tie(Person a, Person b, List<Report> reports) {
        this.a = a;
        this.b = b;
        this.reports = List.copyOf(reports);
    }

    public Person a() {
        return a;
    }

    public Person b() {
        return b;
    }

    /** Every report, in date order (undated last). */
    public List<Report> reports() {
        return reports;
    }

    /** Meetings, counting reports of one event in several articles once: the edge's weight. */
    public int meetings() {
        return (int) reports.stream().map(Report::event).distinct().count();
    }

    public List<String> dates() {
        return sorted(reports.stream().map(Report::date).toList());
    }

    public List<String> modes() {
        return sorted(reports.stream().map(Report::mode).toList());
    }

    public List<String> statuses() {
        return sorted(reports.stream().map(Report::status).toList());
    }

    public List<String> places() {
        return sorted(reports.stream().map(Report::place).toList());
    }

    public List<String> files() {
        return sorted(reports.stream().map(r -> r.source().file()).toList());
    }

    public List<String> urls() {
        return sorted(reports.stream().map(r -> r.source().url()).toList());
    }

    /** Distinct, sorted, without blanks. */
    private static List<String> sorted(Collection<String> values) {
        TreeSet<String> s = new TreeSet<>(values);
        s.remove("");
        return List.copyOf(s);
    }

    /** The edge's label in the graph files: "拜登 — 习近平". */
    @Override
    public String toString() {
        return a.label() + " — " + b.label();
    }
}
