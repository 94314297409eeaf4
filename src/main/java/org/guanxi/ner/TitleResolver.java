package org.guanxi.ner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.OfficeTerm;
import org.guanxi.text.Normalizer;

/**
 * Picks, among the people a surname may name, the one the article's title for them fits: "白宫
 * 发言人桑德斯" in 2018 is Sarah Sanders, "英国首相约翰逊" is Boris Johnson, by the gazetteer's
 * positions on the article's date; a title right after the name (约翰逊首相) counts too. The other
 * bare mentions of that name in the article follow.
 */
final class TitleResolver {
    private final Gazetteer gazetteer;
    private final Normalizer normalizer;

    TitleResolver(Gazetteer gazetteer, Normalizer normalizer) {
        this.gazetteer = gazetteer;
        this.normalizer = normalizer;
    }

    List<Mention> resolve(Document doc, List<Mention> mentions) {
        LocalDate date = doc.article().published();
        Map<String, Entity> chosen = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            List<Entity> candidates = gazetteer.bySurname(Gazetteer.key(m.surface(), normalizer));
            String title = m.title() != null ? m.title() : titleAfter(doc, m, candidates);
            if (candidates.isEmpty() || title == null) {
                continue;
            }
            String country = m.titleSpan() == null ? null : countryOfTitle(mentions, m);
            Entity best = m.entity().curated() ? m.entity() : null;
            int bestScore = best == null ? 0 : score(best, title, country, date);
            for (Entity e : candidates) {
                int sc = score(e, title, country, date);
                if (sc > bestScore) {
                    best = e;
                    bestScore = sc;
                }
            }
            if (best != null && bestScore > 0 && !best.id().equals(m.entity().id())) {
                chosen.putIfAbsent(m.surface(), best);
            }
        }
        if (chosen.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Entity e = chosen.get(m.surface());
            out.add(e != null && m.type() == EntityType.PERSON ? m.withEntity(e, m.source() + "+title") : m);
        }
        return out;
    }

    /**
     * 约翰逊首相, 特朗普总统: a title written right after the name, as one of the candidates'
     * positions is written; the longest such title, or null.
     */
    private String titleAfter(Document doc, Mention m, List<Entity> candidates) {
        String after = doc.norm().substring(m.span().end(), Math.min(doc.norm().length(), m.span().end() + 8));
        String best = null;
        for (Entity e : candidates) {
            for (OfficeTerm t : gazetteer.positions(e.id())) {
                for (String x : t.titlesZh()) {
                    if (x.length() >= 2 && after.startsWith(x) && (best == null || x.length() > best.length())) {
                        best = x;
                    }
                }
            }
        }
        return best;
    }

    /** How well a person's positions fit a title: it names one of them (2), on the date (+2), in the country (+1). */
    private int score(Entity e, String title, String country, LocalDate date) {
        int best = 0;
        for (OfficeTerm t : gazetteer.positions(e.id())) {
            boolean titled = t.titlesZh().stream().anyMatch(x -> x.length() >= 2 && (title.endsWith(x) || x.endsWith(title)));
            if (!titled) {
                continue;
            }
            int sc = 2 + (date != null && covers(t, date) ? 2 : 0) + (country != null && country.equals(t.country()) ? 1 : 0);
            best = Math.max(best, sc);
        }
        return best;
    }

    private static boolean covers(OfficeTerm t, LocalDate date) {
        String d = date.toString();
        return (t.from() == null || t.from().compareTo(d.substring(0, Math.min(d.length(), t.from().length()))) <= 0)
                && (t.to() == null || t.to().compareTo(d.substring(0, Math.min(d.length(), t.to().length()))) >= 0);
    }

    private static String countryOfTitle(List<Mention> mentions, Mention person) {
        for (Mention x : mentions) {
            if (x != person && person.titleSpan().contains(x.span()) && x.entity().country() != null) {
                return x.entity().country();
            }
        }
        return null;
    }
}
