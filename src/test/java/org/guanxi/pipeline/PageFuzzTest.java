package org.guanxi.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.guanxi.TestSupport;
import org.guanxi.doc.Article;
import org.guanxi.doc.Document;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.ingest.PageReader;
import org.guanxi.text.DocumentBuilder;
import org.guanxi.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the readers and of the whole pipeline: real pages cut, spliced, flooded with
 * markup and broken bytes, and random pages made from scratch, never make a stage throw, and
 * every offset a stage hands on lies inside the text it points into. A failure prints the seed
 * and the case; {@code -Dfuzz.seed=N -Dfuzz.cases=N} replays or widens a run.
 */
class PageFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 400);
    private static final String[] MARKUP = {"<p>", "</p>", "<div>", "</div>", "<", ">", "\"", "<!--", "-->", "<!--1612345678901-->",
        "---\n", "title: 新闻\n", "\n\n", "\r\n", "[标题](https://example.org/a)", "<script>", "</script>", "<br>", "&amp;", "&#x",
        "【大纪元2022年11月14日讯】", "“", "”", "拜登说：", "习近平与拜登会晤。", "·", "<img alt=\"拜登与习近平会晤的照片说明文字\">", "<time datetime=\"2022-11-14\">",
        "<table><tr><td>", "<li><a href=\"/x\">链接</a></li>", "\u0000", "\uFEFF", "\uD800", "\uDFFF"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xC3},
        {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xB0, (byte) 0xA1}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    private final PageReader reader = new PageReader(TestSupport.data());
    private final DocumentBuilder documents = new DocumentBuilder(new Normalizer(TestSupport.data()));

    @Test
    void mutatedRealPagesNeverBreakTheReadersAndKeepOffsetsInRange() throws IOException {
        List<byte[]> pages = realPages();
        Random random = new Random(SEED);
        for (int n = 0; n < CASES; n++) {
            byte[] page = mutate(pages.get(random.nextInt(pages.size())), pages, random);
            readAndCheck("mutated-" + n + ".md", page, n);
        }
    }

    @Test
    void randomPagesNeverBreakTheReaders() {
        Random random = new Random(SEED + 1);
        for (int n = 0; n < CASES; n++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(60);
            for (int i = 0; i < parts; i++) {
                if (random.nextBoolean()) {
                    b.append(MARKUP[random.nextInt(MARKUP.length)]);
                } else {
                    int len = random.nextInt(40);
                    for (int k = 0; k < len; k++) {
                        b.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x4E00 + random.nextInt(0x5000)));
                    }
                }
            }
            byte[] page = b.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                page = b.toString().getBytes(java.nio.charset.Charset.forName("GB18030"));
            }
            readAndCheck("random-" + n + (random.nextBoolean() ? ".html" : ".md"), page, n);
        }
    }

    @Test
    void mutatedPagesGoThroughTheWholePipeline() throws IOException {
        List<byte[]> pages = realPages();
        Random random = new Random(SEED + 2);
        Pipeline pipeline = TestSupport.pipeline();
        for (int n = 0; n < CASES / 8; n++) {
            byte[] page = mutate(pages.get(random.nextInt(pages.size())), pages, random);
            Path file = Path.of("fuzz", "pipeline-" + n + ".md");
            try {
                if (pipeline.process(file, page) instanceof Pipeline.Done done) {
                    checkExtraction(done.extraction(), n);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + SEED + " case " + n + ": " + e, e);
            }
        }
    }

    private void readAndCheck(String name, byte[] page, int n) {
        try {
            PageReader.Result r = reader.read(name, "/fuzz/" + name, page);
            if (r instanceof PageReader.Skipped s) {
                assertTrue(!s.reason().isBlank() && s.reason().lines().count() == 1, s.reason());
                return;
            }
            Article article = ((PageReader.Read) r).article();
            Document doc = documents.build(article);
            assertEquals(doc.text().length(), doc.norm().length());
            int previousEnd = 0;
            for (Sentence s : doc.sentences()) {
                Span sp = s.span();
                assertTrue(sp.start() >= previousEnd && sp.end() <= doc.text().length() && sp.length() > 0,
                        () -> "seed " + SEED + " case " + n + ": sentence " + s + " outside the text");
                previousEnd = sp.end();
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail("seed " + SEED + " case " + n + " (" + name + "): " + e, e);
        }
    }

    private static void checkExtraction(Extraction x, int n) {
        int length = x.article().blocks().stream().mapToInt(b -> b.text().length() + 1).sum();
        for (Mention m : x.mentions()) {
            assertTrue(m.span().start() >= 0 && m.span().end() <= length, () -> "case " + n + ": mention " + m);
        }
        List<Evidence> evidence = new ArrayList<>();
        x.meetings().stream().map(Meeting::evidence).forEach(evidence::addAll);
        x.statements().forEach(s -> evidence.add(s.evidence()));
        x.visits().forEach(v -> evidence.add(v.evidence()));
        for (Evidence e : evidence) {
            assertTrue(e.span().start() >= 0 && e.span().end() <= length && !e.text().isEmpty(), () -> "case " + n + ": evidence " + e);
        }
    }

    /** One to four edits: cut, splice from another page, flood with markup, break bytes, drop a range. */
    private static byte[] mutate(byte[] page, List<byte[]> others, Random random) {
        byte[] out = page.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> out = java.util.Arrays.copyOf(out, at);
                case 1 -> {
                    byte[] other = others.get(random.nextInt(others.size()));
                    int from = random.nextInt(Math.max(1, other.length));
                    int len = Math.min(other.length - from, random.nextInt(4000));
                    out = insert(out, at, java.util.Arrays.copyOfRange(other, from, from + Math.max(0, len)));
                }
                case 2 -> {
                    StringBuilder b = new StringBuilder();
                    int k = 1 + random.nextInt(200);
                    for (int i = 0; i < k; i++) {
                        b.append(MARKUP[random.nextInt(MARKUP.length)]);
                    }
                    out = insert(out, at, b.toString().getBytes(StandardCharsets.UTF_8));
                }
                case 3 -> out = insert(out, at, BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
                case 4 -> {
                    int len = Math.min(out.length - at, random.nextInt(2000));
                    byte[] shorter = new byte[out.length - len];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + len, shorter, at, out.length - at - len);
                    out = shorter;
                }
                default -> {
                    for (int i = 0; i < 20 && out.length > 0; i++) {
                        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                    }
                }
            }
        }
        return out;
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    /** The seeds and a fixed sample of relevant/: every page layout the corpus has. */
    private static List<byte[]> realPages() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String dir : List.of("seeds", "relevant")) {
            try (Stream<Path> s = Files.walk(TestSupport.corpus(dir))) {
                List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
                for (int i = 0; i < files.size(); i += dir.equals("seeds") ? 1 : 9) {
                    out.add(Files.readAllBytes(files.get(i)).clone());
                }
            }
        }
        return out;
    }
}
