package org.guanxi.rules;

import org.guanxi.text.Scan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Mode;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Status;
import org.guanxi.doc.Visit;
import org.guanxi.rules.RuleBook.Relation;
import org.guanxi.rules.RuleBook.Rule;

/**
 * The rules stage: runs every rule over every sentence that can carry facts and turns matches
 * into meetings, statements and visits, each with its status, mode, date, place and evidence;
 * then {@link Merger} makes one fact of each event the article reports more than once. Facts less
 * confident than the threshold are left out. Thread-safe.
 */
public final class RuleEngine {
    private static final Pattern PLACE_AFTER_AT = Pattern.compile("(?:在|于|赴|到|抵达|前往)(\uE001+)(?!时间)"); // not "于北京时间8点"
    private static final Pattern EACH = Pattern.compile("分别|各自");
    /**
     * "One after another": one meeting per person met (耶伦先后会见了李强、刘鹤), but when two meet
     * two (习近平和李克强先后会见了林郑月娥、贺一诚) it tells only that the hosts took turns.
     */
    private static final Pattern IN_TURN = Pattern.compile("先后|相继|接连|依次|逐一");
    /** Verbs of arriving, which may be a homecoming rather than a trip. */
    private static final Pattern ARRIVAL = Pattern.compile("抵达|飞抵|到达|返抵|回到");
    /** How many sentences after a meeting people can still be said to have joined it. */
    private static final int JOIN_WINDOW = 5;
    private static final Pattern DATE_AFTER_VERB = Pattern.compile("[^，,。；;]{0,4}?(?:将|已|定|拟)?(?:于|在)");
    /** Between a trip and the date it is told to have taken: "访问中国是在2022年2月", "访华的时间定于5日". */
    private static final Pattern VISIT_DATE_TOLD = Pattern.compile("(?:的时间|的日期)?(?:是|则是|为|定于|定在)(?:在|于)?");
    /** Verbs of reporting: a date before them dates the report, not the event reported. */
    private static final Pattern REPORTING = Pattern.compile("表示|说|称|指出|透露|报道|报导|宣布|获悉|证实|介绍|告诉|消息");

    private final RuleBook book;
    private final Modality modality;
    private final PlaceLookup places;
    private final double threshold;

    /** Where a match of each rule pattern can start. */
    private final java.util.Map<Pattern, Scan.Start> starts = new java.util.IdentityHashMap<>();
    /** The blocks each rule applies in, read once (a rule is tried on every sentence). */
    private final java.util.Map<Rule, java.util.Set<BlockKind>> blocks = new java.util.IdentityHashMap<>();

    public RuleEngine(RuleBook book, PlaceLookup places, double threshold) {
        this.book = book;
        for (Rule r : book.rules()) {
            blocks.put(r, blocksOf(r));
            for (Pattern p : r.patterns()) {
                starts.put(p, Scan.Start.of(p));
            }
            if (r.verbs() != null) {
                starts.put(r.verbs(), Scan.Start.of(r.verbs()));
            }
        }
        this.modality = new Modality(book);
        this.places = places;
        this.threshold = threshold;
    }

    /** What one article's sentences say: the state of one run over one document. */
    private final class Run {
        final Document doc;
        final Analysis analysis;
        final LocalDate published;
        final List<Meeting> meetings = new ArrayList<>();
        final List<Statement> statements = new ArrayList<>();
        final List<Visit> visits = new ArrayList<>();
        /** Visits reported held only for want of any cue (no 曾, 已经, 上次): a planned report of the same trip wins. */
        final java.util.Set<Visit> plainVisits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Meetings a headline reports held only for want of any cue (拜登周三会见习近平): a planned report of the same meeting wins. */
        final java.util.Set<Meeting> plainHeadlineMeetings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Whether the meeting being added is told plainly in a headline. */
        private boolean plainHeadline;
        /** Where each statement's content lies, to tell speech reported inside it. */
        final java.util.Map<Statement, Span> contentSpans = new java.util.IdentityHashMap<>();
        Entity lastSpeaker;
        int lastSpeakerSentence = -10;
        /** Where the last speaker's words start in their sentence. */
        int lastSpeakerAt;
        /** Who the sentence just read is about ({@link Topics}), for a next one that leaves its subject out. */
        Entity topic;
        int topicSentence = -10;
        boolean carried;

        /** Mentions and references by sentence: Marked.of looks at a sentence's own. */
        final BySentence<org.guanxi.doc.Mention> mentions;
        final BySentence<org.guanxi.doc.Reference> references;

        /** One matcher per pattern for the whole article, reset for each sentence. */
        private final java.util.Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

        Run(Analysis a) {
            this.analysis = a;
            this.doc = a.document();
            this.published = doc.article().published();
            this.mentions = new BySentence<>(doc.sentences(), a.mentions(), org.guanxi.doc.Mention::fullSpan);
            this.references = new BySentence<>(doc.sentences(), a.references(), org.guanxi.doc.Reference::span);
        }

        /** The sentence read before this one, and the headline: where a trip told without its place names it. */
        private Marked before;
        private Marked headline;

        /** People joining the meeting reported last, added when the whole sentence has been read. */
        private final List<Runnable> pendingJoins = new ArrayList<>();

        /** Verbs (marked ranges) already read, per relation: one verb gives one fact, to the first rule that reads it. */
        private final java.util.Map<Relation, List<int[]>> claimed = new java.util.EnumMap<>(Relation.class);

        void sentence(Sentence s) {
            claimed.clear();
            Marked mk = Marked.of(doc, s, mentions.in(s), references.in(s));
            carried = false;
            rules(s, mk);
            Entity subject = Topics.subject(mk);
            if (subject != null || !carried) {
                topic = subject;
            }
            topicSentence = s.index();
        }

        private void rules(Sentence s, Marked mk) {
            int people = peopleIn(mk.text);
            List<Dates.Found> dates = new LazyDates(doc.norm(s.span()), s.span().start(), published);
            java.util.Map<Relation, Boolean> triggered = new java.util.EnumMap<>(Relation.class);
            // rules share verb groups ({MEET}, {SAY}): each is looked for once per sentence
            java.util.Map<String, Boolean> verbFound = new java.util.HashMap<>();
            for (Rule r : book.rules()) {
                boolean continues = r.has("speaker") || "previous".equals(r.option("visitor"))
                        || r.relation() == Relation.STATEMENT && "previous".equals(r.option("subject"));
                // a rule needs someone in the sentence (two for a meeting), or a speaker from before
                if (people == 0 && !continues || !appliesTo(r, s)
                        || !triggered.computeIfAbsent(r.relation(), rel -> book.triggered(rel, mk.text))
                        || r.relation() == Relation.MEETING && people < (oneSideBefore(r) ? 1 : 2) && !hasGroup(mk.text)
                        || r.verbs() != null && !verbFound.computeIfAbsent(r.verbs().pattern(), v -> Scan.found(r.verbs(), starts.get(r.verbs()), mk.text))) {
                    continue;
                }
                for (Pattern p : r.patterns()) {
                    Scan scan = new Scan(matchers.computeIfAbsent(p, q -> q.matcher("")), starts.get(p), mk.text);
                    Matcher m = scan.matcher();
                    while (scan.next()) {
                        if (m.end() == m.start()) {
                            break;
                        }
                        int[] verb = Groups.range(m, "verb", m.start(), m.end());
                        if (isClaimed(r.relation(), verb)) {
                            continue;
                        }
                        boolean made = switch (r.relation()) {
                            case MEETING -> meeting(r, m, mk, dates);
                            case STATEMENT -> statement(r, m, mk, dates);
                            case VISIT -> visit(r, m, mk, dates);
                        };
                        if (made) {
                            claimed.computeIfAbsent(r.relation(), k -> new ArrayList<>()).add(verb);
                        }
                    }
                }
            }
            pendingJoins.forEach(Runnable::run);
            pendingJoins.clear();
            if (s.index() == 0) {
                headline = mk;
            }
            before = mk;
        }

        private boolean isClaimed(Relation relation, int[] verb) {
            for (int[] c : claimed.getOrDefault(relation, List.of())) {
                if (c[0] < verb[1] && verb[0] < c[1]) {
                    return true;
                }
            }
            return false;
        }

        /** A meeting rule that takes one side from before the sentence: people joining, or the subject left out. */
        private boolean oneSideBefore(Rule r) {
            return "previous".equals(r.option("join")) || "previous".equals(r.option("subject"));
        }

        /** @return whether a fact was made */
        boolean meeting(Rule r, Matcher m, Marked mk, List<Dates.Found> dates) {
            int[] verb = Groups.range(m, "verb", m.start(), m.end());
            List<Entity> a = Groups.people(m, mk, "a");
            if (a.isEmpty() && "previous".equals(r.option("subject"))) {
                // "……。随后会见了王毅": the subject of the sentence right before, in the same block
                Sentence prev = mk.sentence.index() > 0 ? doc.sentences().get(mk.sentence.index() - 1) : null;
                if (topic == null || topicSentence != mk.sentence.index() - 1 || prev.kind() != mk.sentence.kind()) {
                    return false;
                }
                a = List.of(topic);
                carried = true;
            }
            List<Entity> b = Groups.people(m, mk, "b");
            List<Entity> c = Groups.people(m, mk, "c");
            // a person named again who must be of side a ("邀请习近平访问法国，并与他会晤", 他 read as the inviter)
            if (!Groups.ofSide(Groups.people(m, mk, "same"), a)) {
                return false;
            }
            Status status = status(r, mk, verb, modality.clauseFrom(mk.text, Groups.range(m, "a", m.start(), m.end())[0]));
            Mode mode = r.has("mode") ? parseMode(r.option("mode")) : modality.mode(mk.text, verb[0], verb[1]);
            Entity place = place(m, mk, verb[0]);
            Evidence ev = evidence(r, m, mk);
            if ("previous".equals(r.option("join"))) {
                if (c.isEmpty() || ev.confidence() < threshold) {
                    return false;
                }
                // joined once the sentence is read: its own meeting may come from a rule tried later
                // ("习近平会见了米歇尔，李克强也参加了会见"); a rule with a status of its own joins only a meeting of
                // that status (those to attend a planned summit)
                Status only = r.has("status") ? status : null;
                boolean call = mode == Mode.PHONE;
                pendingJoins.add(() -> joinPrevious(c, mk, ev, only, call));
                return true;
            }
            List<DateValue> each = datesIn(dates, mk, m.start(), verb[0], status);
            plainHeadline = mk.sentence.kind() == BlockKind.TITLE && status == Status.HELD && !r.has("status") && !hasHeldCue(mk.text, verb[0]);
            // 分别 says so; and a phone call of one person "with B, C and D" is one call with each of them
            String matched = mk.text.substring(m.start(), m.end());
            boolean separate = EACH.matcher(matched).find() || a.size() == 1 && IN_TURN.matcher(matched).find()
                    || mode == Mode.PHONE && a.size() == 1 && c.isEmpty();
            if (r.has("each") && separate && b.size() > 1) {
                boolean made = false;
                for (int i = 0; i < b.size(); i++) {
                    List<Entity> ps = Groups.distinct(a, List.of(b.get(i)), c);
                    DateValue d = each.size() == b.size() ? each.get(i) : date(dates, mk, m.start(), verb[0], status);
                    made |= add(ps, statusFor(status, d), mode, d, place, ev);
                }
                return made;
            }
            DateValue d = date(dates, mk, m.start(), verb[0], status);
            // "马克龙和朔尔茨分别与泽连斯基通电话": 分别 (or 先后) after the first side, one meeting per person of it
            int aEnd = Groups.range(m, "a", 0, 0)[1];
            String between = mk.text.substring(aEnd, Math.max(aEnd, Groups.range(m, "b", 0, 0)[0]));
            if (r.has("each") && a.size() > 1 && b.size() == 1 && c.isEmpty()
                    && (EACH.matcher(between).find() || IN_TURN.matcher(between).find())) {
                boolean made = false;
                for (Entity one : a) {
                    made |= add(Groups.distinct(List.of(one), b, c), statusFor(status, d), mode, d, place, ev);
                }
                return made;
            }
            return add(Groups.distinct(a, b, c), statusFor(status, d), mode, d, place, ev);
        }

        private boolean add(List<Entity> ps, Status status, Mode mode, DateValue d, Entity place, Evidence ev) {
            if (ps.size() >= 2 && ev.confidence() >= threshold) {
                Meeting made = new Meeting(ps.stream().map(Entity::id).toList(), status, mode, d, place == null ? null : place.id(), List.of(ev));
                meetings.add(made);
                if (plainHeadline && status == Status.HELD) {
                    plainHeadlineMeetings.add(made);
                }
                return true;
            }
            return false;
        }

        /**
         * People who joined the meeting reported last (a few sentences before at most); joining a call,
         * the last call, never a meeting ("……希望将来能与蔡英文会面。吴钊燮也参加了这次通话").
         */
        private boolean joinPrevious(List<Entity> joining, Marked mk, Evidence ev, Status only, boolean call) {
            if (joining.isEmpty() || ev.confidence() < threshold) {
                return false;
            }
            Meeting last = null;
            for (int i = meetings.size() - 1; i >= 0 && last == null; i--) {
                Meeting m = meetings.get(i);
                // a call is told at more length than a meeting: its people may join it further on
                if (mk.sentence.index() - m.evidence().get(m.evidence().size() - 1).sentence() > (call ? 2 * JOIN_WINDOW : JOIN_WINDOW)) {
                    break;
                }
                last = !call || m.mode() == Mode.PHONE ? m : null;
            }
            if (last == null || only != null && last.status() != only) {
                return false;
            }
            List<String> ps = new ArrayList<>(last.participants());
            joining.forEach(e -> {
                if (!ps.contains(e.id())) {
                    ps.add(e.id());
                }
            });
            meetings.add(new Meeting(ps, last.status(), last.mode(), last.date(), last.place(), List.of(ev)));
            return true;
        }

        boolean statement(Rule r, Matcher m, Marked mk, List<Dates.Found> dates) {
            // a headline sums up (王毅批评：美国……, 特朗普表示愿与金正恩再见面); the words are reported in the
            // text, and both dev sets' readers list a headline's wording at most as an optional statement
            if (mk.sentence.kind() == BlockKind.TITLE) {
                return false;
            }
            List<Entity> speakers;
            if ("previous".equals(r.option("speaker")) || "sentence".equals(r.option("speaker"))) {
                // "sentence": only someone already quoted in this sentence, not in the one before
                int back = "sentence".equals(r.option("speaker")) ? 0 : 1;
                speakers = mk.sentence.index() - lastSpeakerSentence <= back && lastSpeaker != null ? List.of(lastSpeaker) : List.of();
            } else if ("previous".equals(r.option("subject"))) {
                // "……。这位前外交官说，……": a description standing for someone is the one quoted last, in this
                // sentence or the one before, or else the person the sentence right before opens with; with
                // neither (一位官员说……), it is no one we know
                int at = mk.sentence.index();
                if (lastSpeaker != null && at - lastSpeakerSentence <= 1) {
                    speakers = List.of(lastSpeaker);
                } else {
                    speakers = topic != null && topicSentence == at - 1 && Topics.opensWithPerson(before) ? List.of(topic) : List.of();
                    carried = !speakers.isEmpty();
                }
            } else {
                int[] who = Groups.range(m, "s", -1, -1);
                if (who[0] >= 0 && insideOpeningQuote(mk, mk.docSpan(who[0], who[1]).start())) {
                    // someone named inside a quote is told of by the one quoted, not quoted by the writer:
                    // “耶伦明确表示反对脱钩，所以……”
                    return false;
                }
                List<Entity> s = Groups.distinct(Groups.people(m, mk, "s"));
                // "两人都表示……", "A和B均认为……": with each, the words are every one's of them
                speakers = s.size() == 1 || r.has("each") ? s : List.of();
            }
            int[] content = Groups.range(m, "content", -1, -1);
            if (speakers.isEmpty() || content[0] < 0 || insideQuotedContent(mk, m.start())) {
                return false;
            }
            Evidence ev = evidence(r, m, mk);
            if (ev.confidence() < threshold) {
                return false;
            }
            int[] verb = Groups.range(m, "verb", content[0], content[0]);
            DateValue d = date(dates, mk, m.start(), verb[0], Status.HELD);
            if (speakers.size() > 1) {
                boolean made = false;
                for (Entity one : speakers) {
                    made |= add(one, mk, content, d, ev);
                }
                // a quote after it goes on from no one of them in particular
                lastSpeaker = null;
                return made;
            }
            Entity speaker = speakers.get(0);
            // “A，”他说，“B”: news readers (and the gold) take the two quotes as two statements
            boolean made = add(speaker, mk, content, d, ev);
            int[] more = Groups.range(m, "content2", -1, -1);
            if (more[0] >= 0) {
                made |= add(speaker, mk, more, d, ev);
            }
            return made;
        }

        private boolean add(Entity speaker, Marked mk, int[] content, DateValue d, Evidence ev) {
            Span span = beforeSpeakerNamed(mk, mk.docSpan(content[0], content[1]), speaker);
            String text = Contents.clean(doc.text(span));
            // a gloss in brackets alone is no words: 老太太说（录音），……
            if (Contents.hanCount(text) < 2 || text.matches("[（(][^（）()]*[）)]")) {
                return false;
            }
            Statement st = new Statement(speaker.id(), text, d, ev);
            statements.add(st);
            contentSpans.put(st, span);
            // the one quoted last is the one whose words come last in the sentence, whichever rule read them first
            if (lastSpeakerSentence != mk.sentence.index() || span.start() >= lastSpeakerAt) {
                lastSpeaker = speaker;
                lastSpeakerAt = span.start();
            }
            lastSpeakerSentence = mk.sentence.index();
            return true;
        }

        /**
         * Whether a place lies inside a quote that opens the sentence: a paragraph that is all quote goes on from
         * the one quoted before, and whoever it names is told of by them. (A quote opened after a medium's or a
         * body's verb, 新华社报道：“习近平指出，……”, is their readout of the person's words, which count.)
         */
        private boolean insideOpeningQuote(Marked mk, int at) {
            String norm = doc.norm();
            int i = mk.sentence.span().start();
            while (i < at && Character.isWhitespace(norm.charAt(i))) {
                i++;
            }
            if (i >= at || norm.charAt(i) != '“' && norm.charAt(i) != '「') {
                return false;
            }
            int open = 0;
            for (; i < at; i++) {
                char c = norm.charAt(i);
                open += c == '“' || c == '「' ? 1 : c == '”' || c == '」' ? -1 : 0;
                if (open == 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Reported speech ends before a clause that names its speaker again by name, outside quotes:
         * that is the writer telling (……，但议员都要求川普…; ……，当被问及…时，菅义伟没有回答). A pronoun
         * for the speaker does not end it (他说，他将…).
         */
        private Span beforeSpeakerNamed(Marked mk, Span span, Entity speaker) {
            String norm = doc.norm();
            int end = span.end();
            for (org.guanxi.doc.Mention m : mentions.in(mk.sentence)) {
                int at = m.fullSpan().start();
                if (!m.entity().id().equals(speaker.id()) || at <= span.start() || at >= span.end()) {
                    continue;
                }
                int quotes = 0;
                int cut = -1;
                for (int i = span.start(); i < at; i++) {
                    char c = norm.charAt(i);
                    quotes += c == '“' || c == '「' ? 1 : c == '”' || c == '」' ? -1 : 0;
                    if (quotes == 0 && "，,；;。！？".indexOf(c) >= 0 && i > span.start()) {
                        cut = i;
                    }
                }
                // a clause of time before it belongs to the writer's clause too: ……，当被问及…时，菅义伟没有回答
                int clause = Math.max(norm.lastIndexOf('，', cut - 1), norm.lastIndexOf(',', cut - 1));
                if (cut > 0 && clause > span.start() && (norm.charAt(clause + 1) == '当' || norm.charAt(cut - 1) == '时')) {
                    cut = clause;
                }
                if (quotes == 0 && cut > span.start() && cut < end) {
                    end = cut;
                }
            }
            return new Span(span.start(), end);
        }

        /** Reported speech that runs to its sentence's end, taken on over the sentences after it ({@link RunOnSpeech}). */
        List<Statement> continued() {
            return RunOnSpeech.extend(doc, statements, contentSpans,
                    t -> mentions.in(t).stream().anyMatch(m -> m.type() == org.guanxi.doc.EntityType.PERSON) || !references.in(t).isEmpty());
        }

        /** Speech reported inside what someone else is said to have said is theirs, not a statement of its own. */
        private boolean insideQuotedContent(Marked mk, int at) {
            Span here = mk.docSpan(at, at + 1);
            for (Statement s : statements) {
                if (s.evidence().sentence() == mk.sentence.index() && contentSpans.getOrDefault(s, here).contains(here)
                        && !contentSpans.getOrDefault(s, here).equals(here)) {
                    return true;
                }
            }
            return false;
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
                where.addAll(Groups.lastOfRuns(mk, dest[0], dest[1]));
            }
            int[] abbr = Groups.range(m, "abbr", -1, -1);
            if (abbr[0] >= 0) {
                String name = book.destination(mk.text.substring(abbr[0], abbr[1]));
                Entity p = name == null ? null : places.place(name);
                if (p != null) {
                    where.add(p);
                }
            }
            int[] seat = Groups.range(m, "seat", -1, -1);
            if (seat[0] >= 0) {
                // a seat of government stands for its city: 抵达白宫 is a trip to Washington
                List<Entity> seats = mk.organisations(seat[0], seat[1]).stream().map(o -> book.destination(o.labelZh()))
                        .filter(n -> n != null).map(places::place).filter(p -> p != null).toList();
                where.addAll(seats);
                // a leader going back to his own seat makes no trip: 拜登抵达白宫
                who.removeIf(e -> seats.stream().anyMatch(p -> ofCountry(e, p)));
            }
            if (where.isEmpty() && "previous".equals(r.option("destination"))) {
                // a trip told without its place goes where the sentence before or the headline says: "……访问美国。泽连斯基周三到访，"
                where.addAll(TripPlace.of(before, headline, mk.sentence.index(), book, places));
            }
            // someone reaching his own country comes home and makes no trip: 普京返回俄罗斯, 加拿大人康明凯抵达加拿大
            List<Entity> nation = nationalityBefore(mk, Groups.range(m, "a", -1, -1)[0]);
            who.removeIf(e -> !where.isEmpty() && where.stream().allMatch(p -> isHomeCountry(e, p) || named.contains(e) && nation.contains(p)));
            if (ARRIVAL.matcher(mk.text.substring(verb[0], verb[1])).lookingAt() && book.homecoming(mk.text)) {
                // nor does one who comes home to a city of his own country: 获释的康明凯周六抵达卡尔加里
                who.removeIf(e -> !where.isEmpty() && where.stream().allMatch(p -> ofCountry(e, p)));
            }
            int[] host = Groups.range(m, "host", -1, -1);
            if (host[0] >= 0 && dest[0] < 0) {
                // a guest received by a host at home visits the host's country: 徐薰会见了到访的比根
                mk.people(host[0], host[1]).stream().map(Entity::country).filter(c -> c != null && book.destination(c) != null)
                        .map(c -> places.place(book.destination(c))).filter(p -> p != null).findFirst().ifPresent(where::add);
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
            Evidence ev = evidence(r, m, mk);
            if (where.isEmpty() && "previous".equals(r.option("join"))) {
                return joinPreviousVisit(who, mk, ev);
            }
            List<String> ids = who.stream().map(Entity::id).toList();
            if (ids.isEmpty() && "previous".equals(r.option("visitor"))) {
                ids = previousVisitor(mk);
            }
            if (ids.isEmpty() || where.isEmpty() || ev.confidence() < threshold) {
                return false;
            }
            int[] a = Groups.range(m, "a", -1, -1);
            Status status = status(r, mk, verb, cuesFrom(mk, a[0], verb[0], who));
            if (!r.has("status") && a[0] > 0 && (status == Status.CANCELLED && !modality.hasCue(mk.text, Math.max(0, a[0] - 3), verb[0])
                    || "对与就".indexOf(mk.text.charAt(a[0] - 1)) >= 0)) {
                // a negation before the visitor that is kept from it by other words is about another verb (one
                // of up to three characters right before it is the visitor's own: 不让X前往, 拒绝让X入境)
                // ("没有谈到习近平访日的问题"), as is any cue before a visit made the object of 对/与/就 ("将对X访台一事进行报复")
                status = modality.status(mk.text, a[0], verb[0], verb[1], r.relation());
            }
            boolean plain = status == Status.HELD && !r.has("status") && !hasHeldCue(mk.text, verb[0]);
            List<DateValue> each = datesIn(dates, mk, m.start(), m.end(), status);
            boolean distribute = EACH.matcher(mk.text.substring(m.start(), m.end())).find() && each.size() == ids.size() && ids.size() > 1;
            for (int i = 0; i < ids.size(); i++) {
                DateValue d = distribute ? each.get(i) : date(dates, mk, m.start(), verb[0], status);
                if (d == null) {
                    d = dateTold(dates, mk, m.end(), status);
                }
                if ("none".equals(r.option("date"))) {
                    // the dates around a trip remembered by its anniversary are the anniversary's (今年是尼克松访华五十周年)
                    d = null;
                }
                Status st = statusFor(status, d);
                for (Entity place : where) {
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

        /** True when {@code place} is the country the gazetteer gives {@code person}. */
        private boolean isHomeCountry(Entity person, Entity place) {
            String name = person.country() == null ? null : book.destination(person.country());
            Entity home = name == null ? null : places.place(name);
            return home != null && home.id().equals(place.id());
        }

        /** The country code of a place written before a name, in its title (印度外长X), right before it or as a nationality, or null. */
        private String originBefore(Marked mk, int name) {
            if (name < 0 || name >= mk.text.length() || mk.text.charAt(name) != Marked.PERSON) {
                return null;
            }
            String full = doc.norm().substring(mk.docSpan(name, name + 1).start(), mk.docSpan(name, name + 1).end());
            for (int len = Math.min(5, full.length() - 1); len >= 2; len--) {
                Entity p = places.place(full.substring(0, len));
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

        /** A date the sentence gives right after the trip: "普京上次访问中国是在2022年2月". */
        private DateValue dateTold(List<Dates.Found> dates, Marked mk, int matchEnd, Status status) {
            int at = mk.docSpan(matchEnd, matchEnd).start();
            for (Dates.Found f : dates) {
                if (f.span().start() >= at && VISIT_DATE_TOLD.matcher(doc.norm().substring(at, f.span().start())).matches()) {
                    return f.pick(status == Status.PLANNED);
                }
            }
            return null;
        }

        private boolean hasHeldCue(String text, int verbStart) {
            for (String cue : book.cuesBefore(Status.HELD)) {
                if (text.lastIndexOf(cue, verbStart - cue.length()) >= 0) {
                    return true;
                }
            }
            return false;
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
            if (joining.isEmpty() || visits.isEmpty() || ev.confidence() < threshold) {
                return false;
            }
            Visit last = tripOfNamed(mk, joining);
            if (last == null) {
                last = visits.get(visits.size() - 1);
                if (mk.sentence.index() - last.evidence().sentence() > JOIN_WINDOW) {
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
            List<String> named = mentions.in(mk.sentence).stream().map(m -> m.entity())
                    .filter(e -> !joining.contains(e)).map(Entity::id).toList();
            for (int i = visits.size() - 1; i >= 0; i--) {
                Visit v = visits.get(i);
                if (mk.sentence.index() - v.evidence().sentence() > 2 * JOIN_WINDOW) {
                    break;
                }
                if (named.contains(v.visitor())) {
                    return v;
                }
            }
            return null;
        }

        private Status status(Rule r, Marked mk, int[] verb) {
            return status(r, mk, verb, 0);
        }

        /** Status read from cues in {@code [from, verb)}: for a meeting, from the clause its first side is named in. */
        private Status status(Rule r, Marked mk, int[] verb, int from) {
            if (r.has("status")) {
                return Status.valueOf(r.option("status").toUpperCase());
            }
            return modality.status(mk.text, Math.min(from, verb[0]), verb[0], verb[1], r.relation());
        }

        /** A plainly reported event dated after publication is still to come. */
        private Status statusFor(Status s, DateValue d) {
            if (s == Status.HELD && d != null && published != null && after(d, published)) {
                return Status.PLANNED;
            }
            return s;
        }

        /**
         * The date of an event: the last one written between the match's start and its verb; else
         * the nearest before the match, unless a verb of reporting stands between (in "知情官员周四
         * 表示，拜登与习近平将会晤" 周四 dates the telling); else one right after the verb.
         */
        private DateValue date(List<Dates.Found> dates, Marked mk, int matchStart, int verbStart, Status status) {
            Span region = mk.docSpan(matchStart, Math.max(matchStart + 1, verbStart));
            Dates.Found best = null;
            for (Dates.Found f : dates) {
                if (f.span().start() >= region.start() && f.span().end() <= region.end()) {
                    best = f;
                }
            }
            if (best == null) {
                for (Dates.Found f : dates) {
                    if (f.span().end() <= region.start()
                            && !REPORTING.matcher(doc.norm().substring(f.span().end(), region.start())).find()) {
                        best = f;
                    }
                }
            }
            if (best == null) {
                for (Dates.Found f : dates) {
                    // "会谈将于11月15日举行": a date the verb itself introduces
                    if (f.span().start() >= region.end()
                            && DATE_AFTER_VERB.matcher(doc.norm().substring(region.end(), f.span().start())).matches()) {
                        best = f;
                        break;
                    }
                }
            }
            return best == null ? null : best.pick(status == Status.PLANNED);
        }

        private List<DateValue> datesIn(List<Dates.Found> dates, Marked mk, int from, int to, Status status) {
            Span region = mk.docSpan(from, Math.max(from + 1, to));
            List<DateValue> out = new ArrayList<>();
            for (Dates.Found f : dates) {
                if (region.contains(f.span())) {
                    out.add(f.pick(status == Status.PLANNED));
                }
            }
            return out;
        }

        /** The place of a meeting: a {@code place} group, else the last place written after 在/于 before the verb. */
        private Entity place(Matcher m, Marked mk, int verbStart) {
            int[] g = Groups.range(m, "place", -1, -1);
            if (g[0] >= 0) {
                List<Entity> ps = mk.places(g[0], g[1]);
                return ps.isEmpty() ? null : ps.get(ps.size() - 1);
            }
            Matcher at = PLACE_AFTER_AT.matcher(mk.text.substring(0, verbStart));
            Entity found = null;
            while (at.find()) {
                found = mk.placeAt(at.end(1) - 1);
            }
            return found;
        }

        private Evidence evidence(Rule r, Matcher m, Marked mk) {
            Sentence s = mk.sentence;
            return new Evidence(s.index(), mk.docSpan(m.start(), m.end()), doc.text(s), r.id(), r.confidence());
        }
    }

    private static int peopleIn(String marked) {
        int n = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == Marked.PERSON || c == Marked.GROUP) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasGroup(String marked) {
        return marked.indexOf(Marked.GROUP) >= 0;
    }

    /** A sentence as the rules see it, names shown as [P:name], [L:name], [O:name], [G:a+b] (for rule authors). */
    public static String marked(Analysis a, Sentence s) {
        return Marked.of(a.document(), s, a.mentions(), a.references()).render();
    }

    /** The facts each rule read, before events reported twice are merged. */
    record Facts(List<Meeting> meetings, List<Statement> statements, List<Visit> visits) {
    }

    Facts collect(Analysis a) {
        Run run = new Run(a);
        for (Sentence s : a.document().sentences()) {
            if (s.kind().carriesFacts()) {
                run.sentence(s);
            }
        }
        List<Statement> statements = new ArrayList<>(run.continued());
        statements.addAll(Interviews.answers(a.document(), a.mentions()));
        return new Facts(PlainTwins.meetings(run.meetings, run.plainHeadlineMeetings), statements,
                PlainTwins.visits(run.visits, run.plainVisits));
    }

    public Extraction extract(Analysis a) {
        Facts f = collect(a);
        return new Extraction(a.document().article(), a.mentions(), Merger.meetings(f.meetings()),
                Merger.statements(f.statements()), Merger.visits(f.visits()), Positions.of(a));
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
        int clause = modality.clauseFrom(mk.text, visitor);
        if (clause <= 0 || modality.clauseFrom(mk.text, verb) > visitor) {
            return clause;
        }
        Modality.Cue cue = modality.nearestCue(mk.text, 0, verb);
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

    private boolean appliesTo(Rule r, Sentence s) {
        return blocks.get(r).contains(s.kind());
    }

    /** The blocks a rule applies in (its option {@code blocks}; all of them without it). */
    private static java.util.Set<BlockKind> blocksOf(Rule r) {
        String blocks = r.option("blocks");
        if (blocks == null) {
            return java.util.EnumSet.allOf(BlockKind.class);
        }
        java.util.Set<BlockKind> out = java.util.EnumSet.noneOf(BlockKind.class);
        for (String b : blocks.split("[\\s,]+")) {
            for (BlockKind k : BlockKind.values()) {
                if (b.equalsIgnoreCase(k.name())) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    static boolean after(DateValue d, LocalDate pub) {
        if (d.year() != pub.getYear()) {
            return d.year() > pub.getYear();
        }
        if (!d.hasMonth()) {
            return false;
        }
        if (d.month() != pub.getMonthValue()) {
            return d.month() > pub.getMonthValue();
        }
        return d.hasDay() && d.day() > pub.getDayOfMonth();
    }

    private static Mode parseMode(String s) {
        return switch (s) {
            case "Phone" -> Mode.PHONE;
            case "Video" -> Mode.VIDEO;
            default -> Mode.IN_PERSON;
        };
    }

}
