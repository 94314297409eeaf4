package org.guanxi.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Article;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Token;
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

    public Pipeline(DataSource data, double threshold) {
        Normalizer normalizer = new Normalizer(data);
        this.reader = new PageReader(data);
        this.documents = new DocumentBuilder(normalizer);
        this.gazetteer = new Gazetteer(data, normalizer);
        this.recognizer = new Recognizer(data, normalizer, gazetteer, new HanlpAnalyzer());
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
        return outcome(file, read(file, bytes));
    }

    private PageReader.Result read(Path file, byte[] bytes) {
        return reader.read(file.getFileName().toString(), file.toAbsolutePath().normalize().toString(), bytes);
    }

    /**
     * Files whose bytes the caller has read, taken through the stages together: every page is
     * read, then HanLP segments all of them, then each is recognised, linked and ruled. HanLP
     * running back to back keeps its tables in the processor's cache (about an eighth less CPU
     * than file by file); the facts are the same. A file that fails is skipped with the reason;
     * the others go on. Outcomes come in the order of {@code files}.
     */
    public List<Outcome> processAll(List<Path> files, List<byte[]> bytes) {
        int n = files.size();
        Outcome[] out = new Outcome[n];
        Document[] docs = new Document[n];
        for (int i = 0; i < n; i++) {
            Path f = files.get(i);
            int at = i;
            guarded(out, i, f, () -> {
                PageReader.Result r = read(f, bytes.get(at));
                if (r instanceof PageReader.Skipped s) {
                    out[at] = new Skipped(f.toString(), s.reason());
                } else {
                    docs[at] = documents.build(((PageReader.Read) r).article());
                }
            });
        }
        List<List<List<Token>>> words = new ArrayList<>(java.util.Collections.nCopies(n, null));
        for (int i = 0; i < n; i++) {
            int at = i;
            if (out[i] == null) {
                guarded(out, i, files.get(i), () -> words.set(at, recognizer.segment(docs[at])));
            }
        }
        for (int i = 0; i < n; i++) {
            int at = i;
            if (out[i] == null) {
                guarded(out, i, files.get(i), () -> out[at] = new Done(rules.extract(linker.link(recognizer.analyze(docs[at], words.get(at))))));
            }
            docs[i] = null;
            words.set(i, null);
        }
        return List.of(out);
    }

    /** Runs one file's step; a failure skips that file alone. */
    private static void guarded(Outcome[] out, int i, Path file, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | StackOverflowError e) {
            out[i] = failed(file, e);
        }
    }

    /** A file whose extraction threw: skipped, with what went wrong. */
    static Skipped failed(Path file, Throwable e) {
        return new Skipped(file.toString(), "extraction failed: " + e);
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
     * The unavoidable work alone, for the benchmark's floor: read the files, parse them (jsoup),
     * then segment every sentence with HanLP's recognition on, grouped as {@link #processAll}
     * groups them. Returns the characters read; a file that cannot be read counts nothing.
     */
    public long floorWork(List<Path> files) {
        List<Document> docs = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                if (read(file, java.nio.file.Files.readAllBytes(file)) instanceof PageReader.Read read) {
                    docs.add(documents.build(read.article()));
                }
            } catch (java.io.IOException | RuntimeException e) {
                // the floor only measures; a bad file costs what it costs
            }
        }
        long chars = 0;
        for (Document doc : docs) {
            recognizer.segment(doc);
            chars += doc.text().length();
        }
        return chars;
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
