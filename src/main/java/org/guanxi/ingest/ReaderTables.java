package org.guanxi.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;

/** The page readers' data: selectors, boilerplate and by-line patterns, outlets (ontology/readers/). */
record ReaderTables(String dropSelector, List<String> contentSelectors, String captionSelector,
                    List<Pattern> boilerplate, List<Pattern> bylines, List<Pattern> datelines,
                    List<Pattern> titleSuffixes, List<String[]> outlets) {

    static ReaderTables load(DataSource data) {
        return new ReaderTables(
                String.join(", ", data.entries("readers/drop-selectors.txt")),
                data.entries("readers/content-selectors.txt").stream().map(String::strip).toList(),
                String.join(", ", data.entries("readers/caption-selectors.txt")),
                patterns(data.entries("readers/boilerplate.txt")),
                patterns(data.entries("readers/bylines.txt")),
                patterns(data.entries("readers/datelines.txt")),
                patterns(data.entries("readers/title-suffixes.txt")),
                data.table("readers/outlets.tsv"));
    }

    private static List<Pattern> patterns(List<String> lines) {
        List<Pattern> out = new ArrayList<>();
        for (String line : lines) {
            out.add(Pattern.compile(line.strip()));
        }
        return List.copyOf(out);
    }

    boolean isBoilerplate(String block) {
        for (Pattern p : boilerplate) {
            if (p.matcher(block).find()) {
                return true;
            }
        }
        return false;
    }

    /** The title without the site name a page appends to it. */
    String cleanTitle(String title) {
        String t = title;
        for (Pattern p : titleSuffixes) {
            t = p.matcher(t).replaceFirst("");
        }
        return t.strip();
    }

    /** The outlet publishing at this URL's host, or null. */
    String outletOf(String url) {
        if (url == null) {
            return null;
        }
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/?#:].*$", "").toLowerCase(Locale.ROOT);
        for (String[] row : outlets) {
            if (host.equals(row[0]) || host.endsWith("." + row[0])) {
                return row[1];
            }
        }
        return null;
    }
}
