package org.guanxi.doc;

/**
 * Something a person said.
 *
 * @param content what was said, without the speaker or the verb of saying
 * @param date    null when not known
 */
public record Statement(String speaker, String content, DateValue date, Evidence evidence) {
}
