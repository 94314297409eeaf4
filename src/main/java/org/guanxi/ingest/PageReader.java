package org.guanxi.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page file into an {@link Article}: Markdown mirrors with embedded HTML, raw outlet
 * HTML, with or without front matter. A page with no Chinese text in it is skipped with a reason,
 * never guessed at. Thread-safe: it holds only immutable tables.
 */
public final class PageReader {
    /** What reading one file gave. */
    public sealed interface Result permits Read, Skipped {
    }

    public record Read(Article article) implements Result {
    }

    /** @param reason one line, for the user */
    public record Skipped(String reason) implements Result {
    }

    static final long MAX_BYTES = 64L << 20;
    private static final int MIN_HAN = 8;
    /** The site after a page's {@code <title>}, and the section before it when the page gives one ("…… | 國際 | 中央社 CNA"). */
    private static final Pattern TRAILING_SITE = Pattern.compile("(?:\\s+[|｜]\\s*[^|｜]{1,8})?\\s*[|｜_–—-]\\s*[^|｜_–—-]{1,24}$");

    private final ReaderTables tables;
    /** The caption selector, parsed once. */
    private final org.jsoup.select.Evaluator caption;

    public PageReader(DataSource data) {
        this.tables = ReaderTables.load(data);
        this.caption = tables.captionSelector().isEmpty() ? null : org.jsoup.select.QueryParser.parse(tables.captionSelector());
    }

    public Result read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Skipped("file too large for a news page (" + (size >> 20) + " MB)");
            }
            return read(file.getFileName().toString(), file.toAbsolutePath().normalize().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return new Skipped("cannot read file: " + e.getMessage());
        }
    }

    public Result read(String sourceFile, String sourcePath, byte[] bytes) {
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank() && bytes.length < 64) {
            return new Skipped("empty file");
        }
        if (TextDecoder.looksBinary(bytes)) {
            return new Skipped("binary file, not a text page");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        PageShell shell = PageShell.parse(decoded.text());
        Document doc = Jsoup.parse(shell.body());
        Meta meta = Meta.of(doc);
        doc.select(tables.dropSelector()).remove();

        List<String> bylines = new ArrayList<>();
        List<LocalDate> bodyDates = new ArrayList<>();
        Element body = doc.body();
        takeFeedHeader(body, bylines, bodyDates);
        List<Block> raw = blocks(doc, meta.fullPage());

        String title = firstNonBlank(shell.title(), meta.ogTitle(), cleanTitle(meta.title()), meta.h1());
        title = title == null ? null : tables.cleanTitle(HtmlBlocks.tidy(Jsoup.parse(title).text()));
        String[] outletHolder = {null};
        List<Block> blocks = clean(raw, title, bylines, bodyDates, outletHolder);

        int han = (title == null ? 0 : HtmlBlocks.countHan(title));
        for (Block b : blocks) {
            han += HtmlBlocks.countHan(b.text());
        }
        if (han < MIN_HAN) {
            return new Skipped(blocks.isEmpty() && title == null ? "no article text found" : "no Chinese article text found");
        }
        if (title == null || title.isBlank()) {
            title = blocks.get(0).text();
            blocks = blocks.subList(1, blocks.size());
        }
        List<Block> all = new ArrayList<>();
        all.add(new Block(BlockKind.TITLE, title));
        all.addAll(blocks);

        String url = firstNonBlank(shell.url(), meta.url());
        LocalDate published = firstNonNull(
                PageDates.parse(shell.dateText()),
                bodyDates.isEmpty() ? null : bodyDates.get(0),
                PageDates.parse(meta.date()),
                PageDates.fromUrl(url),
                PageDates.fromEpochMillis(shell.epochMillis()));
        String outlet = firstNonBlank(shell.frontMatter().get("source"), tables.outletOf(url), outletHolder[0], meta.siteName());
        return new Read(new Article(sourceFile, sourcePath, contentHash(bytes), title, published, url, outlet,
                bylines, all, decoded.charset()));
    }

    /** The body's blocks; captions outside the body element are kept, in page order. */
    private List<Block> blocks(Document doc, boolean fullPage) {
        Element root = contentRoot(doc, fullPage);
        if (root == doc.body()) {
            return HtmlBlocks.read(root, caption);
        }
        List<Block> before = new ArrayList<>();
        List<Block> after = new ArrayList<>();
        if (caption != null) {
            for (Element cap : doc.select(caption)) {
                if (within(cap, root) || within(root, cap)) {
                    continue;
                }
                String t = HtmlBlocks.tidy(cap.text());
                if (!t.isEmpty()) {
                    (precedes(cap, root) ? before : after).add(new Block(BlockKind.CAPTION, t));
                }
            }
        }
        List<Block> out = new ArrayList<>(before);
        for (Element lead : leadOf(root)) {
            out.addAll(HtmlBlocks.read(lead, caption));
        }
        out.addAll(HtmlBlocks.read(root, caption));
        out.addAll(after);
        return out;
    }

    /**
     * The paragraphs standing right before the body element, beside it in the same parent: the
     * article's lead (a standfirst in bold above the body, RFI's "chapo"), often the sentence that says
     * who met whom. Only paragraphs of real text, and only those next to the body, not the page's
     * other blocks further up.
     */
    private static List<Element> leadOf(Element root) {
        List<Element> lead = new ArrayList<>();
        for (Element e = root.previousElementSibling(); e != null && e.normalName().equals("p"); e = e.previousElementSibling()) {
            if (HtmlBlocks.countHan(e.text()) < 10) {
                break;
            }
            lead.add(0, e);
        }
        return lead;
    }

    private Element contentRoot(Document doc, boolean fullPage) {
        for (String sel : tables.contentSelectors()) {
            for (Element e : doc.select(sel)) {
                if (HtmlBlocks.countHan(e.text()) >= 20) {
                    return e;
                }
            }
        }
        return fullPage ? densest(doc.body()) : doc.body();
    }

    /** For a whole web page with no known body element: the element whose paragraphs hold the most text. */
    private static Element densest(Element body) {
        Element best = body;
        int bestHan = 0;
        for (Element e : body.select("div, section, td")) {
            int han = 0;
            for (Element p : e.children()) {
                if (p.normalName().equals("p")) {
                    han += HtmlBlocks.countHan(p.text());
                }
            }
            if (han > bestHan) {
                best = e;
                bestHan = han;
            }
        }
        return bestHan >= 40 ? best : body;
    }

    /**
     * Whether {@code e} is {@code ancestor} or lies inside it; by identity, not by a CSS selector
     * built from the page's own class names, which may not parse.
     */
    private static boolean within(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean precedes(Element a, Element b) {
        return a.siblingIndex() >= 0 && a.root() == b.root()
                && a != b && positionOf(a) < positionOf(b);
    }

    private static int positionOf(Element e) {
        int i = 0;
        for (Element x : e.root().getAllElements()) {
            if (x == e) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * The feed archive's header line {@code <div><i>author<br>date</i></div>} at the top of the body:
     * by-lines and a date, not article text.
     */
    private void takeFeedHeader(Element body, List<String> bylines, List<LocalDate> dates) {
        Element first = body.firstElementChild();
        if (first == null || !first.normalName().equals("div") || first.childrenSize() != 1
                || !first.child(0).normalName().equals("i") || !first.ownText().isBlank()) {
            return;
        }
        for (String line : first.child(0).html().split("(?i)<br\\s*/?>")) {
            String t = HtmlBlocks.tidy(Jsoup.parse(line).text()).replaceFirst("^null\\s*", "");
            LocalDate d = PageDates.parse(t);
            if (d != null) {
                dates.add(d);
            } else if (!t.isEmpty() && t.length() <= 60) {
                bylines.add(t.replaceFirst("[（(](?:综合)?报道[）)]$", ""));
            }
        }
        first.remove();
    }

    /** Drops boilerplate and repeated titles; takes datelines, dates-only lines and by-lines out of the text. */
    private List<Block> clean(List<Block> raw, String title, List<String> bylines, List<LocalDate> dates, String[] outlet) {
        List<Block> out = new ArrayList<>();
        int seen = 0;
        for (Block b : raw) {
            String text = b.text();
            if (seen < 4 && PageDates.isOnlyDate(text)) {
                dates.add(PageDates.parse(text));
                continue;
            }
            if (b.kind() == BlockKind.PARAGRAPH && seen < 3) {
                text = dateline(text, dates, outlet);
            }
            text = byline(text, bylines);
            if (text.isEmpty() || tables.isBoilerplate(text) || (title != null && text.equals(title) && b.kind() != BlockKind.CAPTION)) {
                continue;
            }
            out.add(text.equals(b.text()) ? b : new Block(b.kind(), text));
            seen++;
        }
        return out;
    }

    private String dateline(String text, List<LocalDate> dates, String[] outlet) {
        for (Pattern p : tables.datelines()) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                if (hasGroup(p, "y")) {
                    LocalDate d = PageDates.parse(m.group("y") + "-" + m.group("m") + "-" + m.group("d"));
                    if (d != null) {
                        dates.add(0, d);
                    }
                }
                if (hasGroup(p, "outlet") && m.group("outlet") != null && !m.group("outlet").isBlank()) {
                    outlet[0] = m.group("outlet");
                }
                text = text.substring(m.end()).strip();
            }
        }
        return text;
    }

    private String byline(String text, List<String> bylines) {
        for (Pattern p : tables.bylines()) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                for (String group : hasGroup(p, "name2") ? new String[] {"name", "name2"} : new String[] {"name"}) {
                    for (String name : m.group(group).split("[、,，/／]")) {
                        if (!name.isBlank()) {
                            bylines.add(name.strip());
                        }
                    }
                }
                text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
            }
        }
        return text;
    }

    private static boolean hasGroup(Pattern p, String name) {
        return p.pattern().contains("(?<" + name + ">");
    }

    private static String cleanTitle(String t) {
        return t == null ? null : TRAILING_SITE.matcher(t.strip()).replaceFirst("");
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... xs) {
        for (T x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... xs) {
        for (String x : xs) {
            if (x != null && !x.isBlank()) {
                return x.strip();
            }
        }
        return null;
    }

    /** SHA-256 of a file's bytes, in hex: what tells an unchanged file on re-ingest. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What a whole web page says about itself in its head. */
    private record Meta(String title, String ogTitle, String h1, String url, String date, String siteName, boolean fullPage) {
        static Meta of(Document doc) {
            boolean full = !doc.head().children().isEmpty();
            String date = attr(doc, "meta[property=article:published_time]", "content");
            if (date == null) {
                date = attr(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[itemprop=datePublished]", "content");
            }
            if (date == null) {
                date = attr(doc, "time[datetime]", "datetime");
            }
            if (date == null) {
                Element pub = doc.selectFirst(".published, .date, .time, .post-date");
                date = pub == null ? null : pub.text();
            }
            String url = attr(doc, "link[rel=canonical]", "href");
            if (url == null) {
                url = attr(doc, "meta[property=og:url]", "content");
            }
            Element h1 = full ? doc.selectFirst("h1") : null;
            return new Meta(full ? doc.title() : null, attr(doc, "meta[property=og:title]", "content"),
                    h1 == null ? null : h1.text(), url, date, attr(doc, "meta[property=og:site_name]", "content"), full);
        }

        private static String attr(Document doc, String sel, String attr) {
            Element e = doc.selectFirst(sel);
            return e == null || e.attr(attr).isBlank() ? null : e.attr(attr);
        }
    }
}
