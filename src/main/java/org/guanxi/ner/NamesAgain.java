package org.guanxi.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;

/**
 * The names an article has given, found again where it writes them bare: a full name or its last
 * part (罗斯玛丽·弗兰纳里 ... 弗兰纳里说), a curated person's last name the gazetteer leaves out as
 * shared (鲍里斯·约翰逊 ... 约翰逊说), a Japanese family name (近藤正春 ... 近藤指出), a last name of one
 * character where it speaks (克里斯托弗·雷 ... 雷表示).
 */
final class NamesAgain {
    /** What follows a last name of one character that speaks: 雷表示, 雷还在演讲中称. */
    private static final Pattern ONE_CHARACTER_SPEAKS = Pattern.compile("(?:还|也|并|则|又|此前|再次)?(?:在[^，,。；“”\\s]{1,15}?)?(?:表示|说|称|指出|警告|强调|认为|呼吁|补充)");

    private final NerTables tables;
    private final NameFilter filter;
    private final HanlpAnalyzer hanlp;
    private final JapaneseFamilyNames japanese;
    /** The curated entity a name alone names, or null (shared names name none). */
    private final Function<String, Entity> curated;

    NamesAgain(NerTables tables, NameFilter filter, HanlpAnalyzer hanlp, JapaneseFamilyNames japanese, Function<String, Entity> curated) {
        this.tables = tables;
        this.filter = filter;
        this.hanlp = hanlp;
        this.japanese = japanese;
        this.curated = curated;
    }

    /**
     * A name found in text once (with a title, an English name...) is the same name where the
     * article writes it again bare: "外长佩崔切克强调" then "佩崔切克进一步表示". The names are
     * added at confidence 0.75, above a place HanLP guessed inside them, which then gives way.
     */
    List<Mention> find(Document doc, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        Map<String, Mention> names = new HashMap<>();
        for (Mention m : found) {
            if (m.type() == EntityType.PERSON && (!m.entity().curated() || m.source().endsWith(Recognizer.GLOSS_LINK)) && m.surface().length() >= 2) {
                names.putIfAbsent(m.surface(), m);
            }
        }
        // 部长斯文·加兹 then 加兹的结果: the last part of a dotted name, written bare, is that person (the linker joins them)
        Set<String> lastParts = new HashSet<>();
        for (Mention m : List.copyOf(names.values())) {
            String last = m.surface().substring(m.surface().lastIndexOf('·') + 1);
            // a curated last part (拜登 in 亨特·拜登) names its own person
            // one of one character (约翰·李 then 李表示) only where it opens a clause and speaks (see below)
            if (!last.equals(m.surface()) && !last.isEmpty() && (last.length() == 1 || !aWord(last)) && !tables.notNames().contains(last)
                    && curated.apply(last) == null) {
                names.putIfAbsent(last, m);
                lastParts.add(last);
            }
        }
        curatedLastParts(found, names, lastParts);
        String norm = doc.norm();
        // 近藤正春 then 近藤指出: a Japanese family name alone, not a word and no curated name of its own
        Set<String> families = new HashSet<>();
        for (Map.Entry<String, Mention> e : japanese.alone(List.copyOf(names.values())).entrySet()) {
            String family = e.getKey();
            if (!hanlp.isCommonWord(family) && !tables.notNames().contains(family) && curated.apply(family) == null && !names.containsKey(family)) {
                names.put(family, e.getValue());
                families.add(family);
            }
        }
        // the longest names first: 弗兰纳里 (of 罗斯玛丽·弗兰纳里) before 弗兰纳, a cut HanLP made of it
        List<Map.Entry<String, Mention>> longestFirst = new ArrayList<>(names.entrySet());
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, Mention> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Mention> e : longestFirst) {
            String name = e.getKey();
            for (int i = norm.indexOf(name); i >= 0; i = norm.indexOf(name, i + name.length())) {
                Span span = new Span(i, i + name.length());
                // a place HanLP guessed inside the name (江安 in 欧江安说) gives way to it when overlaps are settled
                // so does a curated place inside the last part of a dotted name (恩施 in 芮恩施 after 威廉·芮恩施)
                // so does a curated person's shorter name read inside it (特拉斯 in 特拉斯克说 after 理查德·特拉斯克)
                boolean free = found.stream().noneMatch(x -> x.span().overlaps(span) && !Recognizer.guessedPlaceInside(x, span)
                        && !(lastParts.contains(name) && Recognizer.placeStrictlyInside(x, span)) && !curatedPersonStrictlyInside(x, span)
                        && !guessedPersonInside(x, span))
                        && out.stream().noneMatch(x -> x.span().overlaps(span));
                boolean alone = (i == 0 || !HanlpAnalyzer.isHan(norm.charAt(i - 1)) || !names.isEmpty() && !filter.continuesName(norm.charAt(i - 1)))
                        // 与弗理兰会谈后: a word that ends names (会谈, 表示) starts after it, though 会 is a syllable too;
                        // so does a title written after the name (布鲁姆教授), though 教 is a syllable too
                        && (span.end() >= norm.length() || !filter.continuesName(norm.charAt(span.end()))
                        || filter.endsNameAt(norm, span.end()) || tables.titleStartsAt(norm, span.end())
                        // 罗金提醒说: a common verb, though 提 is a syllable too
                        || span.end() + 2 <= norm.length() && hanlp.isCommonVerb(norm.substring(span.end(), span.end() + 2)));
                // the family name of someone else (近藤太郎 beside 近藤正春): only before a verb or a word, not a given name
                if (families.contains(name) && span.end() < norm.length() && HanlpAnalyzer.isHan(norm.charAt(span.end()))
                        && !filter.endsNameAt(norm, span.end()) && !tables.personCues().contains(String.valueOf(norm.charAt(span.end())))
                        && !(span.end() + 2 <= norm.length() && hanlp.isCommonWord(norm.substring(span.end(), span.end() + 2)))) {
                    continue;
                }
                // 克里斯托弗·雷 then 雷表示: a last name of one character only where it opens a clause and speaks
                if (name.length() == 1 && (i > 0 && HanlpAnalyzer.isHan(norm.charAt(i - 1))
                        || !ONE_CHARACTER_SPEAKS.matcher(norm).region(span.end(), norm.length()).lookingAt())) {
                    continue;
                }
                // 戴高乐号航母 beside 戴高乐说: the ship named after the person is not the person
                if (free && alone && !Recognizer.insideTitleMarks(doc, span) && !filter.namesAThingAfterCurated(Recognizer.afterEnglish(norm, span.end()))) {
                    out.add(new Mention(span, name, e.getValue().entity(), "pattern:again", 0.75, null, null));
                }
            }
        }
        return out;
    }

    /** A last name that is also a common word; one HanLP knows as a proper noun only (约翰逊/nz) is none. */
    private boolean aWord(String last) {
        return hanlp.isCommonWord(last) && !hanlp.isOnlyProperNoun(last);
    }

    /**
     * 首相鲍里斯·约翰逊 then 约翰逊说: the gazetteer leaves out bare last names several people share
     * (约翰逊, 加兰), but in an article that names one of them in full, the bare name is that one
     * (one sense per article). Not when two people of the article share the last name, nor when it
     * is another curated person's name or a word.
     */
    private void curatedLastParts(List<Mention> found, Map<String, Mention> names, Set<String> lastParts) {
        Map<String, Set<String>> owners = new HashMap<>();
        Map<String, Mention> curatedByLast = new HashMap<>();
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            String full = m.surface().indexOf('·') >= 0 || !m.entity().curated() ? m.surface() : m.entity().labelZh();
            int dot = full.lastIndexOf('·');
            if (dot < 0) {
                continue;
            }
            String last = full.substring(dot + 1);
            owners.computeIfAbsent(last, k -> new HashSet<>()).add(m.entity().id());
            if (m.entity().curated()) {
                curatedByLast.putIfAbsent(last, m);
            }
        }
        for (Map.Entry<String, Mention> e : curatedByLast.entrySet()) {
            String last = e.getKey();
            Entity owner = curated.apply(last);
            if (!last.isEmpty() && owners.get(last).size() == 1 && !names.containsKey(last)
                    // a word of one character (雷) is checked where it stands: it must open a clause and speak
                    && (owner == null || owner.equals(e.getValue().entity())) && (last.length() == 1 || !aWord(last))
                    && !tables.notNames().contains(last)) {
                names.put(last, e.getValue());
                lastParts.add(last);
            }
        }
    }

    /**
     * Whether a mention gives way to a name found again over it: a place inside it (恩施 in 芮恩施), a curated
     * person's shorter name (特拉斯 in 特拉斯克), a cut HanLP made of it (弗兰纳 of 弗兰纳里).
     */
    static boolean givesWay(Mention x, Span again) {
        return Recognizer.placeStrictlyInside(x, again) || curatedPersonStrictlyInside(x, again)
                || guessedPersonInside(x, again) && !x.span().equals(again);
    }

    /** A name HanLP guessed inside one the article gave in full (弗兰纳 in 弗兰纳里说 after 罗斯玛丽·弗兰纳里). */
    private static boolean guessedPersonInside(Mention m, Span span) {
        return m.type() == EntityType.PERSON && !m.entity().curated() && m.source().startsWith("hanlp:")
                && m.span().start() >= span.start() && m.span().end() <= span.end();
    }

    private static boolean curatedPersonStrictlyInside(Mention m, Span span) {
        return m.type() == EntityType.PERSON && m.entity().curated() && m.span().start() >= span.start() && m.span().end() <= span.end()
                && !m.span().equals(span);
    }
}
