package org.guanxi.rules;

import org.guanxi.text.FirstChars;
import org.guanxi.text.Scan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Mode;
import org.guanxi.doc.Status;
import org.guanxi.text.Normalizer;

/**
 * The rule files ({@code ontology/rules/*.rules}), parsed. A file holds macro definitions, status
 * cues, modes, visit destinations and rules; a rule has one or more patterns over marked sentences
 * and example sentences that must ({@code +}) or must not ({@code -}) make it fire. See
 * {@code ontology/rules/README.md} for the format.
 */
public final class RuleBook {
    public enum Relation { MEETING, STATEMENT, VISIT }

    /** An example sentence of a rule; {@code expect} is what it must give ("=>" part), or null. */
    public record Example(boolean positive, String sentence, String expect, LocalDate published, String where) {
    }

    /**
     * @param verbs the {@code verb} groups of the rule's patterns, each on its own (the same group once):
     *              a sentence where none finds anything cannot match the rule (a cheap test before
     *              the whole pattern); null when a pattern has none
     */
    public record Rule(String id, Relation relation, List<Pattern> patterns, double confidence,
                       Map<String, String> options, List<Example> examples, String where, List<Pattern> verbs) {
        boolean has(String option) {
            return options.containsKey(option);
        }

        String option(String name) {
            return options.get(name);
        }
    }

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    private static final Map<String, String> BUILT_IN = Map.of(
            "P", "\uE000",
            "G", "\uE003",
            "PP", "[\uE000\uE003]",
            // a list of people; after a list comma an item may be led by its country ("、日本外务大臣茂木敏充")
            // or its party ("格雷厄姆、民主党籍的梅嫩德斯"), after 和 by a body its title is of ("蓬佩奥和参联会主席邓福德");
            // names set off by commas are a list only when a 和 closes it ("马克龙，容克，默克尔和习近平")
            "PS", "(?:[\uE000\uE003](?:[，,][\uE000\uE003])+(?:和|与|及|以及)[\uE000\uE003]"
                    + "|[\uE000\uE003](?:(?:、\uE002籍的?|、\uE001[^。！？；;，,、“”\uE000-\uE003]{0,4}|(?:和|及|以及)[^。！？；;，,、“”\s\uE000-\uE003的了过着是在将对向为被把给]{1,3}|、|和|与|及|以及|同|跟|还有)?[\uE000\uE003])*)",
            "L", "\uE001",
            "LS", "\uE001(?:(?:、|和|与|及|以及)?\uE001)*",
            "O", "\uE002");

    private final Map<String, String> macros = new LinkedHashMap<>(BUILT_IN);
    private final Map<Status, List<String>> cuesBefore = new EnumMap<>(Status.class);
    private final Map<Status, List<String>> cuesAfter = new EnumMap<>(Status.class);
    /** Words right after a verb that name its event as a topic (访日的问题): planned when no cue says otherwise. */
    private final Map<Relation, List<String>> topics = new EnumMap<>(Relation.class);
    private final Map<Relation, List<String>> postponements = new EnumMap<>(Relation.class);
    private Pattern homecoming;
    private final Map<Mode, Pattern> modes = new EnumMap<>(Mode.class);
    /** Verbs that say people talked but not how (交换意见, 磋商): no mode unless one is named. */
    private Pattern modeless;
    private final Map<String, String> destinations = new LinkedHashMap<>();
    /** Per relation, words one of which a sentence must hold for its rules to be tried at all. */
    private final Map<Relation, Pattern> triggers = new EnumMap<>(Relation.class);
    private final Map<Relation, Scan.Start> triggerStarts = new EnumMap<>(Relation.class);
    private final List<Rule> rules = new ArrayList<>();
    private final Normalizer normalizer;

    public RuleBook(DataSource data, Normalizer normalizer) {
        this.normalizer = normalizer;
        List<String> files = new ArrayList<>(data.list("rules", ".rules"));
        // shared macros and cues first
        files.sort((a, b) -> a.endsWith("common.rules") ? -1 : b.endsWith("common.rules") ? 1 : a.compareTo(b));
        for (String f : files) {
            parse(f, data.lines(f));
        }
    }

    private void parse(String file, List<String> lines) {
        Relation relation = null;
        LocalDate published = null;
        RuleDraft draft = null;
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            String line = raw.strip();
            String where = file + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (indented && draft != null) {
                draft.line(line, where, published);
                continue;
            }
            if (draft != null) {
                rules.add(draft.build());
                draft = null;
            }
            String[] kv = line.split("\\s+", 2);
            String rest = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "relation" -> relation = Relation.valueOf(rest.toUpperCase());
                case "published" -> published = LocalDate.parse(rest);
                case "define" -> define(rest, where);
                case "cues" -> cues(rest, where, relation);
                case "mode" -> mode(rest, where);
                case "trigger" -> {
                    if (relation == null) {
                        throw new IllegalArgumentException(where + ": a trigger before the file's 'relation' line");
                    }
                    triggers.put(relation, FirstChars.guarded(expand(normalizer.normalize(rest), where)));
                    triggerStarts.put(relation, Scan.Start.of(triggers.get(relation)));
                }
                case "destination" -> {
                    String[] d = rest.split("=", 2);
                    destinations.put(normalizer.normalize(d[0].strip()), normalizer.normalize(d[1].strip()));
                }
                case "rule" -> {
                    if (relation == null) {
                        throw new IllegalArgumentException(where + ": a rule before the file's 'relation' line");
                    }
                    draft = new RuleDraft(rest, relation, where);
                }
                default -> throw new IllegalArgumentException(where + ": unknown line: " + line);
            }
        }
        if (draft != null) {
            rules.add(draft.build());
        }
    }

    private void define(String rest, String where) {
        String[] d = rest.split("=", 2);
        if (d.length != 2) {
            throw new IllegalArgumentException(where + ": define NAME = regex");
        }
        macros.put(d[0].strip(), expand(normalizer.normalize(d[1].strip()), where));
    }

    private void cues(String rest, String where, Relation relation) {
        // cues planned = 将|计划     cues planned-after = 的计划     cues planned-topic = 的问题
        String[] d = rest.split("=", 2);
        String name = d[0].strip();
        if (name.equals("homecoming")) {
            // words telling that a traveller comes home (获释, 回国): reaching a place of his own country is then no trip
            homecoming = Pattern.compile(String.join("|", Arrays.stream(d[1].split("\\|")).map(String::strip)
                    .filter(w -> !w.isBlank()).map(w -> Pattern.quote(normalizer.normalize(w))).toList()));
            return;
        }
        if (name.equals("planned-topic") || name.equals("postponed")) {
            // a topic word reads differently per relation ("会谈的议题" are a held talk's subjects), and so may a
            // put-off event (a meeting put off is still ahead): the file's own
            if (relation == null) {
                throw new IllegalArgumentException(where + ": " + name + " cues belong to one relation's file");
            }
            List<String> own = (name.equals("postponed") ? postponements : topics).computeIfAbsent(relation, k -> new ArrayList<>());
            for (String w : d[1].split("\\|")) {
                if (!w.isBlank()) {
                    own.add(normalizer.normalize(w.strip()));
                }
            }
            return;
        }
        boolean after = name.endsWith("-after");
        Status s = Status.valueOf(name.replace("-after", "").toUpperCase());
        List<String> words = new ArrayList<>();
        for (String w : d[1].split("\\|")) {
            if (!w.isBlank()) {
                words.add(normalizer.normalize(w.strip()));
            }
        }
        (after ? cuesAfter : cuesBefore).computeIfAbsent(s, k -> new ArrayList<>()).addAll(words);
    }

    private void mode(String rest, String where) {
        String[] d = rest.split("=", 2);
        if (d[0].strip().equals("none")) {
            modeless = Pattern.compile(expand(normalizer.normalize(d[1].strip()), where));
            return;
        }
        Mode m = switch (d[0].strip()) {
            case "Phone" -> Mode.PHONE;
            case "Video" -> Mode.VIDEO;
            case "InPerson" -> Mode.IN_PERSON;
            default -> throw new IllegalArgumentException(where + ": mode Phone|Video|InPerson|none = regex");
        };
        modes.put(m, Pattern.compile(expand(normalizer.normalize(d[1].strip()), where)));
    }

    String expand(String pattern, String where) {
        String out = pattern;
        for (int depth = 0; depth < 10; depth++) {
            Matcher m = MACRO.matcher(out);
            StringBuilder b = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                String v = macros.get(m.group(1));
                if (v == null) {
                    throw new IllegalArgumentException(where + ": unknown macro {" + m.group(1) + "}");
                }
                m.appendReplacement(b, Matcher.quoteReplacement("(?:" + v + ")"));
                any = true;
            }
            m.appendTail(b);
            out = b.toString();
            if (!any) {
                return out;
            }
        }
        throw new IllegalArgumentException(where + ": macros nest too deep");
    }

    /** A rule being read. */
    private final class RuleDraft {
        final String id;
        final Relation relation;
        final String where;
        final List<Pattern> patterns = new ArrayList<>();
        /** The patterns as written, macros expanded, before guards are added. */
        final List<String> sources = new ArrayList<>();
        final Map<String, String> options = new LinkedHashMap<>();
        final List<Example> examples = new ArrayList<>();
        double confidence = 0.8;

        RuleDraft(String id, Relation relation, String where) {
            this.id = id;
            this.relation = relation;
            this.where = where;
        }

        void line(String line, String at, LocalDate published) {
            if (line.startsWith("+ ") || line.startsWith("- ")) {
                String body = line.substring(2).strip();
                String expect = null;
                int arrow = body.indexOf("=>");
                if (arrow >= 0) {
                    expect = body.substring(arrow + 2).strip();
                    body = body.substring(0, arrow).strip();
                }
                examples.add(new Example(line.charAt(0) == '+', body, expect, published, at));
                return;
            }
            String[] kv = line.split("\\s+", 2);
            String value = kv.length > 1 ? kv[1].strip() : "";
            switch (kv[0]) {
                case "pattern" -> {
                    try {
                        String source = expand(normalizer.normalize(value), at);
                        patterns.add(Pattern.compile(FirstChars.guardGroups(source, "verb")));
                        sources.add(source);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException(at + ": bad pattern: " + e.getDescription(), e);
                    }
                }
                case "confidence" -> confidence = Double.parseDouble(value);
                default -> options.put(kv[0], value);
            }
        }

        Rule build() {
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException(where + ": rule " + id + " has no pattern");
            }
            return new Rule(id, relation, List.copyOf(patterns), confidence, Map.copyOf(options), List.copyOf(examples), where,
                    verbsOf(sources));
        }
    }

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<(?=[A-Za-z])[A-Za-z0-9]*>");

    /**
     * The {@code verb} group of every pattern, each distinct one compiled on its own; null when a pattern
     * has none. No guard in front: they are only run through {@link Scan}, which tries a pattern only
     * where its first characters are.
     */
    private static List<Pattern> verbsOf(List<String> patterns) {
        Map<String, Pattern> groups = new LinkedHashMap<>();
        for (String p : patterns) {
            String g = group(p, "verb");
            if (g == null || g.contains("\\k<")) {
                return null;
            }
            // a group named inside the verb (访(?<abbr>[华美台]) ) is only a group to the gate
            groups.computeIfAbsent(NAMED_GROUP.matcher(g).replaceAll("(?:"), Pattern::compile);
        }
        return List.copyOf(groups.values());
    }

    /** The text of a named group's body in a regular expression, or null. */
    static String group(String regex, String name) {
        int start = regex.indexOf("(?<" + name + ">");
        if (start < 0) {
            return null;
        }
        int close = FirstChars.closing(regex.substring(start));
        return close < 0 ? null : regex.substring(start + name.length() + 4, start + close);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** False when the sentence holds none of the relation's trigger words (its rules cannot match). */
    boolean triggered(Relation relation, String marked) {
        Pattern p = triggers.get(relation);
        return p == null || Scan.found(p, triggerStarts.get(relation), marked);
    }

    List<String> cuesBefore(Status s) {
        return cuesBefore.getOrDefault(s, List.of());
    }

    List<String> cuesAfter(Status s) {
        return cuesAfter.getOrDefault(s, List.of());
    }

    /** Whether a marked sentence tells that someone comes home (cues homecoming). */
    boolean homecoming(String marked) {
        return homecoming != null && homecoming.matcher(marked).find();
    }

    /** Words of putting an event off ({@code cues postponed}) that leave it planned for {@code relation}, not cancelled. */
    List<String> postponements(Relation relation) {
        return relation == null ? List.of() : postponements.getOrDefault(relation, List.of());
    }

    List<String> topics(Relation relation) {
        return topics.getOrDefault(relation, List.of());
    }

    Map<Mode, Pattern> modes() {
        return modes;
    }

    /** Whether a meeting verb tells nothing of how people met (and none is named around it). */
    boolean modeless(String verb) {
        return modeless != null && modeless.matcher(verb).find();
    }

    /** The place a visit abbreviation stands for (访华: 华 gives 中国), or null. */
    String destination(String abbreviation) {
        return destinations.get(abbreviation);
    }
}
