package org.guanxi.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * Words for a delegation (访团, 参众议员, 17名国会议员) stand for its members where the article
 * lists them ("访台成员包括参议员甲、乙……等议员"), so the delegation's meetings and visits become
 * those of each member. The words and list cues are data ({@code ontology/link/delegations.tsv});
 * with no list in the article, a group word stands for no one.
 */
final class Delegations {
    /** Where a list of members stops: 等 closes it; a clause break ends it unless the list goes on (，以及). */
    private static final Pattern LIST_END = Pattern.compile("等|[，,；;](?!以及|和|及|还有|另有|与)|[。！？!?]");
    private static final Pattern STARTS_WITH_LIST = Pattern.compile("^包括");

    private final Pattern group;
    private final Pattern list;

    Delegations(DataSource data) {
        List<String> groups = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (String[] row : data.table("link/delegations.tsv")) {
            (row[0].strip().equals("group") ? groups : lists).add("(?:" + row[1].strip() + ")");
        }
        this.group = Pattern.compile(String.join("|", groups));
        this.list = Pattern.compile(String.join("|", lists));
    }

    /** A list of two or more members, read from one sentence, starting at {@code from}. */
    private record Members(int sentence, int from, List<Entity> people) {
    }

    /** References for the article's group words, each standing for the nearest list of members. */
    List<Reference> resolve(Document doc, List<Mention> mentions) {
        List<Members> lists = lists(doc, mentions);
        List<Reference> out = new ArrayList<>();
        if (lists.isEmpty()) {
            return out;
        }
        for (Sentence s : doc.sentences()) {
            if (!s.kind().carriesFacts()) {
                continue;
            }
            Matcher m = group.matcher(doc.norm(s.span()));
            while (m.find()) {
                Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
                Members nearest = nearest(lists, s.index(), span.start());
                // "甲、乙、丙等3位参议员": the people just named are the group, not a list elsewhere
                boolean apposition = m.start() > 0 && doc.norm(s.span()).charAt(m.start() - 1) == '等';
                if (nearest != null && !apposition && !inPersonOrOrganization(span, mentions)) {
                    out.add(new Reference(span, m.group(), nearest.people(), "delegation"));
                }
            }
        }
        return out;
    }

    private List<Members> lists(Document doc, List<Mention> mentions) {
        List<Members> out = new ArrayList<>();
        boolean groupBefore = false;
        for (Sentence s : doc.sentences()) {
            String text = doc.norm(s.span());
            int from = -1;
            Matcher cue = list.matcher(text);
            if (cue.find()) {
                from = cue.end();
            } else if (groupBefore && STARTS_WITH_LIST.matcher(text).find()) {
                from = 2; // "……会晤17名国会议员。包括马基、高野。"
            }
            if (from >= 0) {
                Matcher end = LIST_END.matcher(text);
                int to = end.find(from) ? end.start() : text.length();
                List<Entity> people = people(mentions, s.span().start() + from, s.span().start() + to);
                if (people.size() >= 2) {
                    out.add(new Members(s.index(), s.span().start() + from, people));
                }
            }
            groupBefore = group.matcher(text).find();
        }
        return out;
    }

    private static List<Entity> people(List<Mention> mentions, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().start() >= from && m.span().end() <= to
                    && out.stream().noneMatch(e -> e.id().equals(m.entity().id()))) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** The list nearest the sentence, by sentences (an earlier one on a tie); none for the list's own cue. */
    private static Members nearest(List<Members> lists, int sentence, int at) {
        Members best = null;
        for (Members l : lists) {
            if (l.sentence() == sentence && at < l.from()) {
                return null; // the subject of the list itself (代表团成员包括……)
            }
            if (best == null || Math.abs(l.sentence() - sentence) < Math.abs(best.sentence() - sentence)) {
                best = l;
            }
        }
        return best;
    }

    /** A group word inside a name or a title (代表团团长 is written with its person). */
    private static boolean inPersonOrOrganization(Span span, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.type() != EntityType.PLACE && m.fullSpan().overlaps(span));
    }
}
