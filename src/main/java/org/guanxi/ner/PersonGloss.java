package org.guanxi.ner;

import java.util.Set;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.text.Normalizer;

/**
 * Whether the Latin words in brackets after a Chinese-written name can be a person's name, and so
 * vouch for the name as a person's. News text glosses firms, media, places and events the same
 * way it glosses people (易普索（Ipsos Group）, 佩特斯桥 cut to 佩特斯（Edmund Pettus Bridge）,
 * 莫雷诺谷（Moreno Valley）), so a gloss with a word that names an institution or place (Group,
 * University, Bridge, Valley), written all in capitals (HSBC UK), or naming a place or body the
 * gazetteer holds (Hong Kong) says nothing about a person.
 */
final class PersonGloss {
    /** Last words of the Latin names of institutions, firms and structures, which no person's name has. */
    private static final Set<String> THING_HEADS = Set.of("University", "College", "Institute", "Group", "Company", "Corporation",
            "Corp", "Inc", "Ltd", "Limited", "LLC", "Plc", "Holdings", "Bank", "Foundation", "Hospital", "School", "Academy",
            "Association", "Society", "Agency", "Museum", "Library", "Laboratory", "Airlines", "Airways", "Motors",
            "Technologies", "Industries", "Securities", "Insurance", "Pharmaceuticals", "Entertainment", "Studios",
            "Bridge", "Valley", "Airport", "Hotel", "Stadium",
            // makes of cars and luxury goods, glossed in brackets like people (路虎（Range Rover）, 劳斯莱斯（Rolls Royce）)
            "Rover", "Royce", "Benz", "Vuitton");
    private final Set<String> notNameWords;
    private final Gazetteer gazetteer;
    private final Normalizer normalizer;

    PersonGloss(Set<String> notNameWords, Gazetteer gazetteer, Normalizer normalizer) {
        this.notNameWords = notNameWords;
        this.gazetteer = gazetteer;
        this.normalizer = normalizer;
    }

    /** True when {@code gloss} names an institution, a firm or a structure (Johns Hopkins University, Ipsos Group). */
    static boolean namesAThing(String gloss) {
        for (String w : gloss.trim().split("\\s+")) {
            if (THING_HEADS.contains(w.replaceAll("[.,]+$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code gloss} may be a person's name. */
    boolean mayNameAPerson(String gloss) {
        String g = gloss.trim();
        if (g.chars().noneMatch(Character::isLowerCase)) {
            return false; // an acronym or a name written in capitals throughout (HSBC UK, IBM)
        }
        for (String w : g.split("\\s+")) {
            if (notNameWords.contains(w.replaceAll("[.,]+$", ""))) {
                return false;
            }
        }
        Entity known = gazetteer.byKey(Gazetteer.key(g, normalizer));
        return known == null || known.type() == EntityType.PERSON;
    }
}
