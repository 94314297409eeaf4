package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.guanxi.TestSupport;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Visit;
import org.guanxi.pipeline.Pipeline;
import org.guanxi.rules.RuleBook.Example;
import org.guanxi.rules.RuleBook.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every rule file: a {@code +} sentence must make its rule fire and give what
 * its {@code =>} part says; a {@code -} sentence must not make it fire.
 */
class RuleExamplesTest {
    private static final Pipeline PIPELINE = TestSupport.pipeline();

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Rule r : PIPELINE.ruleBook().rules()) {
            for (Example e : r.examples()) {
                out.add(Arguments.of(r.id() + " " + (e.positive() ? "+" : "-") + " " + e.sentence(), r, e));
            }
        }
        return out.stream();
    }

    @Test
    void everyRuleHasAPositiveExample() {
        for (Rule r : PIPELINE.ruleBook().rules()) {
            assertTrue(r.examples().stream().anyMatch(Example::positive), () -> r.id() + " (" + r.where() + ") has no + example");
        }
    }

    /** An example is read as a paragraph, or as the first kind of block its rule is limited to ({@code blocks title}). */
    private static BlockKind kindFor(Rule rule) {
        String blocks = rule.option("blocks");
        return blocks == null ? BlockKind.PARAGRAPH : BlockKind.valueOf(blocks.trim().split("[\\s,]+")[0].toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String name, Rule rule, Example example) {
        Article article = new Article("example.txt", "/examples/" + rule.id(), "0", "", example.published(), null, null,
                List.of(), List.of(new Block(kindFor(rule), example.sentence())), "UTF-8");
        Analysis a = PIPELINE.analyze(article);
        RuleEngine.Facts facts = PIPELINE.rules().collect(a);
        List<String> fired = new ArrayList<>();
        switch (rule.relation()) {
            case MEETING -> facts.meetings().stream().filter(m -> by(m.evidence(), rule)).forEach(m -> fired.add(describe(a, m)));
            case STATEMENT -> facts.statements().stream().filter(s -> by(List.of(s.evidence()), rule)).forEach(s -> fired.add(describe(a, s)));
            case VISIT -> facts.visits().stream().filter(v -> by(List.of(v.evidence()), rule)).forEach(v -> fired.add(describe(a, v)));
        }
        String where = " (" + example.where() + ")\n  read as: " + String.join(" / ", a.document().sentences().stream()
                .map(s -> RuleEngine.marked(a, s)).toList()) + "\n  fired: " + fired;
        if (!example.positive()) {
            assertTrue(fired.isEmpty(), () -> rule.id() + " must not fire" + where);
            return;
        }
        assertFalse(fired.isEmpty(), () -> rule.id() + " did not fire" + where);
        if (example.expect() != null) {
            assertTrue(fired.stream().anyMatch(f -> matches(rule, example.expect(), f)),
                    () -> rule.id() + " gave none of what was expected: " + example.expect() + where);
        }
    }

    private static boolean by(List<Evidence> evidence, Rule rule) {
        return evidence.stream().anyMatch(e -> e.rule().equals(rule.id()));
    }

    /** A fact as the example notation writes it: names | fields. */
    private static String describe(Analysis a, Meeting m) {
        return String.join(" ; ", m.participants().stream().map(id -> names(a, id)).toList()) + " | " + status(m.status().name())
                + " | " + mode(m.mode() == null ? "" : m.mode().name()) + " | " + m.date() + " | @" + names(a, m.place());
    }

    private static String describe(Analysis a, Statement s) {
        return names(a, s.speaker()) + " | " + s.content();
    }

    private static String describe(Analysis a, Visit v) {
        return names(a, v.visitor()) + " > " + names(a, v.destination()) + " | " + status(v.status().name()) + " | " + v.date();
    }

    /** Every name an entity goes by in this analysis, joined by '/'. */
    private static String names(Analysis a, String id) {
        if (id == null) {
            return "";
        }
        Set<String> out = new HashSet<>();
        for (Mention m : a.mentions()) {
            Entity e = m.entity();
            if (e.id().equals(id)) {
                out.add(m.surface());
                out.add(e.labelZh());
                out.addAll(e.aliases());
            }
        }
        Entity g = PIPELINE.gazetteer().byId(id);
        if (g != null) {
            out.add(g.labelZh());
            out.addAll(g.aliases());
        }
        return String.join("/", out);
    }

    private static boolean matches(Rule rule, String expect, String fired) {
        String[] want = expect.split("\\|");
        String[] got = fired.split("\\|");
        if (rule.relation() == RuleBook.Relation.STATEMENT) {
            return sameNames(want[0], got[0]) && trimEnd(want[1]).equals(trimEnd(fired.substring(fired.indexOf('|') + 1)));
        }
        if (!sameNames(want[0], got[0])) {
            return false;
        }
        String rest = String.join("|", Arrays.copyOfRange(got, 1, got.length));
        for (int i = 1; i < want.length; i++) {
            String w = want[i].strip();
            if (w.startsWith("@")) {
                if (!Arrays.asList(got[got.length - 1].strip().substring(1).split("/")).contains(w.substring(1))) {
                    return false;
                }
            } else if (!(" " + rest.replace("|", " ") + " ").contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    /** "拜登, 习近平" against "拜登/Biden, 习近平/Xi": the same people, in any order. */
    private static boolean sameNames(String want, String got) {
        if (want.contains(">")) {
            String[] w = want.split(">");
            String[] g = got.split(">");
            return g.length == 2 && sameNames(w[0], g[0]) && sameNames(w[1], g[1]);
        }
        List<String> ws = Arrays.stream(want.split(",")).map(String::strip).toList();
        List<List<String>> gs = Arrays.stream(got.split(";")).map(x -> Arrays.asList(x.strip().split("/"))).toList();
        return ws.size() == gs.size() && ws.stream().allMatch(w -> gs.stream().anyMatch(g -> g.contains(w)));
    }

    private static String status(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase();
    }

    private static String mode(String m) {
        return switch (m) {
            case "IN_PERSON" -> "InPerson";
            case "VIDEO" -> "Video";
            case "PHONE" -> "Phone";
            default -> "";
        };
    }

    private static String trimEnd(String s) {
        return s.strip().replaceAll("[。.！!？?]+$", "");
    }

    @Test
    void expectationsAreWellFormed() {
        for (Rule r : PIPELINE.ruleBook().rules()) {
            for (Example e : r.examples()) {
                if (e.expect() != null) {
                    assertEquals(e.positive(), true, () -> r.id() + ": a - example has no => part (" + e.where() + ")");
                }
            }
        }
    }
}
