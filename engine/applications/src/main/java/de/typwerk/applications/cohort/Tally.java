package de.typwerk.applications.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One row of a distribution: a group (a kind of municipality, a state, or all) and how many of
 * its members fall under each outcome column.
 *
 * @param key    the group: the kind as results write it, the state's two digits, {@link #ALL}, or
 *               {@link #UNKNOWN}
 * @param total  members in the group
 * @param counts one per outcome column of the table, in its order
 */
public record Tally(String key, long total, List<Long> counts) {

    /** The group of members whose kind (or state) is not known. */
    public static final String UNKNOWN = "unknown";
    /** The row over every member. */
    public static final String ALL = "all";

    public Tally {
        counts = List.copyOf(counts);
    }

    /** {@code count} of {@link #total} in percent, one decimal, half up; 0.0 for an empty group. */
    public BigDecimal percent(long count) {
        if (total == 0) return BigDecimal.ZERO.setScale(1);
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
