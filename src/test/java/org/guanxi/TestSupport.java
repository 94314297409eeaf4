package org.guanxi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.guanxi.export.Exporter;
import org.guanxi.pipeline.Pipeline;

/** What tests share: the real pipeline (loaded once, immutable) and the corpus beside the checkout. */
public final class TestSupport {
    /** The shared corpus and eval folder: ../shared, beside the project (as in CI). */
    public static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();

    private TestSupport() {
    }

    /** The project's data folder, so tests see edits to ontology/ without a rebuild. */
    public static DataSource data() {
        return DataSource.folder(Path.of("ontology"));
    }

    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    /** An article of {@code blocks} published on {@code published}, as a page would give it. */
    public static Article article(LocalDate published, List<Block> blocks) {
        return new Article("t.txt", "/t.txt", "0", "", published, null, null, List.of(), blocks, "UTF-8");
    }

    /** An article of plain paragraphs published on {@code published}. */
    public static Article paragraphs(LocalDate published, String... paragraphs) {
        return article(published, Arrays.stream(paragraphs).map(p -> new Block(BlockKind.PARAGRAPH, p)).toList());
    }

    /** An exporter with the project's ontology (its JSON-LD context comes from it). */
    public static Exporter exporter() {
        return new Exporter(RDFDataMgr.loadGraph("ontology/guanxi.ttl"));
    }

    public static Path corpus(String relative) {
        Path p = SHARED.resolve("corpus").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("test needs the shared corpus beside the project: " + p);
        }
        return p;
    }

    /** Loaded on first use, then shared: HanLP and the gazetteer take seconds to load. */
    private static final class Holder {
        static final Pipeline PIPELINE = new Pipeline(data(), Pipeline.DEFAULT_THRESHOLD);
    }
}
