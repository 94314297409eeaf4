package org.guanxi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape: each library stays in its package, records are plain JDK, and imports
 * only point back along the pipeline (doc ← stages ← rdf ← store/query/export ← cli).
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/guanxi");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** Packages each package may import from (besides itself and the JDK). */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("doc", List.of()),
            Map.entry("config", List.of()),
            Map.entry("ingest", List.of("doc", "config", "org.jsoup")),
            Map.entry("text", List.of("doc", "config")),
            Map.entry("ner", List.of("doc", "config", "text", "com.hankcs")),
            Map.entry("link", List.of("doc", "config", "text")),
            Map.entry("rules", List.of("doc", "config", "text")),
            Map.entry("rdf", List.of("doc", "org.apache.jena")),
            Map.entry("store", List.of("doc", "rdf", "org.apache.jena")),
            Map.entry("query", List.of("doc", "rdf", "org.apache.jena")),
            Map.entry("export", List.of("doc", "rdf", "org.apache.jena", "com.apicatalog", "jakarta.json")), // Titanium: Jena's JSON-LD engine
            Map.entry("pipeline", List.of("doc", "config", "ingest", "text", "ner", "link", "rules", "rdf", "store", "org.apache.jena")),
            // Jetty: Fuseki exposes its listening socket (to bind a host) only as Jetty's connector
            Map.entry("serve", List.of("doc", "rdf", "store", "query", "org.apache.jena", "org.eclipse.jetty")),
            Map.entry("network", List.of("doc", "rdf", "store", "query", "org.apache.jena", "org.jgrapht")),
            Map.entry("cli", List.of("doc", "config", "ingest", "text", "ner", "link", "rules", "rdf", "store", "query", "export",
                    "pipeline", "serve", "network", "org.apache.jena", "org.apache.commons.cli")));

    @Test
    void importsFollowThePipeline() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                List<String> allowed = ALLOWED.get(pkg);
                assertTrue(allowed != null, "package " + pkg + " has no entry in ArchitectureTest");
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (imp.startsWith("java.") || imp.startsWith("javax.") || imp.startsWith("org.guanxi." + pkg + ".")) {
                        continue;
                    }
                    String target = imp.startsWith("org.guanxi.") ? imp.split("\\.")[2] : imp;
                    if (allowed.stream().noneMatch(a -> target.equals(a) || target.startsWith(a + "."))) {
                        wrong.add(MAIN.relativize(f) + " imports " + imp);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void everyPackageSaysWhatItIs() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(d.resolve("package-info.java")), d + " has no package-info.java");
            }
        }
    }
}
