package de.typwerk.strategy.points;

import java.util.List;

/**
 * The {@code parameters:} of the points strategy; all optional, so {@code {}} is complete.
 *
 * @param exclude ids of questions that give no points (e.g. questions kept for statistics only)
 */
public record PointsParameters(List<String> exclude) {

    public PointsParameters {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** No parameters: every question with points counts. */
    public static PointsParameters none() {
        return new PointsParameters(List.of());
    }
}
