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
import org.guanxi.text.Scan;

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

    /** Words before a group word that make it another group than the one listed. */
    private static final Pattern ANOTHER = Pattern.compile("(?:另一个|另一|另外一个|其他|其它|别的|还有)[^，,。；;]{0,12}$");
    /** Words after a group word that make it the subject of a sentence about its members. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile("^(?:成员|(?:共|一共|总共)?有[^，,。；;]{0,8}成员)");
    /** Where the clause of a delegation's leaders starts: after the last clause break before the lead word. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:！？!?]");

    private final Pattern group;
    /** Where a group word can start: the whole-text test below tries those places only. */
    private final Scan.Start groupStart;
    private final Pattern list;
    private final Pattern lead;

    Delegations(DataSource data) {
        List<String> groups = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        for (String[] row : data.table("link/delegations.tsv")) {
            String kind = row[0].strip();
            (kind.equals("group") ? groups : kind.equals("lead") ? leads : lists).add("(?:" + row[1].strip() + ")");
        }
        this.group = Pattern.compile(String.join("|", groups));
        this.groupStart = Scan.Start.of(group);
        this.list = Pattern.compile(String.join("|", lists));
        this.lead = Pattern.compile(String.join("|", leads));
    }

    /** The members named in one sentence: its leaders and its list (two or more), from {@code from} on. */
    private record Members(int sentence, int from, List<Entity> people) {
    }

    /** References for the article's group words, each standing for the nearest list of members. */
    List<Reference> resolve(Document doc, List<Mention> mentions) {
        List<Reference> out = new ArrayList<>();
        // most articles have no word for a group: one look at the whole text spares the lists' patterns on every sentence
        if (!Scan.found(group, groupStart, doc.norm())) {
            return out;
        }
        List<Members> lists = lists(doc, mentions);
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
                if (nearest != null && !notTheListed(doc.norm(s.span()), m) && !inPersonOrOrganization(span, mentions)) {
                    out.add(new Reference(span, m.group(), nearest.people(), "delegation"));
                }
            }
        }
        return out;
    }

    /**
     * A group word that does not stand for the members listed: the people just named are the group
     * ("甲、乙等3位参议员"); another group ("另一个代表团", "其他议员团", "还有来自欧洲的议员团"); the
     * group its leader leads in this clause ("甲率领的代表团访问台湾": the leader is the subject already); or the subject of a
     * sentence about its members ("访问团有89名成员，除甲外还有乙").
     */
    private boolean notTheListed(String text, Matcher m) {
        String before = text.substring(0, m.start());
        String after = text.substring(m.end());
        if (before.endsWith("等") || ANOTHER.matcher(before).find() || MEMBERS_AFTER.matcher(after).find()) {
            return true;
        }
        Matcher led = lead.matcher(before);
        int last = -1;
        while (led.find()) {
            last = led.end();
        }
        return last >= 0 && !CLAUSE_BREAK.matcher(before.substring(last)).find();
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
            List<Entity> people = new ArrayList<>();
            Matcher led = lead.matcher(text);
            int leadAt = -1;
            boolean hasGroup = Scan.found(group, groupStart, text);
            if (hasGroup && led.find()) {
                // 墨菲率领的访问团, 由甲与乙共同率团: the people of the clause before the lead word
                leadAt = led.start();
                int clause = 0;
                Matcher br = CLAUSE_BREAK.matcher(text).region(0, leadAt);
                while (br.find()) {
                    clause = br.end();
                }
                people.addAll(people(mentions, s.span().start() + clause, s.span().start() + leadAt));
            }
            if (from >= 0) {
                Matcher end = LIST_END.matcher(text);
                int to = end.find(from) ? end.start() : text.length();
                List<Entity> listed = people(mentions, s.span().start() + from, s.span().start() + to);
                if (listed.size() >= 2) {
                    listed.stream().filter(e -> people.stream().noneMatch(p -> p.id().equals(e.id()))).forEach(people::add);
                }
            }
            if (!people.isEmpty() && (leadAt >= 0 || people.size() >= 2)) {
                int start = leadAt < 0 ? from : from < 0 ? leadAt : Math.min(leadAt, from);
                out.add(new Members(s.index(), s.span().start() + start, people));
            }
            groupBefore = hasGroup;
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

    /**
     * A group word inside a name or a title (代表团团长 is written with its person, 议员代表团 with
     * its body). A place or a body wholly inside the group word only says whose it is (17名美国国会议员).
     */
    private static boolean inPersonOrOrganization(Span span, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.type() != EntityType.PLACE && m.fullSpan().overlaps(span)
                && !(m.type() == EntityType.ORGANIZATION && span.contains(m.fullSpan()) && !span.equals(m.fullSpan())));
    }
}
