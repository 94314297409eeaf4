package org.guanxi.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.guanxi.doc.Block;
import org.guanxi.doc.BlockKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML element into paragraph-like blocks: block elements and {@code <br>} end a block,
 * inline elements (links, the mirrors' {@code <ok>} tags, emphasis) do not; headings, captions and
 * related-article link lists are marked as such. Whitespace that pretty-printing put between
 * Chinese characters is removed.
 */
final class HtmlBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "hr", "center",
            "address", "details", "summary", "caption", "body", "html");
    /** Inside these, blank lines in text are not paragraph breaks. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "dt", "dd", "figcaption", "pre", "caption", "summary");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…—·•]";
    private static final String CJK_PUNCT = "[\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…—·•]";
    /** Line breaks next to Chinese are the page's layout (pretty-printed HTML), not spaces. */
    private static final Pattern LAYOUT_NEAR_CJK = Pattern.compile(
            "(?<=" + CJK + ")[ \\t\\u00A0]*\\n\\s*|\\s*\\n[ \\t\\u00A0]*(?=" + CJK + ")");
    /** Next to Chinese punctuation a space means nothing. */
    private static final Pattern SPACE_NEAR_PUNCT = Pattern.compile(
            "(?<=" + CJK_PUNCT + ")\\s+|\\s+(?=" + CJK_PUNCT + ")");
    /**
     * Attributes that hold a caption the page shows on demand (a gallery's lightbox title, a
     * figure's data-caption): text users read with the picture, so people named there are mentioned.
     */
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("data-(?:[a-z0-9]+-)*(?:caption|item-title|item-description|photo-title)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");

    /** Elements that hold a caption (the outlets' caption classes), or null. */
    private final Evaluator caption;
    private final List<Block> out = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    /** Captions read from attributes while a paragraph is open: they follow it, not cut it in two. */
    private final List<Block> pendingCaptions = new ArrayList<>();
    private BlockKind currentKind = BlockKind.PARAGRAPH;

    private HtmlBlocks(Evaluator caption) {
        this.caption = caption;
    }

    /** The blocks under {@code root}; {@code caption} (parsed once: jsoup parses a selector string on every test) or null. */
    static List<Block> read(Element root, Evaluator caption) {
        HtmlBlocks b = new HtmlBlocks(caption);
        b.walk(root);
        b.flush();
        return b.out;
    }

    /**
     * Whitespace tidied: layout line breaks and spaces next to Chinese punctuation go, other runs
     * become one space (between two Chinese words a space separates, as in headlines).
     */
    static String tidy(String s) {
        String t = LAYOUT_NEAR_CJK.matcher(s).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        return SPACE_NEAR_PUNCT.matcher(t).replaceAll("").strip();
    }

    static boolean isCaption(Element e, Evaluator caption) {
        return caption != null && e.is(caption);
    }

    /** What an open element passes to its children, and what to restore when it closes. */
    private record Frame(BlockKind kind, boolean inParagraph, boolean block, BlockKind saved) {
    }

    /**
     * An iterative walk (jsoup's {@link NodeTraversor}), so that thousands of nested elements
     * cost no stack: the page's own nesting depth never limits what is read.
     */
    private void walk(Element root) {
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(BlockKind.PARAGRAPH, false, false, currentKind));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Frame parent = open.peek();
                if (node instanceof TextNode t) {
                    text(t.getWholeText(), parent.kind(), parent.inParagraph());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                    return FilterResult.SKIP_CHILDREN;
                }
                if (tag.equals("img")) {
                    image(e);
                    captionAttributes(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                open.push(enter(e, tag, parent));
                captionAttributes(e);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && !e.normalName().equals("br") && !e.normalName().equals("img")) {
                    Frame f = open.pop();
                    if (f.block()) {
                        flush();
                        currentKind = f.saved();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private Frame enter(Element e, String tag, Frame parent) {
        boolean block = BLOCK_TAGS.contains(tag);
        BlockKind k = parent.kind();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            k = BlockKind.HEADING;
        } else if (isCaption(e, caption)) {
            k = BlockKind.CAPTION;
            block = true;
        } else if (tag.equals("li") && parent.kind() != BlockKind.CAPTION && isLinkOnly(e)) {
            k = BlockKind.RELATED;
        }
        if (block) {
            flush();
        }
        BlockKind saved = currentKind;
        if (block) {
            currentKind = k;
        }
        return new Frame(k, parent.inParagraph() || PARAGRAPH_TAGS.contains(tag), block, saved);
    }

    private void text(String s, BlockKind kind, boolean inParagraph) {
        if (current.isEmpty()) {
            currentKind = kind;
        }
        if (!inParagraph && s.indexOf('\n') >= 0) {
            String[] parts = BLANK_LINE.split(s, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    flush();
                    currentKind = kind;
                }
                current.append(parts[i]);
            }
            return;
        }
        current.append(s);
    }

    /** Image descriptions written in Chinese are captions (Reuters puts its captions there). */
    private void image(Element img) {
        String alt = img.attr("aria-label");
        if (alt.isBlank()) {
            alt = img.attr("alt");
        }
        alt = tidy(alt);
        if (countHan(alt) >= 6) {
            flush();
            if (!repeatsLastCaption(alt)) {
                out.add(new Block(BlockKind.CAPTION, alt));
            }
        }
    }

    /**
     * Each caption attribute written in Chinese becomes a caption block. Some pages escape the
     * attribute twice ({@code &amp;middot;}), so entities left in the value are decoded once more;
     * a caption repeating the one just read (an image's alt text) is not read twice.
     */
    private void captionAttributes(Element e) {
        if (e.attributesSize() == 0) {
            return;
        }
        for (Attribute a : e.attributes()) {
            if (!CAPTION_ATTRIBUTE.matcher(a.getKey()).matches()) {
                continue;
            }
            String text = tidy(Parser.unescapeEntities(a.getValue(), false));
            if (countHan(text) >= 6 && !repeatsLastCaption(text)) {
                pendingCaptions.add(new Block(BlockKind.CAPTION, text));
            }
        }
    }

    /** A figure's caption attribute and its image's alt text often say the same: read it once. */
    private boolean repeatsLastCaption(String text) {
        List<Block> last = pendingCaptions.isEmpty() ? out : pendingCaptions;
        return !last.isEmpty() && last.get(last.size() - 1).text().equals(text);
    }

    private static boolean isLinkOnly(Element li) {
        String all = tidy(li.text());
        if (all.isEmpty()) {
            return false;
        }
        StringBuilder linked = new StringBuilder();
        for (Element a : li.select("a")) {
            linked.append(a.text());
        }
        return tidy(linked.toString()).equals(all);
    }

    private void flush() {
        if (!current.isEmpty()) {
            String text = tidy(current.toString());
            current.setLength(0);
            if (!text.isEmpty()) {
                out.add(new Block(currentKind, text));
            }
        }
        out.addAll(pendingCaptions);
        pendingCaptions.clear();
    }

    static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
