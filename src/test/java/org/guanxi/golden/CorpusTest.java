package org.guanxi.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guanxi.TestSupport;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.pipeline.IngestSummary;
import org.guanxi.store.Store;
import org.junit.jupiter.api.Test;

/** Every article of ../shared/corpus/relevant ingests: none crashes, none is skipped. */
class CorpusTest {
    @Test
    void everyRelevantArticleIngests() throws Exception {
        try (Store store = Store.inMemory()) {
            IngestSummary s = new IngestRun(TestSupport.pipeline(), store, IngestRun.Options.defaults())
                    .run(List.of(TestSupport.corpus("relevant")));
            assertEquals(272, s.files());
            assertEquals(s.files(), s.ingested(), () -> "skipped: " + s.skipped());
            assertEquals(s.ingested(), store.articleGraphs().size());
            assertTrue(s.meetings() > 200 && s.statements() > 500 && s.visits() > 100, s::toString);
        }
    }
}
