package org.guanxi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.DateValue;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Visit;
import org.guanxi.rules.RuleBook.Rule;
import org.guanxi.text.Scan;

/**
 * The rules stage: runs every rule over every sentence that can carry facts and turns matches
 * into meetings, statements and visits, each with its status, mode, date, place and evidence;
 * then {@link Merger} makes one fact of each event the article reports more than once. Facts less
 * confident than the threshold are left out. Thread-safe: each article gets its own {@link ArticleRun},
 * whose readers ({@link MeetingReader}, {@link StatementReader}, {@link VisitReader}) turn matches into facts.
 */
public final class RuleEngine {

    private final RuleBook book;
    private final Modality modality;
    private final PlaceLookup places;
    private final double threshold;

    /** Each rule's gate, in the book's order. */
    private final List<Gate> gates = new ArrayList<>();
    /** The rules' patterns, each once, with where their matches can start; a gate names them by index. */
    private final List<Gate.Compiled> patterns = new ArrayList<>();
    /** The distinct verb groups of the rules' patterns: patterns share them ({MEET}, {SAY}), each is looked for once per sentence. */
    private final List<Gate.Compiled> verbGroups = new ArrayList<>();

    public RuleEngine(RuleBook book, PlaceLookup places, double threshold) {
        this.book = book;
        Map<Pattern, Integer> patternIds = new IdentityHashMap<>();
        Map<String, Integer> verbIds = new HashMap<>();
        for (Rule r : book.rules()) {
            int[] ids = new int[r.patterns().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = patternIds.computeIfAbsent(r.patterns().get(i), p -> add(patterns, p));
            }
            int[] verbs = null;
            if (r.verbs() != null) {
                verbs = new int[r.verbs().size()];
                for (int i = 0; i < verbs.length; i++) {
                    Pattern v = r.verbs().get(i);
                    verbs[i] = verbIds.computeIfAbsent(v.pattern(), k -> add(verbGroups, v));
                }
            }
            gates.add(Gate.of(r, blocksOf(r), verbs, ids));
        }
        this.modality = new Modality(book);
        this.places = places;
        this.threshold = threshold;
    }

    RuleBook book() {
        return book;
    }

    Modality modality() {
        return modality;
    }

    PlaceLookup places() {
        return places;
    }

    double threshold() {
        return threshold;
    }

    private static int add(List<Gate.Compiled> to, Pattern p) {
        to.add(new Gate.Compiled(p, Scan.Start.of(p)));
        return to.size() - 1;
    }

    List<Gate> gates() {
        return gates;
    }

    List<Gate.Compiled> patterns() {
        return patterns;
    }

    List<Gate.Compiled> verbGroups() {
        return verbGroups;
    }

    /** A sentence as the rules see it, names shown as [P:name], [L:name], [O:name], [G:a+b] (for rule authors). */
    public static String marked(Analysis a, Sentence s) {
        return Marked.of(a.document(), s, a.mentions(), a.references()).render();
    }

    /** The facts each rule read, before events reported twice are merged. */
    record Facts(List<Meeting> meetings, List<Statement> statements, List<Visit> visits) {
    }

    Facts collect(Analysis a) {
        ArticleRun run = new ArticleRun(this, a);
        for (Sentence s : a.document().sentences()) {
            if (s.kind().carriesFacts()) {
                run.sentence(s);
            }
        }
        List<Statement> statements = new ArrayList<>(run.statementReader.continued());
        statements.addAll(Interviews.answers(a.document(), a.mentions()));
        return new Facts(PlainTwins.meetings(run.meetingReader.meetings, run.meetingReader.plainHeadlineMeetings), statements,
                PlainTwins.visits(CalledOffTwins.visits(run.visitReader.visits), run.visitReader.plainVisits));
    }

    public Extraction extract(Analysis a) {
        Facts f = collect(a);
        return new Extraction(a.document().article(), a.mentions(), Merger.meetings(f.meetings()),
                Merger.statements(f.statements()), Merger.visits(f.visits()), Positions.of(a));
    }

    /** The blocks a rule applies in (its option {@code blocks}; all of them without it). */
    private static Set<BlockKind> blocksOf(Rule r) {
        String blocks = r.option("blocks");
        if (blocks == null) {
            return EnumSet.allOf(BlockKind.class);
        }
        Set<BlockKind> out = EnumSet.noneOf(BlockKind.class);
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
}
