package de.typwerk.applications.cohort;

import de.typwerk.engine.result.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One municipality of a cohort, kept compact: what the analysis needs from its result and nothing
 * else (no reasons, dimensions or texts), so that a cohort of 100,000 fits easily in memory.
 *
 * @param line    the line of the results file it came from (1-based)
 * @param place   its AGS and what the AGS tells
 * @param name    its name, if the result names it
 * @param kind    {@code gemeinde}, {@code stadt}, {@code kreis} or what the questionnaire uses
 * @param outcome primary type, mixed pair, or insufficient
 * @param shares  each type's share, by type id
 * @param confirmed per type, the ids of the weak spots its answers confirm, as its row's
 *                  {@code recommendations} name them; for a type the row does not name there, every
 *                  weak spot of the type counts
 */
public record Member(long line, Place place, Optional<String> name, Optional<String> kind, Outcome outcome,
                     Map<String, Double> shares, Map<String, Set<String>> confirmed) {

    public Member {
        name = name == null ? Optional.empty() : name;
        kind = kind == null ? Optional.empty() : kind;
        shares = shares == null ? Map.of() : Map.copyOf(shares);
        confirmed = confirmed == null ? Map.of() : Map.copyOf(confirmed);
    }

    /** A member whose row does not say which weak spots its answers confirm: every one of its type counts. */
    public Member(long line, Place place, Optional<String> name, Optional<String> kind, Outcome outcome, Map<String, Double> shares) {
        this(line, place, name, kind, outcome, shares, Map.of());
    }

    /** Whether the answers confirm the weak spot {@code weakness} of {@code type}: always, where the row does not say. */
    public boolean confirms(String type, String weakness) {
        Set<String> spots = confirmed.get(type);
        return spots == null || spots.contains(weakness);
    }

    /** The primary type, when the result names one. */
    public Optional<String> primaryType() {
        return outcome instanceof Outcome.Primary p ? Optional.of(p.type()) : Optional.empty();
    }

    /** The types the result places it in: one for a primary type, two for a mixed result, none when insufficient. */
    public List<String> types() {
        if (outcome instanceof Outcome.Primary p) return List.of(p.type());
        if (outcome instanceof Outcome.Mixed m) return List.of(m.first(), m.second());
        return List.of();
    }

    /** Its share of {@code type}, 0 when the result does not list that type. */
    public double share(String type) {
        return shares.getOrDefault(type, 0.0);
    }
}
