package org.guanxi.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.BlockKind;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Statement;

/**
 * The answers of an interview written as a transcript: a paragraph that opens with the speaker's
 * name and a colon ("林民旺：没有太超出我的预期。") holds his words, and so do the paragraphs after it
 * up to the next one that opens with a speaker's label ("德国之声：……？"). Readers (and the gold) take
 * each answer as one statement. A name and a colon alone is also how a headline or a subheading
 * quotes someone ("王毅：中美关系……"), and a list of posts names each writer so ("网友甲：……"), so a
 * paragraph is read as an answer only in a transcript: when its speaker answers twice, or an
 * interviewer (the outlet, a reporter, a host, 问) asks.
 */
final class Interviews {
    static final String RULE = "statement.interview-answer";
    private static final double CONFIDENCE = 0.7;
    /** A speaker's label at a paragraph's start: a few words with no punctuation, then a colon. */
    private static final Pattern LABEL = Pattern.compile("^\\s*[^，,。！？!?：:；;“”「」『』\"（）()\\s]{1,16}[：:]");
    /** Who asks in a transcript: the outlet, its reporter or host, or plain 问. */
    private static final Pattern ASKER = Pattern.compile("^\\s*(?:\\S{0,8}(?:记者|主持人|编辑部|提问)|问|Q|本台|本报|本网)[：:]$");
    /** An answer's first paragraph is prose: a heading that quotes someone ("王毅：中美关系……") has no full stop. */
    private static final Pattern PROSE = Pattern.compile("[。！？!?]");
    /** An answer that opens with a quote is read by the quote rules (statement.name-colon). */
    private static final Pattern QUOTE_FIRST = Pattern.compile("^\\s*[“「『\"]");
    /** The most paragraphs and characters one answer runs over, against a transcript that never asks again. */
    private static final int MAX_PARAGRAPHS = 12;
    private static final int MAX_CHARS = 2500;
    private static final int MIN_HAN = 8;

    private Interviews() {
    }

    /** A paragraph that opens with a label, and the person the label names (null: not a person). */
    private record Opening(int block, int sentence, int labelEnd, Entity speaker, boolean asks) {
    }

    static List<Statement> answers(Document doc, List<Mention> mentions) {
        List<Sentence> sentences = doc.sentences();
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
        List<Opening> openings = openings(doc, ordered);
        if (openings.size() < 2) {
            return List.of();
        }
        Map<String, Integer> answersBy = new HashMap<>();
        int asked = 0;
        for (Opening o : openings) {
            if (o.asks()) {
                asked++;
            } else if (o.speaker() != null) {
                answersBy.merge(o.speaker().id(), 1, Integer::sum);
            }
        }
        List<Statement> out = new ArrayList<>();
        for (int k = 0; k < openings.size(); k++) {
            Opening o = openings.get(k);
            if (o.speaker() == null) {
                continue;
            }
            // a list of posts (网友甲：……；网友乙：……) names each writer once, and no one asks
            if (answersBy.get(o.speaker().id()) < 2 && asked == 0) {
                continue;
            }
            int stopBlock = k + 1 < openings.size() ? openings.get(k + 1).block() : Integer.MAX_VALUE;
            Statement st = answer(doc, sentences, o, stopBlock);
            if (st != null) {
                out.add(st);
            }
        }
        return out;
    }

    /** Paragraphs that open with a label: the first sentence of a paragraph block, "label：" at its start. */
    private static List<Opening> openings(Document doc, List<Mention> mentions) {
        List<Opening> out = new ArrayList<>();
        int lastBlock = -1;
        int m = 0;
        for (Sentence s : doc.sentences()) {
            if (s.block() == lastBlock) {
                continue;
            }
            lastBlock = s.block();
            if (s.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            Matcher label = LABEL.matcher(doc.norm(s.span()));
            if (!label.find()) {
                continue;
            }
            int colon = s.span().start() + label.end() - 1;
            while (m < mentions.size() && mentions.get(m).span().end() < colon) {
                m++;
            }
            Entity speaker = null;
            boolean asks = ASKER.matcher(label.group()).matches();
            for (int i = m; i < mentions.size() && mentions.get(i).span().start() < colon; i++) {
                Mention x = mentions.get(i);
                if (x.span().end() == colon && x.span().start() >= s.span().start()) {
                    if (x.type() == EntityType.PERSON) {
                        speaker = x.entity();
                    } else if (x.type() == EntityType.ORGANIZATION) {
                        // the outlet asking: 德国之声：……？
                        asks = true;
                    }
                }
            }
            out.add(new Opening(s.block(), s.index(), colon + 1, speaker, asks));
        }
        return out;
    }

    /** The answer that opens at {@code o}: to the end of its paragraph and the paragraphs after it, before {@code stopBlock}. */
    private static Statement answer(Document doc, List<Sentence> sentences, Opening o, int stopBlock) {
        if (QUOTE_FIRST.matcher(doc.norm().substring(o.labelEnd(), Math.min(doc.norm().length(), o.labelEnd() + 3))).find()) {
            return null;
        }
        Sentence opening = sentences.get(o.sentence());
        int paragraphEnd = opening.span().end();
        for (int i = o.sentence() + 1; i < sentences.size() && sentences.get(i).block() == o.block(); i++) {
            paragraphEnd = sentences.get(i).span().end();
        }
        if (!PROSE.matcher(doc.norm().substring(o.labelEnd(), paragraphEnd)).find()) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        int end = o.labelEnd();
        int blocks = 0;
        int lastBlock = -1;
        for (int i = o.sentence(); i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.block() >= stopBlock || (s.block() != o.block() && s.kind() != BlockKind.PARAGRAPH)) {
                break;
            }
            if (s.block() != lastBlock && ++blocks > MAX_PARAGRAPHS) {
                break;
            }
            lastBlock = s.block();
            int from = Math.max(s.span().start(), o.labelEnd());
            if (from >= s.span().end()) {
                continue;
            }
            if (words.length() > 0 && words.length() + (s.span().end() - from) > MAX_CHARS) {
                break;
            }
            words.append(doc.text(new Span(from, s.span().end())).strip());
            end = s.span().end();
        }
        String content = Contents.clean(words.toString());
        // a word of thanks or assent (谢谢。太可怕了。) is no statement
        if (Contents.hanCount(content) < MIN_HAN) {
            return null;
        }
        Evidence ev = new Evidence(opening.index(), new Span(opening.span().start(), end), doc.text(opening), RULE, CONFIDENCE);
        return new Statement(o.speaker().id(), content, null, ev);
    }
}
