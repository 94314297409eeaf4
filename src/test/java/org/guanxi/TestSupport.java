package org.guanxi;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.guanxi.config.DataSource;
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
