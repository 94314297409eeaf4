package org.guanxi.doc;

/** Whether a meeting or visit took place, as of the article's publication. */
public enum Status {
    HELD, PLANNED, CANCELLED
}
