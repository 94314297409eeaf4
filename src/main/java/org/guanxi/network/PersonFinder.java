package org.guanxi.network;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds the person a name means: an IRI, else an rdfs:label (Chinese or English), else a
 * skos:altLabel or gx:writtenAs; letter case is ignored. A name two people share names neither.
 */
final class PersonFinder {
    private PersonFinder() {
    }

    /** @throws IllegalArgumentException when no one, or more than one person, has the name */
    static Person find(Collection<Person> people, String name) {
        String n = fold(name);
        List<Predicate<Person>> tries = List.of(
                p -> p.iri().equals(name.strip()),
                p -> fold(p.label()).equals(n) || fold(p.english()).equals(n),
                p -> p.aliases().stream().anyMatch(a -> fold(a).equals(n)));
        for (Predicate<Person> t : tries) {
            List<Person> found = people.stream().filter(t).sorted(java.util.Comparator.comparing(Person::iri)).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException("'" + name + "' names " + found.size() + " people: "
                        + String.join(", ", found.stream().map(p -> p.label() + " <" + p.iri() + ">").toList())
                        + "; give a fuller name or the IRI");
            }
        }
        throw new IllegalArgumentException("no person called '" + name + "' in the store (names are matched against rdfs:label, skos:altLabel and gx:writtenAs)");
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
