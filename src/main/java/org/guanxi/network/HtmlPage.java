package org.guanxi.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;

/**
 * The network as one HTML file that works offline: vis-network's standalone build (read from its
 * webjar on the classpath), the network as JSON and the viewer script, all inlined.
 */
final class HtmlPage {
    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/vis-network/pom.properties";
    private static final String RESOURCES = "org/guanxi/network/";
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private HtmlPage() {
    }

    static void write(Network n, Writer out) throws IOException {
        Map<String, String> slots = Map.of(
                "title", escapeHtml(title(n)),
                "description", escapeHtml(n.filter().describe()),
                "library", scriptSafe(library()),
                "data", JSON.toStringFlat(PageData.of(n, title(n))).replace("<", "\\u003c"),
                "viewer", scriptSafe(resource(RESOURCES + "viewer.js")));
        out.write(fill(resource(RESOURCES + "page.html"), slots));
        out.flush();
    }

    static String title(Network n) {
        return n.focus() == null ? "Guanxi: who met whom" : "Guanxi: who met " + n.focus().label();
    }

    /** The template with each {{slot}} replaced once; inserted text is not scanned again. */
    static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder b = new StringBuilder(template.length() + slots.values().stream().mapToInt(String::length).sum());
        while (m.find()) {
            String v = slots.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("the page template has a slot {{" + m.group(1) + "}} no one fills");
            }
            m.appendReplacement(b, "");
            b.append(v);
        }
        m.appendTail(b);
        return b.toString();
    }

    /** vis-network's standalone UMD build, from whichever version of the webjar is on the classpath. */
    static String library() {
        Properties p = new Properties();
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException("vis-network's webjar is not on the classpath (" + WEBJAR + ")");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource("META-INF/resources/webjars/vis-network/" + p.getProperty("version") + "/standalone/umd/vis-network.min.js");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A script may hold anything but the text that ends it. */
    private static String scriptSafe(String js) {
        return js.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
