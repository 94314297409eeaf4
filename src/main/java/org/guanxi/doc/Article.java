package org.guanxi.doc;

import java.time.LocalDate;
import java.util.List;

/**
 * A news page as read from disk: where it came from, what it says about itself, and its text as
 * ordered blocks (title first). Nullable fields are unknown.
 *
 * @param sourceFile the input file's name, without folders
 * @param sourcePath the absolute path it was read from; it identifies the article in the store
 * @param contentHash SHA-256 of the file's bytes, to skip unchanged files on re-ingest
 * @param published  publication date, or null when the page does not give one
 * @param bylines    reporters, editors and translators named in by-lines
 */
public record Article(String sourceFile, String sourcePath, String contentHash, String title,
                      LocalDate published, String url, String outlet, List<String> bylines,
                      List<Block> blocks, String charset) {
    public Article {
        bylines = List.copyOf(bylines);
        blocks = List.copyOf(blocks);
    }
}
