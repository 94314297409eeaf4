package org.guanxi.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an ingest reads: the files named, and the files under the folders named, in a stable
 * order. Hidden files are passed over; files that are clearly not pages (by their extension) are
 * listed as skipped with the reason.
 */
record FileList(List<Path> pages, Map<String, String> skipped) {
    private static final Set<String> PAGE_EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm", "xhtml", "shtml", "text");

    static FileList collect(List<Path> inputs) throws IOException {
        List<Path> pages = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new IOException("no such file or folder: " + in);
            }
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(p -> !isHidden(in, p)).forEach(found::add);
                }
                found.sort(null);
            } else {
                found.add(in);
            }
            for (Path p : found) {
                String ext = extension(p);
                if (ext.isEmpty() || PAGE_EXTENSIONS.contains(ext)) {
                    pages.add(p);
                } else {
                    skipped.put(p.toString(), "not a news page (." + ext + " file)");
                }
            }
        }
        return new FileList(pages, skipped);
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
