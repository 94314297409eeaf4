package org.guanxi.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The JSON the page's viewer reads: people, ties (pointing into the meetings by index, as one
 * meeting of four people lies on six ties), meetings and statements.
 */
final class PageData {
    private PageData() {
    }

    static JsonObject of(Network n, String title) {
        JsonObject o = new JsonObject();
        o.put("title", title);
        o.put("description", n.filter().describe());
        if (n.focus() != null) {
            o.put("focus", n.focus().iri());
        }
        JsonArray people = new JsonArray();
        JsonArray said = new JsonArray();
        for (Person p : n.graph().vertexSet()) {
            JsonObject j = new JsonObject();
            j.put("id", p.iri());
            j.put("label", p.label());
            j.put("en", p.english());
            j.put("country", p.country());
            j.put("aliases", strings(p.aliases()));
            j.put("degree", n.graph().degreeOf(p));
            people.add(j);
            n.statementsOf(p).forEach(s -> said.add(statement(s)));
        }
        Map<Report, Integer> index = new LinkedHashMap<>();
        JsonArray ties = new JsonArray();
        for (Tie t : n.graph().edgeSet()) {
            JsonObject j = new JsonObject();
            j.put("id", "e" + ties.size());
            j.put("from", t.a().iri());
            j.put("to", t.b().iri());
            JsonArray ms = new JsonArray();
            t.reports().forEach(r -> ms.add(index.computeIfAbsent(r, k -> index.size())));
            j.put("meetings", ms);
            ties.add(j);
        }
        JsonArray meetings = new JsonArray();
        index.keySet().forEach(r -> meetings.add(meeting(r)));
        o.put("people", people);
        o.put("ties", ties);
        o.put("meetings", meetings);
        o.put("statements", said);
        return o;
    }

    private static JsonObject meeting(Report r) {
        JsonObject j = new JsonObject();
        j.put("id", r.iri());
        j.put("event", r.event());
        j.put("people", strings(r.participants()));
        j.put("status", r.status());
        j.put("mode", r.mode());
        j.put("place", r.place());
        dated(j, r.date());
        j.put("evidence", strings(r.evidence()));
        source(j, r.source());
        return j;
    }

    private static JsonObject statement(Said s) {
        JsonObject j = new JsonObject();
        j.put("id", s.iri());
        j.put("speaker", s.speaker());
        j.put("content", s.content());
        dated(j, s.date());
        j.put("evidence", strings(s.evidence()));
        source(j, s.source());
        return j;
    }

    /** The date as written, and the first and last day it may stand for, which the page filters on. */
    private static void dated(JsonObject j, String date) {
        j.put("date", date);
        DateSpan d = DateSpan.orNull(date);
        j.put("first", d == null ? "" : d.first().toString());
        j.put("last", d == null ? "" : d.last().toString());
    }

    private static void source(JsonObject j, Source s) {
        j.put("file", s.file());
        j.put("url", s.url());
        j.put("article", s.title());
        j.put("published", s.published());
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
