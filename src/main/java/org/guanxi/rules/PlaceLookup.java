package org.guanxi.rules;

import org.guanxi.doc.Entity;

/** Finds a place by one of its names (for destinations written as 访华, 访美): the gazetteer, wired in by the caller. */
@FunctionalInterface
public interface PlaceLookup {
    /** The place with this name, or null. */
    Entity place(String name);
}
