package org.guanxi.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.guanxi.TestSupport;
import org.guanxi.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never stops a run: each bad file is skipped with a reason, the rest is written. */
class IngestRunTest {
    @TempDir
    Path dir;

    private Path page(String name, String body) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, body, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aFailureInsideOneArticleSkipsItAndTheBatchGoesOn() throws Exception {
        for (int i = 0; i < 30; i++) {
            page("a" + i + ".md", "### 拜登与习近平会晤第" + i + "次\n\n<p>美国总统拜登与中国国家主席习近平举行会晤，双方讨论了贸易问题。</p>\n");
        }
        Pipeline pipeline = TestSupport.pipeline();
        try (Store store = Store.inMemory()) {
            IngestRun run = new IngestRun(pipeline, store, new IngestRun.Options(2, 7, false, null, false, false), (file, bytes) -> {
                if (file.getFileName().toString().equals("a13.md")) {
                    throw new IllegalStateException("boom in a13");
                }
                return pipeline.process(file, bytes);
            });
            IngestSummary s = run.run(List.of(dir.resolve("in")));
            assertEquals(30, s.files());
            assertEquals(29, s.ingested());
            assertEquals(1, s.skippedCount());
            String reason = s.skipped().keySet().iterator().next();
            assertTrue(reason.contains("extraction failed") && reason.contains("boom in a13"), reason);
            assertEquals(29, store.articleGraphs().size());
        }
    }

    @Test
    void everyKindOfBadFileIsSkippedWithAReasonOnOneLine() throws Exception {
        page("good.md", "### 拜登访问日本\n\n<p>美国总统拜登周一抵达东京，开始对日本的访问。</p>\n");
        Files.write(dir.resolve("in/empty.md"), new byte[0]);
        Files.write(dir.resolve("in/binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 0, 0});
        page("english.html", "<html><body><p>Only English here, nothing to read.</p></body></html>");
        page("table.tsv", "a\tb\n");
        page(".hidden.md", "### 隐藏文件\n\n<p>不应读入。</p>");
        try (Store store = Store.inMemory()) {
            IngestSummary s = new IngestRun(TestSupport.pipeline(), store, IngestRun.Options.defaults()).run(List.of(dir.resolve("in")));
            assertEquals(5, s.files(), "hidden files are passed over");
            assertEquals(1, s.ingested());
            assertEquals(4, s.skippedCount());
            for (Map.Entry<String, List<String>> e : s.skipped().entrySet()) {
                assertTrue(!e.getKey().isBlank() && e.getKey().lines().count() == 1, e.getKey());
            }
        }
    }

    @Test
    void pathologicalPagesFinishAndKeepTheirText() throws Exception {
        StringBuilder deep = new StringBuilder("### 深层嵌套的页面\n\n");
        deep.append("<div>".repeat(5000)).append("<p>拜登与习近平举行会晤。</p>").append("</div>".repeat(5000));
        page("deep.md", deep.toString());
        StringBuilder links = new StringBuilder("### 很多链接的页面\n\n<p>拜登与习近平举行会晤。</p><ul>");
        for (int i = 0; i < 20000; i++) {
            links.append("<li><a href=\"https://example.org/").append(i).append("\">链接").append(i).append("</a></li>");
        }
        page("links.md", links.append("</ul>").toString());
        page("longline.md", "### 一行很长的页面\n\n<p>" + "拜登与习近平举行会晤".repeat(100_000) + "</p><img src=\"data:image/png;base64,"
                + "iVBORw0KGgo".repeat(150_000) + "\">");
        try (Store store = Store.inMemory()) {
            IngestSummary s = new IngestRun(TestSupport.pipeline(), store, IngestRun.Options.defaults()).run(List.of(dir.resolve("in")));
            assertEquals(3, s.ingested(), () -> s.skipped().toString());
        }
    }
}
