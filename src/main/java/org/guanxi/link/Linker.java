package org.guanxi.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;
import org.guanxi.text.Captions;
import org.guanxi.text.WordIndex;

/**
 * The linking stage. Within an article: a short transliterated name names the person whose full
 * name ends with it (蓬佩奥 after 迈克·蓬佩奥); names found only in text get the English name written
 * beside them; a pronoun at the head of a clause (他说) stands for the subject of the sentence
 * before, one met (与他会面) for someone else ({@link ObjectPronouns}); pair words (两人, 两国元首)
 * stand for the last two people named; abbreviations such as
 * 拜习 stand for both leaders when the article names them; words for a delegation stand for the
 * members the article lists ({@link Delegations}); two countries and a post (中印两国外长) stand for
 * the two people who hold it ({@link CountryPairs}), and a list of them
 * (美日澳印四国外长) the people who hold it in each ({@link CountryGroups}); a title alone (该首相, 韩国总统: {@link CountryTitles}) for
 * the one person named with it, and a description (这位学者, 该官员) for the last person named whom it fits
 * ({@link DescribedPeople}).
 */
public final class Linker {
    private static final int LOOKBACK_SENTENCES = 2;
    /**
     * Past {@link #LOOKBACK_SENTENCES}, sentences that name nobody do not count: an expert's account
     * may run on for a few sentences of plain reporting before "他指出" picks it up again. This many
     * sentences at most, all told, and none in which someone the text does not name as a person
     * speaks ("武汉居民张毅对美国之音说", then "他还说…" is 张毅, not who was named before).
     */
    private static final int QUIET_LOOKBACK_SENTENCES = 5;
    private static final java.util.regex.Pattern UNNAMED_SPEAKS = java.util.regex.Pattern.compile("(?:说|表示|写道|指出|强调|透露)[，,：:。]");


    private final Set<String> pronouns;
    /** The one-character pronouns, for the scan of every character of a sentence. */
    private final String pronounChars;
    /** The pronouns' first characters, for the test of every word and character of a sentence. */
    private final java.util.BitSet pronounFirst = new java.util.BitSet();
    private final List<String[]> pairWords;
    private final WordIndex pairIndex;
    private final List<String[]> abbreviations;
    private final WordIndex abbreviationIndex;
    private final java.util.function.BiPredicate<Entity, java.time.LocalDate> leader;
    private final List<String> bareTitles;
    private final WordIndex bareTitleIndex;
    private final Delegations delegations;
    private final CountryPairs countryPairs;
    private final CountryGroups countryGroups;
    private final DescribedPeople described;
    private final SurnameReferences surnames;
    /** 的 and a word naming a woman only as someone's kin (link/kin-women.txt): 李子贤的母亲. */
    private final java.util.regex.Pattern kinWoman;

    /**
     * @param leader whether a person was a head of state or government on a date (from the
     *               gazetteer's positions); the date may be null
     * @param posts  whether a person held a post of a kind on a date, from the same positions
     */
    public Linker(DataSource data, java.util.function.BiPredicate<Entity, java.time.LocalDate> leader, Posts posts) {
        this.pronouns = Set.copyOf(data.entries("link/pronouns.txt").stream().map(String::strip).toList());
        this.pronounChars = String.join("", pronouns.stream().filter(p -> p.length() == 1).sorted().toList());
        pronouns.stream().filter(p -> !p.isEmpty()).forEach(p -> pronounFirst.set(p.charAt(0)));
        this.pairWords = data.table("link/pair-words.txt").stream()
                .sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
        this.pairIndex = new WordIndex(pairWords.stream().map(r -> r[0].strip()).toList());
        this.abbreviations = data.table("link/abbreviations.tsv");
        this.abbreviationIndex = new WordIndex(abbreviations.stream().map(r -> r[0].strip()).toList());
        this.leader = leader;
        this.bareTitles = data.entries("link/bare-titles.txt").stream().map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.bareTitleIndex = new WordIndex(bareTitles);
        this.delegations = new Delegations(data);
        this.countryPairs = new CountryPairs(leader);
        this.countryGroups = new CountryGroups(leader, posts, data.entries("link/country-word-endings.txt").stream()
                .flatMap(l -> java.util.Arrays.stream(l.trim().split("\\s+"))).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        this.described = new DescribedPeople(data);
        this.surnames = new SurnameReferences(data);
        this.kinWoman = java.util.regex.Pattern.compile("的(?:" + String.join("|", data.entries("link/kin-women.txt").stream()
                .flatMap(l -> java.util.Arrays.stream(l.trim().split("\\s+"))).filter(w -> !w.isEmpty()).toList()) + ")");
    }

    /** What may come right after a title standing alone for a person: a verb, a preposition, punctuation. */
    private static final String AFTER_BARE_TITLE = "，。、：；与和同跟在也还将曾则已对向于说表称指强认会亦并就又再呼";
    /** What may come right before one: the start of a clause, or 新/该/这位 ("新首相与特朗普通话"). */
    private static final java.util.regex.Pattern BARE_TITLE_PREFIX = java.util.regex.Pattern.compile("(?:新任?|该|这位|此位|这名)$");
    private static final java.util.regex.Pattern DEMONSTRATIVE = java.util.regex.Pattern.compile("(?:该|这位|此位|这名)$");

    /**
     * "新首相与特朗普通话": a title written alone stands for the one person the article has named
     * before with that title; with two or more such people, or none, it stands for no one.
     */
    private void bareTitles(Document doc, List<Mention> mentions, Sentence s, List<Reference> refs) {
        String norm = doc.norm();
        String text = doc.norm(s.span());
        boolean[] present = bareTitleIndex.occurring(text);
        for (int k = 0; k < bareTitles.size(); k++) {
            if (!present[k]) {
                continue;
            }
            String title = bareTitles.get(k);
            for (int i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + title.length())) {
                int at = s.span().start() + i;
                Span span = new Span(at, at + title.length());
                int end = span.end();
                boolean afterOk = end < norm.length() && AFTER_BARE_TITLE.indexOf(norm.charAt(end)) >= 0;
                // "韩国总统说": a country before the title narrows it to the one holding the post there
                Mention country = CountryTitles.countryBefore(mentions, at);
                int from = country == null ? at : country.span().start();
                String before = norm.substring(Math.max(s.span().start(), from - 3), from);
                boolean beforeOk = from == s.span().start() || !isHan(norm.charAt(from - 1))
                        || BARE_TITLE_PREFIX.matcher(before).find();
                if (!afterOk || !beforeOk || refs.stream().anyMatch(r -> r.span().overlaps(span))
                        || mentions.stream().anyMatch(m -> m.fullSpan().overlaps(span)) || titleOfName(norm, mentions, at)) {
                    continue;
                }
                Entity only = null;
                boolean ambiguous = false;
                for (Mention m : mentions) {
                    if (m.type() == EntityType.PERSON && m.span().end() <= from && m.title() != null && m.title().endsWith(title)
                            && !m.title().endsWith("副" + title) && !m.title().startsWith("前")
                            && (country == null || CountryTitles.holdsThere(doc, m, country))) {
                        if (only != null && !only.id().equals(m.entity().id())) {
                            ambiguous = true;
                        }
                        only = m.entity();
                    }
                }
                if (only != null && !ambiguous) {
                    // the reference takes in 这位/该 before it, so the rules see "向[P]表示", not "向这位[P]表示"
                    java.util.regex.Matcher demonstrative = DEMONSTRATIVE.matcher(before);
                    int start = demonstrative.find() ? from - demonstrative.group().length() : from;
                    Span whole = new Span(start, span.end());
                    refs.add(new Reference(whole, norm.substring(start, span.end()), List.of(only), "title"));
                }
            }
        }
    }

    /**
     * A title right after a person's name, or after the name and another form of it in brackets, is that person's
     * own ("川普（特朗普）总统会见蔡英文"), not someone else named before with that title.
     */
    private static boolean titleOfName(String norm, List<Mention> mentions, int at) {
        int end = at;
        if (end > 0 && (norm.charAt(end - 1) == '）' || norm.charAt(end - 1) == ')')) {
            int open = Math.max(norm.lastIndexOf('（', end - 1), norm.lastIndexOf('(', end - 1));
            if (open >= 0 && end - open <= 40) {
                end = open;
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().end() == end) {
                return true;
            }
        }
        return false;
    }

    public Analysis link(Analysis a) {
        List<Mention> mentions = unify(a.mentions());
        List<Reference> refs = new ArrayList<>();
        Document doc = a.document();
        for (Sentence s : doc.sentences()) {
            if (!s.kind().carriesFacts()) {
                continue;
            }
            List<Token> toks = a.tokens().get(s.index());
            for (int ti = 0; ti < toks.size(); ti++) {
                Token t = toks.get(ti);
                if (isPronoun(t.word()) && !ObjectPronouns.isMet(doc.norm(), s, t.span())
                        && isSubject(doc, t.span(), s) && !objectOfVerb(toks, ti)) {
                    Entity e = pronounSubject(doc, mentions, refs, s, t.span().start(), t.word());
                    if (e != null) {
                        refs.add(new Reference(t.span(), t.word(), List.of(e), "pronoun"));
                    }
                } else {
                    Span glued = GluedPronouns.at(toks, ti, doc.norm(), s.span().start(), pronounChars, pronouns);
                    if (glued != null && isSubject(doc, glued, s)) {
                        String p = doc.norm().substring(glued.start(), glued.end());
                        Entity e = pronounSubject(doc, mentions, refs, s, glued.start(), p);
                        if (e != null) {
                            refs.add(new Reference(glued, p, List.of(e), "pronoun"));
                        }
                    }
                }
            }
            // by characters: HanLP may glue a pronoun to its verb (告诉他)
            String text = doc.norm(s.span());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (pronounFirst.get(c) && pronounChars.indexOf(c) >= 0) {
                    String p = text.substring(i, i + 1);
                    Span at = new Span(s.span().start() + i, s.span().start() + i + 1);
                    Entity e = ObjectPronouns.isMet(doc.norm(), s, at) ? ObjectPronouns.resolve(doc, mentions, refs, s, at, p, LOOKBACK_SENTENCES) : null;
                    if (e != null) {
                        refs.add(new Reference(at, p, List.of(e), "pronoun"));
                    }
                } else if (c == '自' && text.startsWith("自己", i)) {
                    Span self = new Span(s.span().start() + i, s.span().start() + i + 2);
                    Entity e = ObjectPronouns.self(doc, mentions, refs, s, self);
                    if (e != null) {
                        refs.add(new Reference(self, "自己", List.of(e), "pronoun"));
                    }
                }
            }
            bareTitles(doc, mentions, s, refs);
            refs.addAll(surnames.resolve(doc, mentions, refs, s));
            refs.addAll(described.resolve(doc, mentions, refs, s));
            abbreviations(doc, mentions, s, refs);
            // by country and post first (中印两国外长); the pair words below take what it leaves
            refs.addAll(countryPairs.resolve(doc, mentions, refs, s));
            refs.addAll(countryGroups.resolve(doc, mentions, refs, s));
            pairs(doc, mentions, s, refs);
        }
        for (Reference r : delegations.resolve(doc, mentions)) {
            if (refs.stream().noneMatch(o -> o.span().overlaps(r.span()))) {
                refs.add(r);
            }
        }
        refs.sort(Comparator.comparingInt(r -> r.span().start()));
        return new Analysis(doc, a.tokens(), mentions, dropOverlapping(refs, mentions));
    }

    /** Who a subject pronoun at {@code at} stands for; never the speaker of a quotation it stands in. */
    private Entity pronounSubject(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, int at, String pronoun) {
        Entity e = subjectBefore(doc, mentions, refs, s, at, pronoun);
        if (e == null) {
            return null;
        }
        Span quote = Quotations.around(doc, s, at);
        return quote != null && Quotations.saidBy(doc, mentions, refs, quote, e) ? null : e;
    }

    private boolean isPronoun(String word) {
        return !word.isEmpty() && pronounFirst.get(word.charAt(0)) && pronouns.contains(word);
    }

    /** One entity per person within the article: short names join full names; English names are kept. */
    private static List<Mention> unify(List<Mention> mentions) {
        Map<String, Entity> merged = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.entity().curated()) {
                continue;
            }
            String dotted = "·" + m.surface();
            for (Mention f : mentions) {
                if (f != m && f.type() == EntityType.PERSON && (f.surface().endsWith(dotted) || partOfDoubleName(f.surface(), m.surface()))) {
                    merged.put(m.entity().id(), f.entity());
                    break;
                }
            }
        }
        Map<String, Entity> finalEntity = new HashMap<>();
        for (Mention m : mentions) {
            Entity e = merged.getOrDefault(m.entity().id(), m.entity());
            if (!e.curated()) {
                Entity prev = finalEntity.get(e.id());
                finalEntity.put(e.id(), combine(prev == null ? e : prev, m));
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Entity e = merged.getOrDefault(m.entity().id(), m.entity());
            out.add(e.curated() ? (e == m.entity() ? m : m.withEntity(e, m.source())) : m.withEntity(finalEntity.get(e.id()), m.source()));
        }
        return out;
    }

    /** 雷德利 or 托马斯 after 马克·雷德利-托马斯: either half of a double last name names the person. */
    private static boolean partOfDoubleName(String full, String part) {
        // read in place: this runs for every pair of mentions of an article
        int from = full.lastIndexOf('·') + 1;
        int n = part.length();
        if (from == 0 || full.length() - from < n + 1) {
            return false;
        }
        return full.startsWith(part, from) && full.charAt(from + n) == '-'
                || full.endsWith(part) && full.charAt(full.length() - n - 1) == '-';
    }

    private static Entity combine(Entity e, Mention m) {
        String en = e.labelEn() != null ? e.labelEn() : m.entity().labelEn();
        Set<String> aliases = new LinkedHashSet<>(e.aliases());
        if (!m.surface().equals(e.labelZh())) {
            aliases.add(m.surface());
        }
        if (en == e.labelEn() && aliases.size() == e.aliases().size()) {
            return e;
        }
        return new Entity(e.id(), e.type(), e.labelZh(), en, List.copyOf(aliases), e.wikidata(), e.country(), false);
    }

    /**
     * A pronoun that is a subject ("他表示", "从白宫出发时他说"), not an object ("对他说", "告诉她")
     * or part of a word (其他, 他国).
     */
    private static boolean isSubject(Document doc, Span at, Sentence s) {
        String norm = doc.norm();
        if (at.start() > s.span().start() && "对向给和与跟同让请把被使令叫告诉其为替帮问见".indexOf(norm.charAt(at.start() - 1)) >= 0) {
            return false;
        }
        return at.end() >= norm.length() || "们人国乡的".indexOf(norm.charAt(at.end())) < 0;
    }

    /**
     * The subject of the clause the pronoun continues: the first person named in this sentence
     * before it who is not the object or partner of someone ("提问他与习近平见面时…，他告诉记者" is not
     * 习近平), else the first such person, or pronoun already read, in the nearest earlier sentence;
     * failing both, the first person named before it in this sentence. See {@link #firstSubject}
     * for who counts.
     */
    private Entity subjectBefore(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, int at, String pronoun) {
        // 她 passes over a subject the text does not mark as a woman for one it does, within the lookback
        boolean she = pronoun.equals("她");
        if (she && unnamedWomanBefore(kinWoman, doc.norm(), mentions, s.span().start(), at)) {
            return null;
        }
        Entity here = firstSubject(doc, mentions, refs, s.span().start(), at, pronoun);
        if (here != null && (!she || Salience.female(doc.norm(), here, mentions, refs))) {
            return here;
        }
        Entity fallback = here;
        int named = 0;
        boolean unnamedSpoke = false;
        int back = 0;
        for (int i = s.index() - 1; i >= 0 && back < QUIET_LOOKBACK_SENTENCES; i--) {
            Sentence prev = doc.sentences().get(i);
            if (Captions.passedOver(s, prev)) {
                // passed over while nobody is found yet; once someone is, 她 looks no further for a woman past it
                if (fallback != null) {
                    break;
                }
                continue;
            }
            back++;
            if (back > LOOKBACK_SENTENCES && (named >= LOOKBACK_SENTENCES || unnamedSpoke)) {
                break;
            }
            if (!prev.kind().carriesFacts() || prev.kind() != s.kind() && prev.kind() != org.guanxi.doc.BlockKind.PARAGRAPH) {
                break;
            }
            Entity e = firstSubject(doc, mentions, refs, prev.span().start(), prev.span().end(), pronoun);
            if (e != null && (!she || Salience.female(doc.norm(), e, mentions, refs))) {
                return e;
            }
            if (fallback == null) {
                fallback = e;
            }
            if (firstPerson(mentions, prev.span().start(), prev.span().end()) != null) {
                named++;
            } else if (UNNAMED_SPEAKS.matcher(doc.norm(prev.span())).find()) {
                unnamedSpoke = true;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        Entity first = firstPerson(mentions, s.span().start(), at);
        return first != null && fits(doc, first, mentions, refs, pronoun) ? first : null;
    }

    /**
     * "李子贤的母亲在记者会上斥责港府，并表示她……": 她 stands for the woman named only by kin earlier in its sentence,
     * no one the article names (unless her name follows: 金正恩的妹妹金与正表示，她……).
     */
    static boolean unnamedWomanBefore(java.util.regex.Pattern kinWoman, String norm, List<Mention> mentions, int from, int at) {
        java.util.regex.Matcher m = kinWoman.matcher(norm).region(from, at);
        while (m.find()) {
            int end = m.end();
            boolean named = mentions.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.fullSpan().start() >= end
                    && x.fullSpan().start() <= end + 2);
            if (!named) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after which a pronoun starts a reported clause (说他将, 认为他) rather than being their object. */
    private static final Set<String> CLAUSE_VERBS = Set.of("说", "表示", "称", "认为", "指出", "强调", "透露", "希望", "相信", "知道",
            "宣布", "承认", "觉得", "确认", "声称", "坚称", "说明", "显示", "证实", "是");

    /** "威胁他不要访台": a pronoun right after a verb is its object, unless the verb reports a clause. */
    private static boolean objectOfVerb(List<Token> toks, int i) {
        if (i == 0) {
            return false;
        }
        Token prev = toks.get(i - 1);
        return prev.tag().startsWith("v") && !CLAUSE_VERBS.contains(prev.word()) && prev.span().end() == toks.get(i).span().start();
    }

    /** What after a name makes it a modifier, not a subject: 奥巴马时代, 拜登政府, 拜登的. */
    private static final java.util.regex.Pattern MODIFIER_AFTER = java.util.regex.Pattern.compile("^(?:的|之|时代|政府|任内|时期|执政|当局|阵营|团队)");

    /** Characters before a name that make it an object or a partner, not a subject. */
    private static final String NOT_SUBJECT_BEFORE = "与和同跟对向给把被让请及问就";

    /**
     * Who a pronoun continues within one stretch of text: among the people named there as
     * subjects, outside quotes (a name a speaker quotes is not who the narration follows), and of
     * the pronoun's gender where the text makes it clear, the first one who goes on to speak
     * ("传蓬佩奥访台一事，李俊俋说，…他说" is 李俊俋), else the first one.
     */
    static Entity firstSubject(Document doc, List<Mention> mentions, List<Reference> refs, int from, int to, String pronoun) {
        Entity e = firstSubject(doc, mentions, refs, from, to, pronoun, true);
        // a main clause with no subject of its own goes on from the one in the clause of time: 在辛格抵达列城后，观看了……
        return e != null ? e : firstSubject(doc, mentions, refs, from, to, pronoun, false);
    }

    private static Entity firstSubject(Document doc, List<Mention> mentions, List<Reference> refs, int from, int to, String pronoun,
            boolean skipTimeClause) {
        String norm = doc.norm();
        java.util.TreeMap<Integer, Entity> byStart = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, Entity> speakers = new java.util.TreeMap<>();
        for (Mention m : mentions) {
            int start = m.fullSpan().start();
            if (m.type() == EntityType.PERSON && m.span().start() >= from && m.span().end() <= to
                    && (start == 0 || NOT_SUBJECT_BEFORE.indexOf(norm.charAt(start - 1)) < 0)
                    // 小布什总统的特别助理: a title written after the name comes before the 的
                    && !MODIFIER_AFTER.matcher(norm.substring(m.fullSpan().end(), Math.min(norm.length(), m.fullSpan().end() + 2))).find()
                    && !Salience.kinAfter(norm, m.span().end())
                    && !(skipTimeClause && Salience.inTimeClause(norm, from, start, m.span().end()))
                    && !Salience.insideQuote(norm, from, start) && fits(doc, m.entity(), mentions, refs, pronoun)) {
                byStart.putIfAbsent(start, m.entity());
                if (Salience.speaks(norm, m.span().end())) {
                    speakers.putIfAbsent(start, m.entity());
                }
            }
        }
        for (Reference r : refs) {
            int start = r.span().start();
            if (r.entities().size() == 1 && start >= from && r.span().end() <= to
                    && !Salience.insideQuote(norm, from, start) && fits(doc, r.entities().get(0), mentions, refs, pronoun)) {
                byStart.putIfAbsent(start, r.entities().get(0));
                if (Salience.speaks(norm, r.span().end())) {
                    speakers.putIfAbsent(start, r.entities().get(0));
                }
            }
        }
        if (pronoun.equals("她")) {
            // a woman the text marks as one is who 她 follows, before anyone else named there
            if (byStart.values().stream().anyMatch(e -> Salience.female(norm, e, mentions, refs))) {
                speakers.values().removeIf(e -> !Salience.female(norm, e, mentions, refs));
                byStart.values().removeIf(e -> !Salience.female(norm, e, mentions, refs));
            }
        }
        return !speakers.isEmpty() ? speakers.firstEntry().getValue() : byStart.isEmpty() ? null : byStart.firstEntry().getValue();
    }

    /** 他 is no woman the text has marked as one (她 is left open: the text rarely marks men). */
    private static boolean fits(Document doc, Entity e, List<Mention> mentions, List<Reference> refs, String pronoun) {
        return !pronoun.equals("他") || !Salience.female(doc.norm(), e, mentions, refs);
    }

    private static Entity firstPerson(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().start() >= from && m.span().end() <= to) {
                return m.entity();
            }
        }
        return null;
    }

    private void pairs(Document doc, List<Mention> mentions, Sentence s, List<Reference> refs) {
        String norm = doc.norm(s.span());
        // words that hold a pair word but stand for no two people named (双方代表: the sides' unnamed delegates)
        List<Span> blocked = new ArrayList<>();
        boolean[] present = pairIndex.occurring(norm);
        for (int k = 0; k < pairWords.size(); k++) {
            if (!present[k]) {
                continue;
            }
            String[] row = pairWords.get(k);
            String w = row[0].strip();
            String kind = row.length > 1 ? row[1].strip() : "any";
            boolean leaders = kind.equals("leaders");
            for (int i = norm.indexOf(w); i >= 0; i = norm.indexOf(w, i + w.length())) {
                int at = s.span().start() + i;
                Span span = new Span(at, at + w.length());
                // 中美双方: by country or not at all (CountryPairs); 美国和中国…，双方: the countries
                if (refs.stream().anyMatch(r -> r.span().overlaps(span)) || blocked.stream().anyMatch(b -> b.overlaps(span))
                        || w.equals("双方") && (CountryPairs.afterTwoCountries(norm, i) || PairScope.placesAreTheSides(doc, mentions, refs, s, at))) {
                    continue;
                }
                if (kind.equals("none")) {
                    blocked.add(span);
                    continue;
                }
                // the one whose 与/和 takes the pair word meets the two and is none of them (习近平还和这两位会谈)
                Entity subject = PairObject.subject(norm, mentions, s.span().start(), i);
                List<Mention> ms = subject == null ? mentions : mentions.stream().filter(m -> !m.entity().id().equals(subject.id())).toList();
                List<Reference> rs = subject == null ? refs
                        : refs.stream().filter(r -> r.entities().stream().noneMatch(e -> e.id().equals(subject.id()))).toList();
                List<Mention> sides = kind.equals("any") ? PairScope.sidesOfMeetingBefore(doc, ms, s, at) : List.of();
                List<Entity> two = !sides.isEmpty() ? sides.stream().map(Mention::entity).toList()
                        : leaders ? lastTwoLeaders(doc, ms, rs, s, at)
                        : kind.equals("only-two") ? onlyTwoPeople(doc, ms, rs, s, at) : lastTwoPeople(doc, ms, rs, s, at);
                if (two.size() == 2) {
                    refs.add(new Reference(span, w, two, leaders ? "leaders" : "pair"));
                }
            }
        }
    }

    /** The last two heads of state or government named before {@code at}, by title or by position. */
    private List<Entity> lastTwoLeaders(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, int at) {
        int from = doc.sentences().get(Math.max(0, s.index() - LeaderTitles.LOOKBACK_SENTENCES)).span().start();
        java.time.LocalDate date = doc.article().published();
        List<Object> items = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().end() <= at && m.span().start() >= from && !freshSpeaker(doc, mentions, s, at, m, from)
                    && !namesABody(doc, m)
                    && (LeaderTitles.isLeader(m.title()) || leader.test(m.entity(), date))) {
                items.add(m);
            }
        }
        for (Reference r : refs) {
            if (r.span().end() <= at && r.span().start() >= from && r.entities().stream().allMatch(e -> leader.test(e, date))) {
                items.add(r);
            }
        }
        return lastTwo(items);
    }

    /**
     * The last two different people named before {@code at}, in this sentence or the two before
     * it, outside captions and not counting them ({@link PairScope}); a group word on the way (拜习) counts for both its people.
     */
    private static List<Entity> lastTwoPeople(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, int at) {
        int from = PairScope.lookbackStart(doc, s, LOOKBACK_SENTENCES);
        List<Object> items = new ArrayList<>();
        List<Span> speakers = new ArrayList<>();
        // a spokesman reports on the two sides, he is not one of them ("发言人赵立坚…。赵立坚称，“双方继续推动…”")
        Set<String> spokesmen = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().end() <= at && m.span().start() >= from && m.title() != null && m.title().contains("发言人")) {
                spokesmen.add(m.entity().id());
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().end() <= at && m.span().start() >= from && !namesABody(doc, m)
                    && !PairScope.inCaption(doc, s, m.span().start())) {
                if (freshSpeaker(doc, mentions, s, at, m, from) || spokesmen.contains(m.entity().id())) {
                    speakers.add(m.fullSpan());
                } else {
                    items.add(m);
                }
            }
        }
        for (Reference r : refs) {
            // a bare title read as the speaker ("国家安全顾问沙利文说") is the speaker too
            if (r.span().end() <= at && r.span().start() >= from && speakers.stream().noneMatch(sp -> sp.overlaps(r.span()))
                    && !PairScope.inCaption(doc, s, r.span().start())) {
                items.add(r);
            }
        }
        return lastTwo(items);
    }

    /** After a name, a body or a time it only names (拜登政府, 特朗普时代): not one of two sides. */
    private static final java.util.regex.Pattern BODY_AFTER = java.util.regex.Pattern.compile("^(?:政府|时代|任内|时期|当局|阵营|团队|内阁|政权)");

    private static boolean namesABody(Document doc, Mention m) {
        String norm = doc.norm();
        return BODY_AFTER.matcher(norm.substring(m.span().end(), Math.min(norm.length(), m.span().end() + 2))).find();
    }

    /** A clause before the speaker telling of his own meeting ("在与习近平会晤后，拜登表示双方…"): he is one of the two. */
    private static final java.util.regex.Pattern AFTER_OWN_MEETING = java.util.regex.Pattern.compile(
            "(?:^|[，,])(?:在|于)?(?:与|同|跟|和)[^，,。；;“”]{1,24}?(?:会晤|会谈|会面|通话|通电话|见面)(?:结束)?(?:后|之后|时|期间|之际|以后)[，,]?$");

    /** A verb of saying right after a name (乌沙科夫说，…; 发言人赵立坚表示，…). */
    private static final java.util.regex.Pattern SAYS_AFTER = java.util.regex.Pattern.compile("^(?:[（(][^）)]{0,40}[）)])?[^，,。；;“”\"与和同跟及]{0,6}?(?:说|表示|称|指出|强调|透露|介绍)");

    /**
     * Someone first named in this sentence as the one saying what holds the pair word ("乌沙科夫说，
     * 对美关系是两人会晤中的议题"): an aide or spokesman reporting on two others, not one of the two.
     * Named before, he may well be one of them ("王毅与布林肯会谈。王毅说，双方…").
     */
    static boolean freshSpeaker(Document doc, List<Mention> mentions, Sentence s, int at, Mention m, int from) {
        if (m.span().start() < s.span().start() || !SAYS_AFTER.matcher(doc.norm().substring(m.span().end(), at)).find()
                || AFTER_OWN_MEETING.matcher(doc.norm().substring(s.span().start(), m.fullSpan().start())).find()) {
            return false;
        }
        return mentions.stream().noneMatch(o -> o.span().start() >= from && o.span().end() <= s.span().start() && o.entity().id().equals(m.entity().id()));
    }

    /**
     * 他们 is a pair only where nothing else is likely: the sentence before and this one up to the
     * word name exactly two different people, and either this sentence names one of them or the
     * word comes at its head ("并称他们一直…").
     */
    private static List<Entity> onlyTwoPeople(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s, int at) {
        int from = doc.sentences().get(Math.max(0, s.index() - 1)).span().start();
        List<String> ids = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.span().end() <= at && m.span().start() >= from) {
                items.add(m);
                if (!ids.contains(m.entity().id())) {
                    ids.add(m.entity().id());
                }
            }
        }
        for (Reference r : refs) {
            if (r.span().end() <= at && r.span().start() >= from) {
                items.add(r);
                for (Entity e : r.entities()) {
                    if (!ids.contains(e.id())) {
                        ids.add(e.id());
                    }
                }
            }
        }
        // "…对德国访客提出要求，他们必须…": deep in a sentence that names no one, 他们 is more likely the nearer plural noun
        boolean namedHere = items.stream().anyMatch(o -> (o instanceof Mention m ? m.span() : ((Reference) o).span()).start() >= s.span().start());
        // inside a quote, 他们 is the speaker's word for people the quote has in mind ("特朗普比他们更想…")
        String before = doc.norm().substring(s.span().start(), at);
        boolean quoted = before.chars().filter(ch -> ch == '“' || ch == '「').count() > before.chars().filter(ch -> ch == '”' || ch == '」').count();
        return ids.size() == 2 && !quoted && (namedHere || at - s.span().start() <= 6) ? lastTwo(items) : List.of();
    }

    /** The last two different people among mentions and references, in text order. */
    private static List<Entity> lastTwo(List<Object> items) {
        items.sort(Comparator.comparingInt(o -> -(o instanceof Mention m ? m.span().start() : ((Reference) o).span().start())));
        List<Entity> found = new ArrayList<>();
        for (Object o : items) {
            List<Entity> es = o instanceof Mention m ? List.of(m.entity()) : ((Reference) o).entities();
            for (int i = es.size() - 1; i >= 0; i--) {
                Entity e = es.get(i);
                if (found.size() < 2 && found.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    found.add(0, e); // in text order
                }
            }
            if (found.size() >= 2) {
                break;
            }
        }
        return found;
    }

    private void abbreviations(Document doc, List<Mention> mentions, Sentence s, List<Reference> refs) {
        String norm = doc.norm(s.span());
        boolean[] present = abbreviationIndex.occurring(norm);
        for (int k = 0; k < abbreviations.size(); k++) {
            if (!present[k]) {
                continue;
            }
            String[] row = abbreviations.get(k);
            String abbr = row[0].strip();
            for (int i = norm.indexOf(abbr); i >= 0; i = norm.indexOf(abbr, i + abbr.length())) {
                Entity first = named(mentions, row[1].strip());
                Entity second = named(mentions, row[2].strip());
                if (first != null && second != null && !first.id().equals(second.id())) {
                    int at = s.span().start() + i;
                    refs.add(new Reference(new Span(at, at + abbr.length()), abbr, List.of(first, second), "abbreviation"));
                }
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Entity named(List<Mention> mentions, String name) {
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() == EntityType.PERSON && (e.labelZh().equals(name) || e.aliases().contains(name) || m.surface().equals(name))) {
                return e;
            }
        }
        return null;
    }

    private static List<Reference> dropOverlapping(List<Reference> refs, List<Mention> mentions) {
        List<Reference> out = new ArrayList<>();
        for (Reference r : refs) {
            // a place or a body may lie inside a group word (17名美国国会议员): the group, wider, stands for it
            boolean clash = mentions.stream().anyMatch(m -> m.fullSpan().overlaps(r.span())
                            && !(r.span().contains(m.fullSpan()) && (m.type() == EntityType.PLACE
                                    || m.type() == EntityType.ORGANIZATION && !r.span().equals(m.fullSpan()))))
                    || out.stream().anyMatch(o -> o.span().overlaps(r.span()));
            if (!clash) {
                out.add(r);
            }
        }
        return out;
    }
}
