package org.guanxi.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.guanxi.doc.Article;

/**
 * IRIs of the things in the graph. An article is named by the file it was read from, so that
 * reading the same file again replaces its graph; entities by their stable id (the gazetteer's,
 * or the name found in text); facts by their article and number.
 */
public final class Iris {
    private Iris() {
    }

    /** The article's IRI, which is also the name of its graph. */
    public static Node article(Article a) {
        return article(a.sourcePath());
    }

    public static Node article(String sourcePath) {
        return NodeFactory.createURI(GX.ID + "article/" + articleKey(sourcePath));
    }

    public static String articleKey(String sourcePath) {
        return hash(sourcePath).substring(0, 16);
    }

    public static Node entity(String id) {
        return NodeFactory.createURI(GX.ID + encode(id));
    }

    /** A fact of an article: {@code kind} is meeting, statement, visit or position. */
    public static Node fact(Article a, String kind, int n) {
        return NodeFactory.createURI(GX.ID + kind + "/" + articleKey(a.sourcePath()) + "-" + n);
    }

    public static Node evidence(Node fact, int n) {
        return NodeFactory.createURI(fact.getURI() + "/evidence/" + n);
    }

    /** The corpus-wide event that every report of the same people meeting on the same date points to. */
    public static Node event(List<String> participants, String date) {
        String key = String.join("|", participants.stream().sorted().toList()) + "@" + date;
        return NodeFactory.createURI(GX.ID + "event/" + hash(key).substring(0, 16));
    }

    /** An id made safe for an IRI path: letters (any script), digits, - . _ · and / stay; the rest is percent-encoded. */
    static String encode(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '·' || cp == '/') {
                b.appendCodePoint(cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xFF));
                }
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
