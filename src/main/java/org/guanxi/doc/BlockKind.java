package org.guanxi.doc;

/** What part of a page a block of text comes from. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, CAPTION,
    /** Titles of related-article links: people and places in them count as mentioned, but no facts are read from them. */
    RELATED;

    public boolean carriesFacts() {
        return this != RELATED;
    }
}
