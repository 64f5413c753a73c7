package de.typwerk.strategy.points;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code parameters:} of the points strategy; all optional, so {@code {}} is complete.
 *
 * @param exclude        ids of questions that give no points (e.g. questions kept for statistics only)
 * @param questionShares per question id, the share (0..1, together below 1) of every type's score
 *                       that question's answer decides; the other questions decide the rest
 *                       together (default: none, every point counts the same)
 */
public record PointsParameters(List<String> exclude, Map<String, Double> questionShares) {

    public PointsParameters {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        questionShares = questionShares == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(questionShares));
    }

    /** Without question shares. */
    public PointsParameters(List<String> exclude) {
        this(exclude, null);
    }

    /** No parameters: every question with points counts. */
    public static PointsParameters none() {
        return new PointsParameters(List.of());
    }

    /** The share of the score {@code question} decides; 0 when it has none. */
    double share(String question) {
        Double s = questionShares.get(question);
        return s == null ? 0 : s;
    }
}
