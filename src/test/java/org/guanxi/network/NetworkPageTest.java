package org.guanxi.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page in a real browser: headless Chromium draws the seed network, and the page reports
 * as many drawn nodes and edges as the network has. The screenshot stays in target/ to look at.
 */
@Tag("slow")
class NetworkPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path TARGET = Path.of("target");

    @TempDir
    static Path dir;
    static Network network;
    static Path page;

    @BeforeAll
    static void writePage() throws IOException {
        network = Seeds.read(NetworkFilter.defaults());
        page = TARGET.resolve("network-seeds.html").toAbsolutePath();
        Files.createDirectories(TARGET);
        try (var w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            NetworkWriter.write(network, NetworkFormat.HTML, w);
        }
    }

    /**
     * The page's DOM once it has drawn. The drawing waits for the layout to settle and a frame to
     * be painted, which a loaded machine may not fit in Chromium's virtual time: then it is run
     * again with more time, up to three times.
     */
    private static String drawnDom(String url) throws IOException, InterruptedException {
        String dom = "";
        for (int budget : new int[] {5000, 20000, 60000}) {
            dom = chromium(url, budget, "--dump-dom");
            if (dom.matches("(?s).*<body[^>]*\\sdata-drawn-nodes=.*") && dom.matches("(?s).*<body[^>]*\\sdata-ready=\"true\".*")) {
                break;
            }
        }
        return dom;
    }

    private static String chromium(String url, String... args) throws IOException, InterruptedException {
        return chromium(url, 5000, args);
    }

    /** Runs headless Chromium on the page (with a fresh profile) and returns what it printed. */
    private static String chromium(String url, int virtualTimeMillis, String... args) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "this test needs Chromium at " + CHROMIUM
                + " to draw the page: apt-get install -y chromium (CI's .ci/run installs it)");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--window-size=1200,800", "--virtual-time-budget=" + virtualTimeMillis));
        cmd.addAll(List.of(args));
        cmd.add(url);
        Path log = Files.createTempFile(dir, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + readQuietly(log));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int bodyNumber(String dom, String attribute) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + attribute + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), () -> "the page wrote no " + attribute + ": " + dom.substring(0, Math.min(dom.length(), 400)));
        return Integer.parseInt(m.group(1));
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() throws IOException {
        String html = Files.readString(page);
        assertFalse(html.matches("(?s).*<script[^>]*\\ssrc=.*"), "a script is loaded, not inlined");
        assertFalse(html.matches("(?s).*<link[^>]*\\shref=.*"), "a style sheet is loaded, not inlined");
        assertTrue(html.contains("vis-network"), "vis-network is not inlined");
        assertTrue(html.contains("拜登") && html.contains("习近平"));
    }

    @Test
    void chromiumDrawsEveryPersonAndTie() throws Exception {
        String dom = drawnDom("file://" + page);
        assertTrue(dom.matches("(?s).*<body[^>]*data-ready=\"true\".*"), "the layout did not settle in time");
        assertEquals(network.graph().vertexSet().size(), bodyNumber(dom, "data-drawn-nodes"));
        assertEquals(network.graph().edgeSet().size(), bodyNumber(dom, "data-drawn-edges"));

        Path png = TARGET.resolve("network-seeds.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("file://" + page, 20000, "--screenshot=" + png); // time to settle even on a busy machine
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        // the graph's part of the page (left of the side panel, below the header) is white but for the drawing
        int drawn = 0;
        int coloured = 0;
        for (int y = 80; y < img.getHeight(); y++) {
            for (int x = 0; x < 800; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                drawn += rgb != 0xFFFFFF ? 1 : 0;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
            }
        }
        assertTrue(drawn > 5_000, "only " + drawn + " pixels drawn: is the graph there? see " + png);
        assertTrue(coloured > 2_000, "only " + coloured + " coloured pixels: are the nodes there? see " + png);
    }

    @Test
    void thePagesDateFilterKeepsWhatTheCommandsDoes() throws Exception {
        Network october = Seeds.read(NetworkFilter.defaults().withDates(DateSpan.parse("2023-10-01"), DateSpan.parse("2023-10-31")));
        assertTrue(october.graph().edgeSet().size() < network.graph().edgeSet().size());
        String dom = drawnDom("file://" + page + "#from=2023-10-01&to=2023-10-31");
        assertEquals(october.graph().vertexSet().size(), bodyNumber(dom, "data-drawn-nodes"));
        assertEquals(october.graph().edgeSet().size(), bodyNumber(dom, "data-drawn-edges"));
    }

    @Test
    void anEgoNetworkOpensOnItsPersonsMeetingsAndStatements() throws Exception {
        Network wang = Seeds.read(NetworkFilter.defaults().withPerson("王毅"));
        Path egoPage = dir.resolve("wang-yi.html");
        try (var w = Files.newBufferedWriter(egoPage, StandardCharsets.UTF_8)) {
            NetworkWriter.write(wang, NetworkFormat.HTML, w);
        }
        String dom = drawnDom("file://" + egoPage);
        assertEquals(wang.graph().vertexSet().size(), bodyNumber(dom, "data-drawn-nodes"));
        assertEquals(wang.graph().edgeSet().size(), bodyNumber(dom, "data-drawn-edges"));
        String panel = dom.substring(dom.indexOf("<aside"), dom.indexOf("</aside>"));
        assertTrue(panel.contains("<h2>王毅</h2>"), panel);
        // each meeting with the sentence it was read from, and each statement
        Tie withBlinken = Seeds.tie(wang, "王毅", "布林肯").orElseThrow();
        String sentence = withBlinken.reports().get(0).evidence().get(0);
        assertTrue(panel.contains(sentence.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")), panel);
        assertTrue(panel.contains("Statements (" + wang.statementsOf(wang.focus()).size() + ")"), panel);
    }

    @Test
    void aPageWithNoMeetingsSaysSo() throws Exception {
        Network none = Seeds.read(NetworkFilter.defaults().withDates(DateSpan.parse("1990"), DateSpan.parse("1990")));
        Path emptyPage = dir.resolve("none.html");
        try (var w = Files.newBufferedWriter(emptyPage, StandardCharsets.UTF_8)) {
            NetworkWriter.write(none, NetworkFormat.HTML, w);
        }
        String dom = drawnDom("file://" + emptyPage);
        assertTrue(dom.matches("(?s).*<body[^>]*data-ready=\"true\".*"));
        assertEquals(0, bodyNumber(dom, "data-drawn-nodes"));
        assertTrue(dom.contains("No meetings match"));
    }
}
