package de.typwerk.applications.cohort;

import java.util.List;

/**
 * How the outcomes spread over groups of municipalities.
 *
 * @param by      {@code kind} or {@code state}
 * @param columns the outcome columns: every type id in definition order, then {@code mixed}, then
 *                {@code none} when some result says that no type fits, then {@code insufficient}
 * @param groups  one tally per group: known kinds (gemeinde, stadt, kreis) first, then others
 *                alphabetically; states by their digits; {@link Tally#UNKNOWN} last
 * @param all     the tally over every member
 */
public record Distribution(String by, List<String> columns, List<Tally> groups, Tally all) {

    public static final String MIXED = "mixed";
    public static final String NONE = "none";
    public static final String INSUFFICIENT = "insufficient";

    public Distribution {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
    }
}
