package org.guanxi.network;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.guanxi.rdf.GX;

/**
 * Which meetings make the network.
 *
 * @param from     keep meetings dated on or after this (null: no lower bound)
 * @param to       keep meetings dated on or before this (null: no upper bound)
 * @param person   a name or IRI: only this person's ego network (null: everyone)
 * @param statuses status terms' local names to keep (Held, Planned, Cancelled)
 * @param modes    mode terms' local names to keep (InPerson, Video, Phone); empty keeps every mode,
 *                 unknown included
 */
public record NetworkFilter(DateSpan from, DateSpan to, String person, Set<String> statuses, Set<String> modes) {
    private static final Map<String, Node> STATUS_WORDS = Map.of("held", GX.Held, "planned", GX.Planned, "cancelled", GX.Cancelled);
    private static final Map<String, Node> MODE_WORDS = Map.of("inperson", GX.InPerson, "video", GX.Video, "phone", GX.Phone);

    public NetworkFilter {
        statuses = Set.copyOf(statuses);
        modes = Set.copyOf(modes);
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new IllegalArgumentException("the date range ends (" + to.last() + ") before it starts (" + from.first() + ")");
        }
    }

    /** Held meetings of every mode, at any date, between anyone. */
    public static NetworkFilter defaults() {
        return new NetworkFilter(null, null, null, statuses("held"), Set.of());
    }

    public NetworkFilter withDates(DateSpan from, DateSpan to) {
        return new NetworkFilter(from, to, person, statuses, modes);
    }

    public NetworkFilter withPerson(String person) {
        return new NetworkFilter(from, to, person, statuses, modes);
    }

    public NetworkFilter withStatuses(Set<String> statuses) {
        return new NetworkFilter(from, to, person, statuses, modes);
    }

    public NetworkFilter withModes(Set<String> modes) {
        return new NetworkFilter(from, to, person, statuses, modes);
    }

    /**
     * held, planned, cancelled or all.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Set<String> statuses(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.equals("all")) {
            return localNames(STATUS_WORDS.values());
        }
        Node n = STATUS_WORDS.get(w);
        if (n == null) {
            throw new IllegalArgumentException("unknown status '" + word + "' (held, planned, cancelled or all)");
        }
        return Set.of(n.getLocalName());
    }

    /**
     * A comma-separated list of inperson, video and phone ("in-person" and "in_person" too).
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Set<String> modes(String words) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words.split(",")) {
            Node n = MODE_WORDS.get(word.strip().toLowerCase(Locale.ROOT).replaceAll("[-_ ]", ""));
            if (n == null) {
                throw new IllegalArgumentException("unknown mode '" + word.strip() + "' (inperson, video or phone; several with commas)");
            }
            out.add(n.getLocalName());
        }
        return out;
    }

    /** Whether a report of a meeting belongs to the network (the person is applied afterwards). */
    boolean keeps(Report r) {
        return statuses.contains(r.status()) && (modes.isEmpty() || modes.contains(r.mode())) && keepsDate(r.date());
    }

    /** Without a date range every date (and none) is kept; with one, only dates known to lie inside it. */
    boolean keepsDate(String date) {
        if (from == null && to == null) {
            return true;
        }
        DateSpan d = DateSpan.orNull(date);
        return d != null && d.within(from, to);
    }

    /** The filter in words, for page titles and graph descriptions. */
    public String describe() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("status", String.join("+", statuses.stream().sorted().toList()));
        if (!modes.isEmpty()) {
            parts.put("mode", String.join("+", modes.stream().sorted().toList()));
        }
        if (from != null) {
            parts.put("from", from.first().toString());
        }
        if (to != null) {
            parts.put("to", to.last().toString());
        }
        if (person != null) {
            parts.put("person", person);
        }
        return String.join(", ", parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static Set<String> localNames(java.util.Collection<Node> nodes) {
        Set<String> out = new LinkedHashSet<>();
        nodes.forEach(n -> out.add(n.getLocalName()));
        return out;
    }
}
