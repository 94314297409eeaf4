package org.guanxi.doc;

/** A person travelling to a place. */
public record Visit(String visitor, String destination, Status status, DateValue date, Evidence evidence) {
}
