package org.guanxi.network;

/**
 * The article a fact was read from.
 *
 * @param file      gx:sourceFile, the input file's name
 * @param url       the page's address (dcterms:source), or ""
 * @param title     the article's title, or ""
 * @param published its publication date, or ""
 */
public record Source(String file, String url, String title, String published) {
}
