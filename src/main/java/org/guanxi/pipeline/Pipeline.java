package org.guanxi.pipeline;

import java.nio.file.Path;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Extraction;
import org.guanxi.ingest.PageReader;
import org.guanxi.link.Linker;
import org.guanxi.ner.Gazetteer;
import org.guanxi.ner.HanlpAnalyzer;
import org.guanxi.ner.Recognizer;
import org.guanxi.rules.RuleBook;
import org.guanxi.rules.RuleEngine;
import org.guanxi.text.DocumentBuilder;
import org.guanxi.text.Normalizer;

/**
 * Every stage, loaded once and shared by all threads: page reading, text, recognition, linking,
 * rules. {@link #process} takes a file to its facts.
 */
public final class Pipeline {
    /** Facts below this confidence are left out of the graph. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final PageReader reader;
    private final DocumentBuilder documents;
    private final Recognizer recognizer;
    private final Linker linker;
    private final RuleEngine rules;
    private final Gazetteer gazetteer;
    private final RuleBook ruleBook;
    private final HanlpAnalyzer hanlp;

    public Pipeline(DataSource data, double threshold) {
        Normalizer normalizer = new Normalizer(data);
        this.reader = new PageReader(data);
        this.documents = new DocumentBuilder(normalizer);
        this.gazetteer = new Gazetteer(data, normalizer);
        this.hanlp = new HanlpAnalyzer();
        this.recognizer = new Recognizer(data, normalizer, gazetteer, hanlp);
        Leaders leaders = new Leaders(gazetteer);
        this.linker = new Linker(data, leaders::test, leaders::holds);
        this.ruleBook = new RuleBook(data, normalizer);
        this.rules = new RuleEngine(ruleBook, name -> {
            Entity e = gazetteer.byKey(Gazetteer.key(name, normalizer));
            return e != null && e.type() == org.guanxi.doc.EntityType.PLACE ? e : null;
        }, threshold);
    }

    public static Pipeline bundled() {
        return new Pipeline(DataSource.bundled(), DEFAULT_THRESHOLD);
    }

    /** What reading one file gave: its facts, or why it was skipped. */
    public sealed interface Outcome permits Done, Skipped {
    }

    public record Done(Extraction extraction) implements Outcome {
    }

    public record Skipped(String file, String reason) implements Outcome {
    }

    public Outcome process(Path file) {
        return outcome(file, reader.read(file));
    }

    /** A file whose bytes the caller has read already. */
    public Outcome process(Path file, byte[] bytes) {
        return outcome(file, reader.read(file.getFileName().toString(), file.toAbsolutePath().normalize().toString(), bytes));
    }

    private Outcome outcome(Path file, PageReader.Result r) {
        if (r instanceof PageReader.Skipped s) {
            return new Skipped(file.toString(), s.reason());
        }
        return new Done(extract(((PageReader.Read) r).article()));
    }

    public Extraction extract(Article article) {
        Document doc = documents.build(article);
        Analysis analysis = linker.link(recognizer.analyze(doc));
        return rules.extract(analysis);
    }

    /**
     * The unavoidable work alone, for the benchmark's floor: read the file, parse it (jsoup),
     * segment every sentence with HanLP's recognition on. Returns the characters read, or -1.
     */
    public long floorWork(Path file) throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        PageReader.Result r = reader.read(file.getFileName().toString(), file.toAbsolutePath().toString(), bytes);
        if (!(r instanceof PageReader.Read read)) {
            return -1;
        }
        Document doc = documents.build(read.article());
        for (org.guanxi.doc.Sentence s : doc.sentences()) {
            hanlp.segment(doc.norm(s.span()), s.span().start());
        }
        return doc.text().length();
    }

    /** The recognition and linking of an article, for tools that show how a fact was read. */
    public Analysis analyze(Article article) {
        return linker.link(recognizer.analyze(documents.build(article)));
    }

    public PageReader reader() {
        return reader;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public RuleBook ruleBook() {
        return ruleBook;
    }

    public RuleEngine rules() {
        return rules;
    }
}
