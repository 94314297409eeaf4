package org.guanxi.doc;

import java.util.List;

/**
 * A contact between two or more people.
 *
 * @param participants entity ids, at least two, no repeats
 * @param mode         null when the text does not say
 * @param date         null when not known
 * @param place        place entity id, or null
 * @param evidence     every sentence that reports it, first one first
 */
public record Meeting(List<String> participants, Status status, Mode mode, DateValue date, String place,
                      List<Evidence> evidence) {
    public Meeting {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        if (participants.size() < 2 || participants.stream().distinct().count() != participants.size()) {
            throw new IllegalArgumentException("a meeting needs two or more distinct participants: " + participants);
        }
    }
}
