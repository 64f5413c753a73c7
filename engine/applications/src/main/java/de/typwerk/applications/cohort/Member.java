package de.typwerk.applications.cohort;

import de.typwerk.engine.result.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 */
public record Member(long line, Place place, Optional<String> name, Optional<String> kind, Outcome outcome,
                     Map<String, Double> shares) {

    public Member {
        name = name == null ? Optional.empty() : name;
        kind = kind == null ? Optional.empty() : kind;
        shares = shares == null ? Map.of() : Map.copyOf(shares);
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
