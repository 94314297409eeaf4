package org.guanxi.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;
import org.guanxi.rules.RuleBook.Rule;

/**
 * Reads a visit rule's match into visits: who travels (with those going along), where (a place named,
 * a seat of government, the host's country, the place told before), leaving out homecomings and events
 * at home, and the status, read from the traveller's own clause. One per article run.
 */
final class VisitReader {
    /** Verbs of arriving, which may be a homecoming rather than a trip. */
    private static final Pattern ARRIVAL = Pattern.compile("抵达|飞抵|到达|返抵|回到");

    private final ArticleRun run;
    final List<Visit> visits = new ArrayList<>();
    /** Visits reported held only for want of any cue (no 曾, 已经, 上次): a planned report of the same trip wins. */
    final Set<Visit> plainVisits = Collections.newSetFromMap(new IdentityHashMap<>());

    VisitReader(ArticleRun run) {
        this.run = run;
    }

    boolean visit(Rule r, Matcher m, Marked mk, List<Dates.Found> dates) {
        int[] verb = Groups.range(m, "verb", m.start(), m.end());
        List<Entity> named = Groups.people(m, mk, "a");
        List<Entity> who = new ArrayList<>(named);
        // the one gone along with goes too: 马云随同习近平访俄
        Groups.people(m, mk, "b").stream().filter(e -> !who.contains(e)).forEach(who::add);
        List<Entity> where = new ArrayList<>();
        int[] dest = Groups.range(m, "dest", -1, -1);
        if (dest[0] >= 0) {
            where.addAll(TripDestinations.of(mk, dest[0], dest[1]));
        }
        int[] abbr = Groups.range(m, "abbr", -1, -1);
        if (abbr[0] >= 0) {
            String name = run.book.destination(mk.text.substring(abbr[0], abbr[1]));
            Entity p = name == null ? null : run.places.place(name);
            if (p != null) {
                where.add(p);
            }
        }
        int[] seat = Groups.range(m, "seat", -1, -1);
        if (seat[0] >= 0) {
            // a seat of government stands for its city: 抵达白宫 is a trip to Washington
            List<Entity> seats = mk.organisations(seat[0], seat[1]).stream().map(o -> run.book.destination(o.labelZh()))
                    .filter(n -> n != null).map(run.places::place).filter(p -> p != null).toList();
            where.addAll(seats);
            // a leader going back to his own seat makes no trip: 拜登抵达白宫
            who.removeIf(e -> seats.stream().anyMatch(p -> ofCountry(e, p)));
        }
        if (where.isEmpty() && "anaphor".equals(r.option("destination"))) {
            // 造访该国, 抵达该市: the place named last before the word
            where.addAll(PlaceAnaphor.of(mk, verb[1], run.before));
        }
        if (where.isEmpty() && "previous".equals(r.option("destination"))) {
            // a trip told without its place goes where an earlier clause of the sentence, the sentence before or the
            // headline says: "代表团抵达朝鲜，而李鸿忠则在26日率团来访", "……访问美国。泽连斯基周三到访，"
            where.addAll(TripPlace.earlier(mk, m.start(), run.book, run.places));
            if (where.isEmpty()) {
                where.addAll(TripPlace.of(run.before, run.headline, mk.sentence.index(), run.book, run.places));
            }
        }
        // someone reaching his own country comes home and makes no trip: 普京返回俄罗斯, 加拿大人康明凯抵达加拿大
        List<Entity> nation = nationalityBefore(mk, Groups.range(m, "a", -1, -1)[0]);
        who.removeIf(e -> !where.isEmpty() && where.stream().allMatch(p -> isHomeCountry(e, p) || named.contains(e) && nation.contains(p)));
        if (ARRIVAL.matcher(mk.text.substring(verb[0], verb[1])).lookingAt() && run.book.homecoming(mk.text)) {
            // nor does one who comes home to a city of his own country: 获释的康明凯周六抵达卡尔加里
            who.removeIf(e -> !where.isEmpty() && where.stream().allMatch(p -> ofCountry(e, p)));
        }
        int[] host = Groups.range(m, "host", -1, -1);
        if (host[0] >= 0 && dest[0] < 0) {
            // a guest received by a host at home visits the host's country: 徐薰会见了到访的比根
            mk.people(host[0], host[1]).stream().map(Entity::country).filter(c -> c != null && run.book.destination(c) != null)
                    .map(c -> run.places.place(run.book.destination(c))).filter(p -> p != null).findFirst().ifPresent(where::add);
            who.removeIf(e -> where.stream().anyMatch(p -> ofCountry(e, p)));
        }
        if (host[0] >= 0 && dest[0] >= 0 && "home".equals(r.option("host"))) {
            // a meeting at a place tells a trip there only when the one met is at home: 刘鹤在华盛顿与特朗普会谈
            // (two guests at a summit elsewhere are left out: 金正恩与特朗普在新加坡会晤)
            List<Entity> hosts = mk.people(host[0], host[1]);
            where.removeIf(p -> hosts.stream().noneMatch(h -> ofCountry(h, p)));
        }
        if (r.has("foreign")) {
            // an event attended abroad is a trip, one at home is not: only people known to come from elsewhere
            // (one the gazetteer does not place comes from the country named right before his name: 印度外长苏杰生)
            String origin = who.size() == 1 ? originBefore(mk, Groups.range(m, "a", -1, -1)[0]) : null;
            who.removeIf(e -> {
                String from = e.country() != null ? e.country() : origin;
                return from == null || where.stream().anyMatch(p -> p.country() == null || from.equals(p.country()));
            });
        }
        Evidence ev = run.evidence(r, m, mk);
        if (where.isEmpty() && "previous".equals(r.option("join"))) {
            return joinPreviousVisit(who, mk, ev);
        }
        List<String> ids = who.stream().map(Entity::id).toList();
        if (ids.isEmpty() && "previous".equals(r.option("visitor"))) {
            ids = previousVisitor(mk);
        }
        if (ids.isEmpty() || where.isEmpty() || ev.confidence() < run.threshold) {
            return false;
        }
        int[] a = Groups.range(m, "a", -1, -1);
        Status status = run.status(r, mk, verb, cuesFrom(mk, a[0], verb[0], who));
        if (!r.has("status") && a[0] > 0 && (status == Status.CANCELLED && !run.modality.hasCue(mk.text, Math.max(0, a[0] - 3), verb[0])
                || "对与就".indexOf(mk.text.charAt(a[0] - 1)) >= 0)) {
            // a negation before the visitor that is kept from it by other words is about another verb (one
            // of up to three characters right before it is the visitor's own: 不让X前往, 拒绝让X入境)
            // ("没有谈到习近平访日的问题"), as is any cue before a visit made the object of 对/与/就 ("将对X访台一事进行报复")
            status = run.modality.status(mk.text, a[0], verb[0], verb[1], r.relation());
        }
        boolean plain = status == Status.HELD && !r.has("status") && !run.hasHeldCue(mk.text, verb[0]);
        List<DateValue> each = run.datesIn(dates, mk, m.start(), m.end(), status);
        boolean distribute = ArticleRun.EACH.matcher(mk.text.substring(m.start(), m.end())).find() && each.size() == ids.size() && ids.size() > 1;
        for (int i = 0; i < ids.size(); i++) {
            DateValue d = distribute ? each.get(i) : run.date(dates, mk, m.start(), verb[0], status);
            if (d == null) {
                d = run.dateTold(dates, mk, m.end(), status);
            }
            if ("none".equals(r.option("date"))) {
                // the dates around a trip remembered by its anniversary are the anniversary's (今年是尼克松访华五十周年)
                d = null;
            }
            Status st = run.statusFor(status, d);
            String id = ids.get(i);
            Entity person = who.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
            for (Entity place : where) {
                if (person != null && homeBeforeItsPlace(person, place, where)) {
                    continue; // 卡斯泰前往法国巴黎视察: a trip at home goes to the city, not to his own country
                }
                Visit v = new Visit(ids.get(i), place.id(), st, d, ev);
                visits.add(v);
                if (plain && st == Status.HELD) {
                    plainVisits.add(v);
                }
            }
        }
        return true;
    }
    /** True when {@code place} lies in the country the gazetteer gives {@code person} (a city or the country itself). */
    private static boolean ofCountry(Entity person, Entity place) {
        return person.country() != null && person.country().equals(place.country());
    }

    /** True when {@code place} is {@code person}'s own country and the trip names a place of it too. */
    private boolean homeBeforeItsPlace(Entity person, Entity place, List<Entity> where) {
        return isHomeCountry(person, place) && where.stream().anyMatch(o -> o != place && place.country() != null && place.country().equals(o.country()));
    }

    /** True when {@code place} is the country the gazetteer gives {@code person}. */
    private boolean isHomeCountry(Entity person, Entity place) {
        String name = person.country() == null ? null : run.book.destination(person.country());
        Entity home = name == null ? null : run.places.place(name);
        return home != null && home.id().equals(place.id());
    }

    /** The country code of a place written before a name, in its title (印度外长X), right before it or as a nationality, or null. */
    private String originBefore(Marked mk, int name) {
        if (name < 0 || name >= mk.text.length() || mk.text.charAt(name) != Marked.PERSON) {
            return null;
        }
        String full = run.doc.norm().substring(mk.docSpan(name, name + 1).start(), mk.docSpan(name, name + 1).end());
        for (int len = Math.min(5, full.length() - 1); len >= 2; len--) {
            Entity p = run.places.place(full.substring(0, len));
            if (p != null && p.country() != null) {
                return p.country();
            }
        }
        List<Entity> ps = name >= 1 && mk.text.charAt(name - 1) == Marked.PLACE ? mk.places(name - 1, name) : nationalityBefore(mk, name);
        return ps.size() == 1 ? ps.get(0).country() : null;
    }

    /** The country of a nationality word right before a name ("加拿大人康明凯", "美籍X"), or none. */
    private static List<Entity> nationalityBefore(Marked mk, int name) {
        if (name < 2 || "人籍".indexOf(mk.text.charAt(name - 1)) < 0 || mk.text.charAt(name - 2) != Marked.PLACE) {
            return List.of();
        }
        return mk.places(name - 2, name - 1);
    }

    /** The traveller of the visit reported last, if in this sentence or the one before ("首站是柬埔寨，接下来将前往老挝"). */
    private List<String> previousVisitor(Marked mk) {
        if (visits.isEmpty()) {
            return List.of();
        }
        Visit last = visits.get(visits.size() - 1);
        return mk.sentence.index() - last.evidence().sentence() > 1 ? List.of() : List.of(last.visitor());
    }

    /** Members of a delegation named apart from its trip ("特使团包括李俊俋、萧美琴"): they make the trip reported last. */
    private boolean joinPreviousVisit(List<Entity> joining, Marked mk, Evidence ev) {
        if (joining.isEmpty() || visits.isEmpty() || ev.confidence() < run.threshold) {
            return false;
        }
        Visit last = tripOfNamed(mk, joining);
        if (last == null) {
            last = visits.get(visits.size() - 1);
            if (mk.sentence.index() - last.evidence().sentence() > ArticleRun.JOIN_WINDOW) {
                return false;
            }
        }
        for (Entity e : joining) {
            visits.add(new Visit(e.id(), last.destination(), last.status(), last.date(), ev));
        }
        return true;
    }

    /**
     * The trip people join when the sentence names its traveller: his last one ("森喜朗还介绍，同行的还有牧岛"
     * joins 森喜朗's trip, told up to twice as far back as any other, not another told in between; not a trip of the joiners' own); null when
     * it names none.
     */
    private Visit tripOfNamed(Marked mk, List<Entity> joining) {
        List<String> named = run.mentions.in(mk.sentence).stream().map(m -> m.entity())
                .filter(e -> !joining.contains(e)).map(Entity::id).toList();
        for (int i = visits.size() - 1; i >= 0; i--) {
            Visit v = visits.get(i);
            if (mk.sentence.index() - v.evidence().sentence() > 2 * ArticleRun.JOIN_WINDOW) {
                break;
            }
            if (named.contains(v.visitor())) {
                return v;
            }
        }
        return null;
    }
    /**
     * Where a trip's status cues may start. A trip told in a later clause than its traveller ("习近平心系香港，
     * 在巴西出席…") reads them from the traveller's clause on: a quoted headline before it is about something
     * else. A cue in a clause before the traveller's counts when it is the traveller's own ("布林肯可能和习近平
     * 会面，但专家认为，布林肯访华…"), not when another person is nearest before it ("奥斯汀将前往新加坡，这是继
     * 拜登上个月亚洲行之后": 将 is 奥斯汀's), nor when no one is named before it: that clause is the writer's
     * ("如果大家回顾一下，去年拜登到访首尔").
     */
    private int cuesFrom(Marked mk, int visitor, int verb, List<Entity> who) {
        if (visitor <= 0 || visitor >= verb) {
            return 0;
        }
        int clause = run.modality.clauseFrom(mk.text, visitor);
        if (clause <= 0 || run.modality.clauseFrom(mk.text, verb) > visitor) {
            return clause;
        }
        Modality.Cue cue = run.modality.nearestCue(mk.text, 0, verb);
        if (cue == null || cue.start() >= clause) {
            return 0;
        }
        for (int i = cue.start() - 1; i >= 0; i--) {
            char c = mk.text.charAt(i);
            if (c == Marked.PERSON || c == Marked.GROUP) {
                return who.containsAll(mk.people(i, i + 1)) ? 0 : clause;
            }
        }
        return clause;
    }
}
