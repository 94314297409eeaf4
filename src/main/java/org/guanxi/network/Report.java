package org.guanxi.network;

import java.util.List;

/**
 * One meeting as one article reports it (a gx:Meeting).
 *
 * @param iri          the gx:Meeting's IRI
 * @param event        the corpus-wide gx:MeetingEvent it reports, or the meeting's own IRI when
 *                     it has none: reports of one event count as one meeting
 * @param participants IRIs of the people who met
 * @param status       Held, Planned or Cancelled (the term's local name)
 * @param mode         InPerson, Video, Phone, or "" when not known
 * @param date         the date's lexical form (2023, 2023-06 or 2023-06-14), or "" when not known
 * @param place        the place's label, or ""
 * @param evidence     the sentences it was read from
 */
public record Report(String iri, String event, List<String> participants, String status, String mode, String date,
        String place, List<String> evidence, Source source) {
    public Report {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }
}
