package org.guanxi.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;
import org.guanxi.text.Normalizer;

/**
 * The recognition stage: segments each sentence, finds the gazetteer's names, keeps the names
 * HanLP guesses where the evidence is good (a title before, a verb of saying after, an English name
 * in brackets, a second mention), reads transliterated names written with an interpunct, and marks
 * the title written before each person. Thread-safe.
 */
public final class Recognizer {
    private static final Pattern ENGLISH_AFTER = Pattern.compile(
            "^\\s*[（(]\\s*([A-Z][A-Za-z.'\\-]*(?:\\s+[A-Z][A-Za-z.'\\-]*){0,3})\\s*[）)]");
    private static final Pattern PLACE_SUFFIX = Pattern.compile(".{2,}(?:省|市|县|州|岛|区|镇|村|湾|港|山|河|江|湖|海|峡|洲|城|国|群岛|半岛)$");
    /** Interpuncts at a candidate's edges, which are no part of the name. */
    private static final Pattern EDGE_DOTS = Pattern.compile("^·+|·+$");
    private static final Pattern COUNTED_COUNTRIES = Pattern.compile("[两二三四五六七八九十几多各][国方]$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            ".{2,}(?:部|委员会|协会|大学|学院|公司|集团|银行|组织|联盟|党|政府|法院|议会|中心|研究所|研究院|基金会|医院|报|通讯社|电视台|办公室|办事处|局|署|理事会|委员会)$");

    private final HanlpAnalyzer hanlp;
    private final Gazetteer gazetteer;
    private final GazetteerMatcher matcher;
    private final NerTables tables;
    private final TitleFinder titles;
    private final NameFilter names;
    private final TitleResolver byTitle;
    private final NameBounds bounds;
    private final DottedNames dotted;
    private final RoleCharacterStart roleStart;
    private final SurnameTitles surnameTitles;
    private final Normalizer normalizer;
    private final LatinNames latin;
    private final PersonGloss gloss;
    private final TransliterationEnd transliterationEnd;
    private final TibetanNames tibetan;
    private final PlaceReading places = new PlaceReading();
    private final SpeakerNames speakers;
    private final TitledNames titled;
    private final NameEvidence clues;
    private final OftenNamed oftenNamed;
    private final NamesAgain namesAgain;

    public Recognizer(DataSource data, Normalizer normalizer, Gazetteer gazetteer, HanlpAnalyzer hanlp) {
        this.hanlp = hanlp;
        this.gazetteer = gazetteer;
        this.matcher = new GazetteerMatcher(gazetteer, hanlp);
        this.tables = NerTables.load(data);
        this.titles = new TitleFinder(tables, gazetteer, normalizer);
        this.names = new NameFilter(tables, hanlp, gazetteer);
        this.speakers = new SpeakerNames(tables.personCues());
        this.byTitle = new TitleResolver(gazetteer, normalizer);
        this.bounds = new NameBounds(tables, names, hanlp);
        this.titled = new TitledNames(tables, names, hanlp);
        this.clues = new NameEvidence(tables, names);
        this.oftenNamed = new OftenNamed(tables, names, hanlp);
        this.namesAgain = new NamesAgain(tables, names, hanlp, new JapaneseFamilyNames(tables.japaneseSurnames()), this::curated);
        this.dotted = new DottedNames(tables, names, hanlp, new DottedNameStart(tables, names, hanlp));
        this.roleStart = new RoleCharacterStart(tables, names);
        this.surnameTitles = new SurnameTitles(tables, names, hanlp);
        this.normalizer = normalizer;
        Set<String> latinNotNames = Set.copyOf(data.entries("ner/latin-not-name-words.txt"));
        this.latin = new LatinNames(tables, latinNotNames);
        this.gloss = new PersonGloss(latinNotNames, gazetteer, normalizer);
        this.transliterationEnd = new TransliterationEnd(names, hanlp);
        this.tibetan = new TibetanNames(Set.copyOf(data.entries("ner/tibetan-name-parts.txt")));
    }

    /**
     * 华中 in "默克尔访华中后", 台中 in "访台中": a trip written short (访华, 访台) then 中 ("during"),
     * not the region or city of that name; a two-character place of a country character and 中
     * right after 访 is not a place.
     */
    private boolean visitAbbreviationWithIn(String norm, Span span) {
        return span.end() - span.start() == 2 && span.start() > 0 && norm.charAt(span.start() - 1) == '访'
                && norm.charAt(span.start() + 1) == '中' && tables.countryChars().contains(norm.charAt(span.start()));
    }

    /**
     * A curated foreign person's name that here names something else: the Latin name in brackets
     * after it is someone else's (阿拉米达（Alameda）), or it is a town among places (德克萨斯州奥斯汀,
     * 休斯顿、奥斯汀和达拉斯), or a thing is named after the person (里根号).
     */
    private boolean otherThanCurated(String norm, GazetteerMatcher.Hit h, List<Span> placeHits) {
        if (thingNamedAfter(norm, h.span())) {
            return true;
        }
        if (!names.isTransliterated(h.entity())) {
            return false;
        }
        if (isLatin(norm.charAt(h.span().start()))) {
            // a surname alone (Carney), not a whole name the gazetteer holds
            return norm.substring(h.span().start(), h.span().end()).indexOf(' ') < 0 && EnglishGloss.otherFirstName(h.entity(), norm, h.span().start());
        }
        // 阿拉米达（Alameda）: the bracket follows the whole run of transliteration the name is part of
        int end = h.span().end();
        while (end < norm.length() && end - h.span().end() < 3 && names.continuesName(norm.charAt(end))) {
            end++;
        }
        String gloss = EnglishGloss.after(norm, end);
        return gloss != null && EnglishGloss.contradicts(h.entity(), gloss) || places.townAmongPlaces(norm, h.span(), placeHits);
    }

    /** 里根号航空母舰, 伊丽莎白女王号, 麦卡锡式的偏执: a ship, a style or a school named after the person at the span. */
    private boolean thingNamedAfter(String norm, Span span) {
        int after = span.end() < norm.length() && norm.charAt(span.end()) == '”' ? span.end() + 1 : span.end();
        if (after + 2 < norm.length() && tables.isTitle(norm.substring(after, after + 2))) {
            after += 2; // 伊丽莎白 + 女王 + 号
        }
        return names.namesAThingAfterCurated(norm.substring(after, Math.min(norm.length(), after + 4)));
    }

    /** A name HanLP or a pattern proposed, waiting for the whole document's evidence. */
    record Candidate(Span span, String name, EntityType type, String source, int sentence, int token) {
    }

    public Analysis analyze(Document doc) {
        return analyze(doc, segment(doc));
    }

    /** HanLP's words of every sentence of {@code doc}, in order: the part of {@link #analyze} that can run apart. */
    public List<List<Token>> segment(Document doc) {
        List<List<Token>> tokens = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            tokens.add(hanlp.segment(doc.norm(s.span()), s.span().start()));
        }
        return tokens;
    }

    /**
     * The recognition of {@code doc} from its sentences' words, as {@link #segment} gave them.
     * Segmenting several documents back to back and then analysing them is faster than one at a
     * time: HanLP's tables stay in the processor's cache.
     */
    public Analysis analyze(Document doc, List<List<Token>> tokens) {
        if (tokens.size() != doc.sentences().size()) {
            throw new IllegalArgumentException(tokens.size() + " sentences' words for " + doc.sentences().size() + " sentences");
        }
        List<Mention> mentions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String norm = doc.norm(s.span());
            int off = s.span().start();
            List<Token> toks = tokens.get(s.index());
            List<Span> taken = new ArrayList<>();
            List<GazetteerMatcher.Hit> hits = matcher.find(lower(norm), off, toks);
            List<Span> placeHits = hits.stream().filter(h -> h.entity().type() == EntityType.PLACE).map(GazetteerMatcher.Hit::span).toList();
            for (GazetteerMatcher.Hit h : hits) {
                if (partOfLongerForeignName(doc.norm(), h, toks)
                        || h.entity().type() == EntityType.PLACE && visitAbbreviationWithIn(doc.norm(), h.span())
                        || h.entity().type() == EntityType.PERSON && otherThanCurated(doc.norm(), h, placeHits)) {
                    continue;
                }
                mentions.add(new Mention(h.span(), doc.norm(h.span()), h.entity(), "gazetteer", 1.0, null, null));
                taken.add(h.span());
            }
            List<Mention> patterned = new ArrayList<>(latin.find(norm, off, taken));
            patterned.addAll(tibetan.find(norm, off, taken));
            for (Mention m : patterned) {
                mentions.add(m);
                taken.add(m.span());
            }
            for (Mention m : latin.bracketed(norm, off, toks, taken)) {
                mentions.add(m);
                taken.add(m.span());
            }
            List<Candidate> here = new ArrayList<>();
            dotted.find(doc, s, toks, taken, mentions, here);
            titled.find(doc, s, toks, taken, mentions, here);
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                EntityType type = tables.typeOf(t.tag());
                if (type != null && taken.stream().noneMatch(x -> x.overlaps(t.span()))
                        && !(type == EntityType.PLACE && visitAbbreviationWithIn(doc.norm(), t.span()))) {
                    here.add(new Candidate(t.span(), t.word(), type, "hanlp:" + t.tag(), s.index(), i));
                }
            }
            for (Candidate c : bounds.adjust(doc.norm(), toks, here)) {
                if (!c.source().startsWith("pattern:") && taken.stream().anyMatch(x -> x.overlaps(c.span()))) {
                    continue;
                }
                // 总统川普通了电话: a run read after a title may hold a curated name and a character of the next word
                boolean guessed = c.source().startsWith("hanlp:") || c.source().equals("pattern:title-foreign");
                List<Mention> known = c.type() == EntityType.PERSON && guessed ? curatedInside(doc.norm(), c, toks) : List.of();
                if (known.stream().anyMatch(k -> k.type() == EntityType.PERSON && thingNamedAfter(doc.norm(), k.span()))) {
                    continue;
                }
                if (known.isEmpty()) {
                    candidates.add(c);
                } else {
                    mentions.addAll(known);
                    known.forEach(k -> taken.add(k.span()));
                }
            }
        }
        candidates = extendToLongerNames(doc, candidates);
        candidates = extendByOneCharacter(doc, candidates);
        candidates = transliterationEnd.extend(doc.norm(), candidates);
        candidates = candidates.stream().map(c -> roleStart.trim(doc.norm(), c)).toList();
        candidates = NameRunOn.trim(doc.norm(), candidates, mentions);
        candidates = NameCutStart.widen(doc.norm(), candidates, mentions);
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : candidates) {
            counts.merge(c.name(), 1, Integer::sum);
        }
        for (Mention m : mentions) {
            counts.merge(m.surface(), 1, Integer::sum);
        }
        List<Mention> known = List.copyOf(mentions);
        Set<Span> listed = ListedNames.inLists(doc.norm(), candidates, known);
        List<Span> knownPlaces = placeSpans(known);
        for (Candidate c : candidates) {
            Mention m = accept(doc, c, tokens.get(c.sentence()), counts, known, knownPlaces, mentions, listed.contains(c.span()));
            if (m != null) {
                mentions.add(m);
            }
        }
        linkByGloss(doc.norm(), mentions);
        joinDoubleNames(doc.norm(), mentions);
        List<Mention> again = namesAgain.find(doc, mentions);
        // a place inside a name found again gives way to it (dropOverlaps keeps the surer of two, and a curated place is surer)
        mentions.removeIf(x -> again.stream().anyMatch(a -> NamesAgain.givesWay(x, a.span())));
        mentions.addAll(again);
        mentions.addAll(surnameTitles.find(doc, mentions));
        mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        List<Mention> titled = titles.attach(doc, tokens, dropOverlaps(mentions));
        return new Analysis(doc, tokens, byTitle.resolve(doc, titled));
    }

    /**
     * A name HanLP guessed that is really the gazetteer's, cut differently: the whole word (维特齐 in
     * 维特齐访台 once the edges are right), two curated people written together (拜登苏纳克通话),
     * a curated name with one character of a word next to it (祝福 + 特朗普 read 祝 + 福特朗普,
     * 特斯拉 + 高管 read 特斯拉高 + 管), a curated name cut in two (川 + 普率团), or a curated name and
     * up to three characters the article never writes with it elsewhere. Empty when none of these holds.
     */
    private List<Mention> curatedInside(String norm, Candidate c, List<Token> toks) {
        Span sp = c.span();
        String name = c.name();
        Entity whole = curated(name);
        if (whole != null) {
            return List.of(new Mention(sp, name, whole, "gazetteer", 1.0, null, null));
        }
        for (int i = 2; i <= name.length() - 2; i++) {
            Entity a = curated(name.substring(0, i));
            Entity b = curated(name.substring(i));
            if (a != null && b != null && a.type() == EntityType.PERSON && b.type() == EntityType.PERSON && !a.equals(b)) {
                return List.of(new Mention(new Span(sp.start(), sp.start() + i), name.substring(0, i), a, "gazetteer", 1.0, null, null),
                        new Mention(new Span(sp.start() + i, sp.end()), name.substring(i), b, "gazetteer", 1.0, null, null));
            }
        }
        // widened over single characters (川 + 普原 read 川普原 in 川普原订): the curated name and one character more
        // 彭斯暴, 普京得 (HanLP's own word): a curated transliterated name and the next word's first character
        boolean widened = c.token() < 0;
        Entity head = curated(name.substring(0, name.length() - 1));
        if (head != null && head.type() == EntityType.PERSON && (widened || names.isTransliterated(head) && !name.contains("·")
                && lastIsNoSyllable(norm, sp))) {
            return List.of(new Mention(new Span(sp.start(), sp.end() - 1), name.substring(0, name.length() - 1), head, "gazetteer", 1.0, null, null));
        }
        if (name.length() >= 4 && sp.start() > 0 && hanlp.inDictionary(norm.substring(sp.start() - 1, sp.start() + 1))) {
            Entity rest = curated(name.substring(1));
            if (rest != null) {
                return List.of(new Mention(new Span(sp.start() + 1, sp.end()), name.substring(1), rest, "gazetteer", 1.0, null, null));
            }
        }
        if (name.length() >= 4 && sp.end() < norm.length()) {
            // a company or place name with one more character is no person's name; a person's needs the word to show
            Entity rest = curated(name.substring(0, name.length() - 1));
            if (rest != null && (rest.type() != EntityType.PERSON || hanlp.inDictionary(norm.substring(sp.end() - 1, sp.end() + 1)))) {
                return List.of(new Mention(new Span(sp.start(), sp.end() - 1), name.substring(0, name.length() - 1), rest, "gazetteer", 1.0, null, null));
            }
        }
        // 为何 + 佩洛西 read 为 + 何佩洛/nr + 西: the first character ends a word with the one before, and the
        // curated name starts after it and runs on into the next word
        if (name.length() >= 3 && sp.start() > 0 && hanlp.inDictionary(norm.substring(sp.start() - 1, sp.start() + 1))) {
            for (int extra = 1; extra <= 2 && sp.end() + extra <= norm.length(); extra++) {
                String longer = norm.substring(sp.start() + 1, sp.end() + extra);
                Entity e = curated(longer);
                if (e != null && e.type() == EntityType.PERSON) {
                    return List.of(new Mention(new Span(sp.start() + 1, sp.end() + extra), longer, e, "gazetteer", 1.0, null, null));
                }
            }
        }
        Mention across = curatedAcrossStart(norm, sp, toks);
        if (across != null) {
            return List.of(across);
        }
        // 安倍晋/nr + 三原/ns for 安倍晋三原本: the curated name goes on into the next word
        Token next = toks.stream().filter(t -> t.span().start() == sp.end()).findFirst().orElse(null);
        for (int extra = 1; next != null && extra <= Math.min(2, next.word().length()); extra++) {
            Entity e = curated(name + next.word().substring(0, extra));
            if (e != null && e.type() == EntityType.PERSON) {
                return List.of(new Mention(new Span(sp.start(), sp.end() + extra), name + next.word().substring(0, extra), e, "gazetteer", 1.0, null, null));
            }
        }
        // 奥巴马若能…: a curated name and what follows, which the article writes nowhere else, where it writes the name alone;
        // not a Japanese family name and a given name (安倍 + 昭惠/nrj: the widow, not 安倍晋三)
        for (int i = name.length() - 1; i >= 2 && i >= name.length() - 3 && !name.contains("·"); i--) {
            if (i == 2 && c.source().equals("hanlp:nrj") && name.length() == 4 && !hanlp.isCommonWord(name.substring(2))
                    && name.substring(2).chars().noneMatch(ch -> NameFilter.functionChar((char) ch))) {
                continue;
            }
            Entity known = curated(name.substring(0, i));
            if (known != null && known.type() == EntityType.PERSON && writtenAloneElsewhere(norm, sp, i)) {
                return List.of(new Mention(new Span(sp.start(), sp.start() + i), name.substring(0, i), known, "gazetteer", 1.0, null, null));
            }
        }
        return List.of();
    }

    /**
     * 川 + 普率团 for 川普率团: HanLP cut a curated name in two and read its last part with the next
     * word as a name; a curated name that starts up to two characters before the candidate and ends
     * inside it is the person, unless HanLP read those characters as a name of their own (金舒巴 +
     * 赫说 is no 巴赫).
     */
    private Mention curatedAcrossStart(String norm, Span sp, List<Token> toks) {
        // 维特/nrf + 齐率团/nr for 维特齐率团: a name HanLP read right before, whose whole word the curated name starts with
        Token prev = toks.stream().filter(t -> t.span().end() == sp.start()).findFirst().orElse(null);
        if (prev != null && prev.tag().startsWith("nr") && prev.word().length() <= 3) {
            for (int len = Math.min(sp.end() - prev.span().start(), prev.word().length() + 3); len > prev.word().length(); len--) {
                Entity e = curated(norm.substring(prev.span().start(), prev.span().start() + len));
                if (e != null && e.type() == EntityType.PERSON) {
                    return new Mention(new Span(prev.span().start(), prev.span().start() + len), norm.substring(prev.span().start(),
                            prev.span().start() + len), e, "gazetteer", 1.0, null, null);
                }
            }
        }
        for (int back = 1; back <= 2 && sp.start() - back >= 0; back++) {
            int from = sp.start() - back;
            if (!HanlpAnalyzer.isHan(norm.charAt(from)) || toks.stream().anyMatch(t -> t.span().start() <= from && from < t.span().end()
                    && t.tag().startsWith("nr"))) {
                break;
            }
            for (int len = Math.min(sp.end() - sp.start() + back, back + 4); len > back; len--) {
                String name = norm.substring(from, from + len);
                Entity e = curated(name);
                if (e != null && e.type() == EntityType.PERSON) {
                    return new Mention(new Span(from, from + len), name, e, "gazetteer", 1.0, null, null);
                }
            }
        }
        return null;
    }

    /** The first {@code length} characters of the span are written elsewhere in the article, and not followed by the rest there. */
    private static boolean writtenAloneElsewhere(String norm, Span sp, int length) {
        String head = norm.substring(sp.start(), sp.start() + length);
        String whole = norm.substring(sp.start(), sp.end());
        for (int at = norm.indexOf(head); at >= 0; at = norm.indexOf(head, at + 1)) {
            if (at != sp.start() && !norm.startsWith(whole, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last character of a candidate is no syllable of a longer transliteration (罗斯福 is not
     * 罗斯 + 福): transliterations do not use it, or it makes a word with the character after it (得到),
     * or it starts a word that ends names (本周 in 拜登本周, which HanLP's dictionary lacks).
     */
    private boolean lastIsNoSyllable(String norm, Span sp) {
        char last = norm.charAt(sp.end() - 1);
        return !names.continuesName(last) || sp.end() < norm.length() && hanlp.inDictionary(norm.substring(sp.end() - 1, sp.end() + 1))
                || names.endsNameAt(norm, sp.end() - 1);
    }

    /** 韩国一(位官员), 欧洲多(份媒体): a candidate that starts with a curated place is that place and a word. */
    private boolean curatedPlaceAtStart(String name) {
        for (int i = 2; i < name.length(); i++) {
            Entity e = curated(name.substring(0, i));
            if (e != null && e.type() == EntityType.PLACE) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> placeSpans(List<Mention> known) {
        return known.stream().filter(m -> m.type() == EntityType.PLACE).map(Mention::span).toList();
    }

    /** The gazetteer's entity for a name that names one entity only, or null. */
    private Entity curated(String name) {
        if (name.length() < 2) {
            return null;
        }
        String key = Gazetteer.key(name, normalizer);
        return gazetteer.ambiguous().contains(key) ? null : gazetteer.byKey(key);
    }

    private Mention accept(Document doc, Candidate c, List<Token> toks, Map<String, Integer> counts, List<Mention> known,
                           List<Span> knownPlaces, List<Mention> earlier, boolean enumerated) {
        String name = c.name().indexOf('·') < 0 ? c.name() : EDGE_DOTS.matcher(c.name()).replaceAll("");
        if (name.length() < 2 || tables.notNames().contains(name) || names.countryRun(name)
                || !name.codePoints().allMatch(cp -> HanlpAnalyzer.isHan((char) cp) || cp == '·' || cp == ' ' || cp == '.' || cp == '-' || cp >= 'A' && cp <= 'Z')
                || !HanlpAnalyzer.isHan(name.charAt(0))) {
            return null;
        }
        String bracketed = latinAfter(doc.norm(), c.span().end());
        // a person's name in Latin letters in brackets after the span; not a firm's, a place's or an acronym
        String english = bracketed != null && bracketed.contains(" ") && gloss.mayNameAPerson(bracketed) ? bracketed : null;
        boolean titled = clues.titleBefore(doc.norm(), c, toks);
        int evidence = (english != null ? 1 : 0) + (counts.getOrDefault(name, 0) >= 2 ? 1 : 0)
                + (titled ? 1 : 0) + (clues.cueAfter(c, toks) ? 1 : 0) + (NameEvidence.listedWithPerson(doc, c, known) ? 1 : 0);
        double confidence;
        switch (c.type()) {
            case PERSON -> {
                String after = afterEnglish(doc.norm(), c.span().end());
                if (names.namesAThing(after) || !titled && english == null && quotedThingName(doc.norm(), name) || bracketed != null && PersonGloss.namesAThing(bracketed) || insideTitleMarks(doc, c.span()) || names.endsWithPlaceKind(name) || names.mediaOrFirms(name)
                        || CounterStart.countedAfterNumber(doc.norm(), c.span()) || StormNames.namesAStorm(doc.norm(), name)
                        || FirmOrPlaceNames.namesAFirmOrPlace(doc.norm(), name)) {
                    return null;
                }
                boolean strong = titled || english != null;
                // 川金会, 文金会, 全代会, 高峰会: short names of meetings and congresses, not people; 亲华派 a faction
                if (name.length() == 3 && (name.endsWith("会") || name.endsWith("派"))
                        && (!strong || hanlp.isCommonWord(name.substring(1)))) {
                    return null;
                }
                List<Span> placeSpans = strong ? List.of() : knownPlaces;
                if (!strong && (names.looksLikeAPhrase(name, c.source().startsWith("hanlp:") && curatedPlaceAtStart(name))
                        || places.afterState(doc.norm(), c.span(), placeSpans) || places.afterGoingAndPlace(doc.norm(), c.span(), placeSpans, names)
                        || !clues.cueAfter(c, toks) && places.readsAsPlace(doc.norm(), c.span(), name))) {
                    return null;
                }
                // 部长那一天: after a title too, a surname that is a word before a word of two characters is no name
                boolean wordAfterWord = names.ambiguousSurname(name) && english == null && name.length() == 3
                        && (hanlp.isCommonWord(name.substring(1)) || names.countedThing(name.substring(1))) && !clues.cueAfter(c, toks);
                switch (c.source()) {
                    case "pattern:interpunct" -> confidence = 0.8;
                    case "pattern:title-foreign", "pattern:title-japanese", "pattern:again" -> {
                        if (wordAfterWord) {
                            return null;
                        }
                        confidence = 0.75;
                    }
                    case "pattern:title" -> {
                        // 总裁洪丕正指出: a title and a cue after let 正 end a given name; 专员董宏: a name of
                        // two characters after a title needs a cue after it, a second mention in the article or the
                        // clause ending right after it (万科集团主席郁亮，在年会上说)
                        boolean cued = clues.cueAfter(c, toks);
                        // 副总理刘鹤、央行行长易纲: one of a list of titled people needs neither
                        // (岭南大学校长郑国汉、……、香港大学校长张翔: titled people the article names just before count too)
                        boolean listed = enumerated || NameEvidence.listedWithPerson(doc, c, known)
                                || clues.listedWithTitledPerson(doc.norm(), c, toks, earlier);
                        if (!(names.chineseName(name, true) || (cued || listed) && names.speakerName(name)) || wordAfterWord
                                || (name.length() == 2 && !cued && !listed && (SpeakerNames.addressOrGroup(name)
                                || counts.getOrDefault(name, 0) < 2 && !NameEvidence.clauseEndsAfter(doc.norm(), c.span())))) {
                            return null;
                        }
                        confidence = 0.7 + 0.1 * Math.min(evidence, 2);
                    }
                    case "hanlp:nr" -> {
                        // 曾光4日表示: a surname that is also a word (曾, 应) needs a title, an English name or a cue after;
                        // 查一年, 修一门: a surname-like verb before a count of time or things is no name;
                        // 官员都来, 大使都有: after a title too, a function word and a verb are no name of two characters
                        boolean countAfterVerb = name.length() == 3 && names.countedThing(name.substring(1)) && !strong && !clues.cueAfter(c, toks);
                        boolean functionWordPair = name.length() == 2 && NameFilter.functionChar(name.charAt(0)) && english == null
                                && !clues.cueAfter(c, toks);
                        // 李辉说, 童之伟表示: a name opening a clause before a verb of saying; a surname that is
                        // also a word (于, 高) only with a given name of two characters (于正胜说)
                        boolean speaker = !strong && (!names.ambiguousSurname(name) || name.length() == 3)
                                && speakers.speaks(doc.norm(), toks, c.token() >= 0 ? c.token() : NameEvidence.indexAt(toks, c.span().start()), name);
                        // 苟晶 ... 苟晶没有 ... 苟晶因为: a name HanLP reads the same way three times or more is the article's subject
                        boolean often = oftenNamed.holds(name, counts.getOrDefault(name, 0));
                        // 周海洋律师刚刚, 伍雷老师所说: a title or form of address right after the name
                        boolean addressed = clues.addressedAfter(c, toks);
                        boolean chinese = speaker ? names.speakerName(name) : names.chineseName(name, strong || addressed || enumerated || often && name.length() == 3);
                        if (!chinese || wordAfterWord || countAfterVerb || functionWordPair
                                || (names.ambiguousSurname(name) && !strong && !clues.cueAfter(c, toks))
                                // 丘成桐、崔琦、徐立之: one of three names or more in a list needs no more
                                || (name.length() == 2 && !strong && !addressed && evidence < 2 && !speaker && !often && !enumerated)
                                || (name.length() == 4 && evidence < 1)) {
                            return null;
                        }
                        confidence = 0.6 + 0.1 * Math.min(evidence, 3);
                    }
                    case "hanlp:nrf" -> {
                        // 英国首相约翰逊: a surname several curated people share (left out of the name
                        // table), after a title; the title resolver picks which of them it is
                        // (or with the title after it: 约翰逊首相)
                        boolean sharedSurname = (titled || clues.titleAfter(c, toks)) && !gazetteer.bySurname(Gazetteer.key(name, normalizer)).isEmpty();
                        if (!sharedSurname && !names.transliteratedName(name) || (name.length() == 2 && evidence < 1)) {
                            return null;
                        }
                        confidence = 0.6 + 0.1 * Math.min(evidence, 3);
                    }
                    default -> {
                        // Japanese names (nrj) and the rest: only with a title or an English name beside them;
                        // Japanese usage puts the title after the name (冈田直树官房副长官)
                        boolean japaneseTitled = c.source().equals("hanlp:nrj") && clues.titleAfter(c, toks);
                        if (!strong && !japaneseTitled || hanlp.isCommonWord(name) || name.length() < 3) {
                            return null;
                        }
                        confidence = 0.6 + 0.1 * Math.min(evidence, 3);
                    }
                }
            }
            case PLACE -> {
                // 四国, 印四国 (美日印澳四国): a count of countries, not Shikoku
                if (!hanlp.isDictionaryName(name, "ns") && !PLACE_SUFFIX.matcher(name).matches() || name.startsWith("的")
                        || COUNTED_COUNTRIES.matcher(name).find()) {
                    return null;
                }
                confidence = 0.7;
            }
            case ORGANIZATION -> {
                if (!hanlp.isDictionaryName(name, "nt") && !(ORG_SUFFIX.matcher(name).matches() && name.length() >= 4)) {
                    return null;
                }
                confidence = 0.6;
            }
            default -> throw new IllegalStateException("unknown entity type " + c.type());
        }
        Entity e = new Entity(prefix(c.type()) + name, c.type(), name, c.type() == EntityType.PERSON ? english : null,
                List.of(), null, null, false);
        return new Mention(c.span(), name, e, c.source(), confidence, null, null);
    }

    /**
     * 维特 in "维特齐并追赠" when the article elsewhere writes 维特齐 as one name: a transliterated
     * candidate the text goes on into a longer transliterated candidate of the same article is
     * read as the longer one. Candidates are grouped by their first character, so this stays
     * near-linear in the number of candidates.
     */
    private List<Candidate> extendToLongerNames(Document doc, List<Candidate> candidates) {
        Map<Character, List<String>> longer = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && !c.source().equals("pattern:title") && !c.source().equals("hanlp:nr")
                    && c.name().length() >= 3 && names.transliteratedName(c.name())) {
                List<String> xs = longer.computeIfAbsent(c.name().charAt(0), k -> new ArrayList<>());
                if (!xs.contains(c.name())) {
                    xs.add(c.name());
                }
            }
        }
        String norm = doc.norm();
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate best = c;
            if (c.type() == EntityType.PERSON && c.source().equals("hanlp:nrf")) {
                for (String l : longer.getOrDefault(c.name().charAt(0), List.of())) {
                    if (l.length() > best.name().length() && l.startsWith(c.name()) && l.length() - c.name().length() <= 2
                            && norm.startsWith(l, c.span().start())) {
                        best = new Candidate(new Span(c.span().start(), c.span().start() + l.length()), l, c.type(), c.source(),
                                c.sentence(), -1);
                    }
                }
            }
            out.add(best);
        }
        return out;
    }

    /**
     * 严震 + 生 in "研究员严震生解读" where the headline writes "严震生：": a Chinese name of two
     * characters HanLP found is read with the character after it when the article writes those
     * three characters again and somewhere ends them as a name ends (punctuation, a verb of
     * saying). The character must not start a word with the next (会见) or be a function word or
     * a verb of saying itself (王毅说).
     */
    private List<Candidate> extendByOneCharacter(Document doc, List<Candidate> candidates) {
        String norm = doc.norm();
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int end = c.span().end();
            // (a name read after a title too: 大使林戴 + 安抵达 where the article writes 林戴安表示)
            boolean shortName = c.type() == EntityType.PERSON && c.name().length() == 2
                    && (c.source().equals("hanlp:nr") || c.source().equals("pattern:title"));
            if (!shortName || end >= norm.length() || !HanlpAnalyzer.isHan(norm.charAt(end)) || NameFilter.functionChar(norm.charAt(end))
                    || titled.endsName(norm, end)) {
                out.add(c);
                continue;
            }
            String longer = norm.substring(c.span().start(), end + 1);
            boolean endedElsewhere = false;
            // written elsewhere as a whole name on its own: after a break (。严震生呼吁) and before a name's end
            boolean aloneElsewhere = false;
            int seen = 0;
            for (int i = norm.indexOf(longer); i >= 0; i = norm.indexOf(longer, i + 1)) {
                seen++;
                boolean ended = i != c.span().start() && titled.endsName(norm, i + longer.length());
                endedElsewhere |= ended;
                aloneElsewhere |= ended && (i == 0 || !HanlpAnalyzer.isHan(norm.charAt(i - 1)));
            }
            // the character may start a word with the next (生分 in 严震生分析) only where the longer name stands alone elsewhere
            boolean startsWord = end + 2 <= norm.length() && hanlp.inDictionary(norm.substring(end, end + 2));
            out.add(seen >= 2 && endedElsewhere && (!startsWord || aloneElsewhere) && !hanlp.isCommonWord(longer)
                    ? new Candidate(new Span(c.span().start(), end + 1), longer, c.type(), c.source(), c.sentence(), -1)
                    : c);
        }
        return out;
    }

    /**
     * 维特 in 维特齐: a foreign person's short name (two characters: a longer one such as 特朗普 is
     * rarely the start of another name, and "特朗普比他们更想" is 特朗普 + 比) that runs on into more transliteration (the
     * next word is no dictionary word, only name syllables) is part of someone else's name.
     */
    private boolean partOfLongerForeignName(String norm, GazetteerMatcher.Hit h, List<Token> toks) {
        Entity e = h.entity();
        if (e.type() != EntityType.PERSON || !HanlpAnalyzer.isHan(norm.charAt(h.span().start())) || h.span().length() > 2
                || !names.isTransliterated(e)) {
            return false;
        }
        int end = h.span().end();
        if (end >= norm.length() || !names.continuesName(norm.charAt(end)) || names.endsNameAt(norm, end)) {
            return false;
        }
        for (Token t : toks) {
            if (t.span().start() == end) {
                String tag = t.tag();
                boolean word = t.word().length() >= 2 && !tag.startsWith("nr") && !tag.startsWith("ns") || tag.startsWith("v")
                        || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("d") || tag.equals("w");
                return !word;
            }
        }
        return true; // a word of HanLP's runs across the end: the name goes on
    }

    /**
     * 雷德利-托马斯 written bare after 马克·雷德利-托马斯: the halves HanLP read as two names are
     * the one double last name, which {@link #again} then finds whole.
     */
    private static void joinDoubleNames(String norm, List<Mention> mentions) {
        List<String> doubles = mentions.stream().filter(m -> m.type() == EntityType.PERSON && !m.entity().curated())
                .map(m -> m.surface().substring(m.surface().lastIndexOf('·') + 1)).filter(l -> l.indexOf('-') > 0).distinct().toList();
        for (String d : doubles) {
            for (int i = norm.indexOf(d); i >= 0; i = norm.indexOf(d, i + d.length())) {
                Span span = new Span(i, i + d.length());
                List<Mention> inside = mentions.stream().filter(x -> x.span().overlaps(span)).toList();
                boolean halves = !inside.isEmpty() && inside.stream().allMatch(x -> x.type() == EntityType.PERSON && !x.entity().curated()
                        && x.span().start() >= span.start() && x.span().end() <= span.end() && x.surface().indexOf('·') < 0);
                if (halves) {
                    mentions.removeAll(inside);
                }
            }
        }
    }

    /** The source suffix of a name linked to a curated person through the Latin name after it. */
    static final String GLOSS_LINK = "+gloss";

    /**
     * 强生（Boris Johnson）: a name the gazetteer does not hold, written in a transliteration of its
     * own, with a curated person's Latin name in brackets right after it, is that person, there
     * and wherever the article writes that name again.
     */
    private static void linkByGloss(String norm, List<Mention> mentions) {
        // the Latin name of a curated person glossing someone else (约翰·李（John Lee）) is no mention of that person
        List<Mention> otherGlosses = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int end = m.span().end();
            if (m.type() != EntityType.PERSON || m.entity().curated() || end >= norm.length() || "（(".indexOf(norm.charAt(end)) < 0) {
                continue;
            }
            for (Mention g : mentions) {
                int gap = g.span().start() - end;
                if (g.type() == EntityType.PERSON && g.entity().curated() && gap >= 1 && gap <= 2
                        && g.span().end() < norm.length() && "）)".indexOf(norm.charAt(g.span().end())) >= 0) {
                    if (m.surface().indexOf('·') >= 0 && !writtenInTransliteration(g.entity())) {
                        otherGlosses.add(g);
                        break;
                    }
                    mentions.set(i, new Mention(m.span(), m.surface(), g.entity(), m.source() + GLOSS_LINK, m.confidence(), null, null));
                    // the same name written bare elsewhere in the article (巴尔强调) is the same person
                    for (int j = 0; j < mentions.size(); j++) {
                        Mention o = mentions.get(j);
                        if (j != i && o.type() == EntityType.PERSON && !o.entity().curated() && o.surface().equals(m.surface())) {
                            mentions.set(j, new Mention(o.span(), o.surface(), g.entity(), o.source() + GLOSS_LINK, o.confidence(), null, null));
                        }
                    }
                    break;
                }
            }
        }
        mentions.removeAll(otherGlosses);
    }

    /**
     * Whether Chinese text writes the person's name as a transliteration with a dot (鲍里斯·约翰逊), not
     * as a Chinese name (李家超, John Lee): 约翰·李（John Lee） is then someone else of that English name.
     */
    private static boolean writtenInTransliteration(Entity e) {
        return e.labelZh().indexOf('·') >= 0 || e.aliases().stream().anyMatch(a -> a.indexOf('·') >= 0);
    }

    /**
     * “阿斯彭安全论坛”, “尼米兹”号: the article writes the name in quotes as the name of a thing (a forum, a ship), so it
     * names that thing wherever it stands untitled (在阿斯彭的言论; 外交官麦克马洪 beside “麦克马洪线” is the man).
     */
    private boolean quotedThingName(String norm, String name) {
        for (int at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
            if (at > 0 && "“「".indexOf(norm.charAt(at - 1)) >= 0 && names.namesAThing(afterEnglish(norm, at + name.length()))) {
                return true;
            }
        }
        return false;
    }

    static boolean placeStrictlyInside(Mention m, Span span) {
        return m.type() == EntityType.PLACE && m.span().start() >= span.start() && m.span().end() <= span.end() && !m.span().equals(span);
    }

    static boolean guessedPlaceInside(Mention m, Span span) {
        return m.type() == EntityType.PLACE && !m.entity().curated() && m.confidence() < 0.75
                && m.span().start() >= span.start() && m.span().end() <= span.end();
    }

    /** Inside 《…》: the title of a work or a paper (《印度斯坦时报》), not a mention of a person. */
    static boolean insideTitleMarks(Document doc, Span span) {
        String norm = doc.norm();
        // the closing mark is looked for first, and only as far as it may stand: the marks before are looked for back to
        // the article's start
        int next = -1;
        for (int i = span.end(); i < Math.min(norm.length(), span.end() + 30); i++) {
            if (norm.charAt(i) == '》') {
                next = i;
                break;
            }
        }
        return next >= 0 && norm.lastIndexOf('《', span.start()) > norm.lastIndexOf('》', span.start());
    }

    static String prefix(EntityType t) {
        return switch (t) {
            case PERSON -> "person/";
            case PLACE -> "place/";
            case ORGANIZATION -> "org/";
        };
    }

    /** The few characters after a name, past an English name in brackets (瓦尔特·里德（Walter Reed）军医院). */
    static String afterEnglish(String norm, int end) {
        Matcher m = ENGLISH_AFTER.matcher(norm.substring(end, Math.min(norm.length(), end + 60)));
        int from = m.find() ? end + m.end() : end;
        return norm.substring(from, Math.min(norm.length(), from + 5));
    }

    /**
     * The Latin name in brackets right after a name, or null: a person's (Walter Reed) vouches for it, an
     * institution's (约翰霍普金斯（Johns Hopkins University）) rules it out.
     */
    private static String latinAfter(String norm, int end) {
        Matcher m = ENGLISH_AFTER.matcher(norm.substring(end, Math.min(norm.length(), end + 60)));
        return m.find() ? m.group(1) : null;
    }

    private static List<Mention> dropOverlaps(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(m.span())) {
                Mention prev = out.get(out.size() - 1);
                if (m.confidence() > prev.confidence()) {
                    out.set(out.size() - 1, m);
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }
}
