package org.guanxi.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's data files by their path under {@code ontology/}: from a folder when one is
 * given (to try edits without rebuilding), otherwise from the copy packed into the jar.
 */
public final class DataSource {
    private final Path folder;

    private DataSource(Path folder) {
        this.folder = folder;
    }

    /** The data packed into the jar. */
    public static DataSource bundled() {
        return new DataSource(null);
    }

    /** Data read from {@code folder} (the project's {@code ontology/} or a copy of it). */
    public static DataSource folder(Path folder) {
        return new DataSource(folder);
    }

    public boolean exists(String name) {
        if (folder != null) {
            return Files.isRegularFile(folder.resolve(name));
        }
        return DataSource.class.getClassLoader().getResource("ontology/" + name) != null;
    }

    public InputStream open(String name) throws IOException {
        if (folder != null) {
            return Files.newInputStream(folder.resolve(name));
        }
        InputStream in = DataSource.class.getClassLoader().getResourceAsStream("ontology/" + name);
        if (in == null) {
            throw new IOException("data file not found: ontology/" + name);
        }
        return in;
    }

    /** All lines of a UTF-8 text file. */
    public List<String> lines(String name) {
        try (InputStream in = open(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
            if (!out.isEmpty() && out.get(0).startsWith("\uFEFF")) {
                out.set(0, out.get(0).substring(1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file ontology/" + name + ": " + e.getMessage(), e);
        }
    }

    /** Lines without comments ({@code #} at line start) and blank lines, trimmed at the end. */
    public List<String> entries(String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(name)) {
            String s = line.stripTrailing();
            if (!s.isBlank() && !s.stripLeading().startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Rows of a tab-separated file with a header line; comment and blank lines skipped, every row
     * as wide as the header (missing trailing fields are empty).
     */
    public List<String[]> table(String name) {
        List<String[]> out = new ArrayList<>();
        int width = -1;
        for (String line : lines(name)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.replace("\r", "").split("\t", -1);
            if (width < 0) {
                width = cells.length;
                continue;
            }
            out.add(cells.length >= width ? cells : java.util.Arrays.copyOf(cells, width));
        }
        for (String[] row : out) {
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i] == null ? "" : row[i];
            }
        }
        return out;
    }

    /** Paths (under {@code ontology/}) of the files in a folder of the data whose names end with {@code suffix}, sorted. */
    public List<String> list(String dir, String suffix) {
        List<String> out = new ArrayList<>();
        try {
            if (folder != null) {
                try (var s = Files.list(folder.resolve(dir))) {
                    s.map(p -> p.getFileName().toString()).forEach(n -> out.add(dir + "/" + n));
                }
            } else {
                listBundled(dir, out);
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new UncheckedIOException("cannot list ontology/" + dir, e instanceof IOException io ? io : new IOException(e));
        }
        out.removeIf(n -> !n.endsWith(suffix));
        out.sort(null);
        return out;
    }

    private static void listBundled(String dir, List<String> out) throws IOException, java.net.URISyntaxException {
        Path code = Path.of(DataSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String prefix = "ontology/" + dir + "/";
        if (Files.isDirectory(code)) {
            Path d = code.resolve(prefix);
            if (Files.isDirectory(d)) {
                try (var s = Files.list(d)) {
                    s.forEach(p -> out.add(dir + "/" + p.getFileName()));
                }
            }
            return;
        }
        try (var jar = new java.util.jar.JarFile(code.toFile())) {
            jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.startsWith(prefix) && n.length() > prefix.length() && n.indexOf('/', prefix.length()) < 0)
                    .forEach(n -> out.add(n.substring("ontology/".length())));
        }
    }
}
