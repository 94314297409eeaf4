package org.guanxi.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanxi.config.DataSource;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.OfficeTerm;
import org.guanxi.text.Normalizer;

/**
 * The curated actors, places and organisations ({@code ontology/gazetteer/}): every name form of
 * each, folded as text is folded, pointing at one entity. A name form claimed by two entities
 * names neither (it is reported by {@link #ambiguous()}); a preferred label beats an alias.
 */
public final class Gazetteer {
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, String> placeKind = new HashMap<>();
    private final Map<String, String> countryCodeOfName = new HashMap<>();
    private final Map<String, List<OfficeTerm>> positions = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    /** Surname forms (the part after the last interpunct, or a short label) to the people who bear them. */
    private final Map<String, List<Entity>> bySurname = new HashMap<>();

    public Gazetteer(DataSource data, Normalizer normalizer) {
        Map<String, List<Entity>> claims = new HashMap<>();
        Set<String> preferred = new HashSet<>();
        for (String file : data.list("gazetteer", ".tsv")) {
            String base = file.substring(file.lastIndexOf('/') + 1);
            if (base.startsWith("persons")) {
                for (String[] r : data.table(file)) {
                    add(entity("person/", EntityType.PERSON, r[0], r[1], r[2], r[3], r[4], r[5]), claims, preferred, normalizer);
                }
            } else if (base.startsWith("places")) {
                for (String[] r : data.table(file)) {
                    Entity e = entity("place/", EntityType.PLACE, r[0], r[1], r[2], r[3], r[5], r[6]);
                    add(e, claims, preferred, normalizer);
                    placeKind.put(e.id(), r[4].strip());
                }
            } else if (base.startsWith("organizations")) {
                for (String[] r : data.table(file)) {
                    add(entity("org/", EntityType.ORGANIZATION, r[0], r[1], r[2], r[3], r[4], r[5]), claims, preferred, normalizer);
                }
            } else if (base.startsWith("positions")) {
                for (String[] r : data.table(file)) {
                    OfficeTerm p = new OfficeTerm("person/" + r[0].strip(), splitList(r[1]), r[2].strip(), blankToNull(r[3]),
                            blankToNull(r[4]), r.length > 5 ? blankToNull(r[5]) : null);
                    positions.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (var e : claims.entrySet()) {
            List<Entity> owners = e.getValue();
            Entity only = owners.get(0);
            boolean clear = owners.stream().allMatch(x -> x.id().equals(only.id()));
            if (!clear) {
                List<Entity> byLabel = owners.stream().filter(x -> preferred.contains(x.id() + "\t" + e.getKey())).distinct().toList();
                if (byLabel.size() == 1) {
                    byName.put(e.getKey(), byLabel.get(0));
                } else {
                    ambiguous.add(e.getKey());
                }
                continue;
            }
            byName.put(e.getKey(), only);
        }
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.PERSON) {
                Set<String> surnames = new HashSet<>();
                for (String n : names(e)) {
                    String k = key(n, normalizer);
                    int dot = k.lastIndexOf('·');
                    if (dot >= 0 && k.length() - dot - 1 >= 2) {
                        surnames.add(k.substring(dot + 1));
                    } else if (dot < 0 && k.length() <= 4 && HanlpAnalyzer.isHan(k.charAt(0))) {
                        surnames.add(k);
                    }
                }
                surnames.forEach(x -> bySurname.computeIfAbsent(x, z -> new ArrayList<>()).add(e));
            }
            String kind = placeKind.get(e.id());
            if (e.type() == EntityType.PLACE && ("country".equals(kind) || "territory".equals(kind))) {
                for (String n : names(e)) {
                    if (e.country() != null) {
                        countryCodeOfName.put(key(n, normalizer), e.country());
                    }
                }
            }
        }
    }

    private static Entity entity(String prefix, EntityType type, String id, String zh, String en, String qid,
                                 String country, String aliases) {
        return new Entity(prefix + id.strip(), type, zh.strip(), blankToNull(en), splitList(aliases), blankToNull(qid),
                blankToNull(country), true);
    }

    private void add(Entity e, Map<String, List<Entity>> claims, Set<String> preferred, Normalizer normalizer) {
        if (e.labelZh().isEmpty() || byId.containsKey(e.id())) {
            return;
        }
        byId.put(e.id(), e);
        for (String n : names(e)) {
            for (String k : variants(n, normalizer)) {
                if (k.length() >= 2) {
                    claims.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                }
            }
        }
        preferred.add(e.id() + "\t" + key(e.labelZh(), normalizer));
        if (e.labelEn() != null) {
            preferred.add(e.id() + "\t" + key(e.labelEn(), normalizer));
        }
    }

    /** Every name of the entity: Chinese label, English label, aliases. */
    public static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.labelZh());
        if (e.labelEn() != null) {
            out.add(e.labelEn());
        }
        out.addAll(e.aliases());
        return out;
    }

    /** The name as it is matched: normalised, lower case, and without interpuncts as a second form. */
    private static List<String> variants(String name, Normalizer normalizer) {
        String k = key(name, normalizer);
        String bare = k.replace("·", "");
        return bare.equals(k) || bare.length() < 3 ? List.of(k) : List.of(k, bare);
    }

    /** The matching key of a name: normalised and lower-cased, character for character. */
    public static String key(String name, Normalizer normalizer) {
        String n = normalizer.normalize(name.strip());
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            b.append(Character.toLowerCase(n.charAt(i)));
        }
        return b.toString();
    }

    private static List<String> splitList(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Entity byId(String id) {
        return byId.get(id);
    }

    /** The entity a folded name form names, or null. */
    public Entity byKey(String key) {
        return byName.get(key);
    }

    /** Folded name forms and the entities they name, for building a matcher. */
    public Map<String, Entity> names() {
        return byName;
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    public Set<String> ambiguous() {
        return ambiguous;
    }

    /** Kind of a curated place (country, city, vague-region...), or null. */
    public String placeKind(String id) {
        return placeKind.get(id);
    }

    /** The country code a folded country name stands for ("美国" gives "us"), or null. */
    public String countryCode(String key) {
        return countryCodeOfName.get(key);
    }

    /** The curated people a name form can be the surname of (桑德斯: Bernie and Sarah Sanders). */
    public List<Entity> bySurname(String key) {
        return bySurname.getOrDefault(key, List.of());
    }

    public List<OfficeTerm> positions(String personId) {
        return positions.getOrDefault(personId, List.of());
    }
}
