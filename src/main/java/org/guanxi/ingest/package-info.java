/**
 * Reading stage: jsoup lives here and only here. A page's bytes to an
 * {@link org.guanxi.doc.Article}: charset detection, the mirrors' Markdown shell, the body's
 * paragraphs, headings, captions and related links, dates, by-lines and outlet.
 */
package org.guanxi.ingest;
