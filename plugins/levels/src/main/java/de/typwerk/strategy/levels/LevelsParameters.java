package de.typwerk.strategy.levels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code parameters:} of the {@code levels} strategy. Every key may be left out:
 *
 * <pre>{@code
 * parameters:
 *   threshold: 0.8          # share of the criteria that must reach a level (default 1: all)
 *   aggregation: mean       # mean | min | max: how answers on one criterion combine
 *   lookahead: 0.5          # 0..0.5: how much progress toward the next level shows as its share
 *   criteria: [a, b, c]     # the dimensions that are criteria (default: every dimension)
 *   levels:                 # per level (type id), a stricter or narrower requirement
 *     stufe-4: {threshold: 1.0, criteria: [a, c]}
 *   minAnswersPerDimension: 1   # answers a criterion needs not to be reported as thin (default 2)
 * }</pre>
 *
 * @param threshold   share in 0..1 of a level's criteria that must stand at or above it
 * @param aggregation how the stages shown by several answers on one criterion combine
 * @param lookahead   the share the next, unreached level gets per unit of progress toward it;
 *                    at most 0.5, so the reached level always keeps the larger share
 * @param criteria    dimension ids that count as criteria; empty means every dimension
 * @param levels      requirements that replace {@code threshold} or {@code criteria} for one level
 * @param minAnswersPerDimension answers a criterion needs before the engine's result calls it
 *                    covered (default 2, as the engine assumes); not used in scoring itself
 */
public record LevelsParameters(Double threshold,
                               Aggregation aggregation,
                               Double lookahead,
                               List<String> criteria,
                               Map<String, Requirement> levels,
                               Integer minAnswersPerDimension) {

    public static final double DEFAULT_THRESHOLD = 1.0;
    public static final double DEFAULT_LOOKAHEAD = 0.5;
    public static final double MAX_LOOKAHEAD = 0.5;
    public static final int DEFAULT_MIN_ANSWERS_PER_DIMENSION = 2;

    public LevelsParameters {
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        aggregation = aggregation == null ? Aggregation.MEAN : aggregation;
        lookahead = lookahead == null ? DEFAULT_LOOKAHEAD : lookahead;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        minAnswersPerDimension = minAnswersPerDimension == null ? DEFAULT_MIN_ANSWERS_PER_DIMENSION : minAnswersPerDimension;
    }

    /** All defaults: every dimension a criterion, every criterion must reach a level. */
    public static LevelsParameters defaults() {
        return new LevelsParameters(null, null, null, null, null, null);
    }

    /**
     * What one level demands, where it differs from the defaults.
     *
     * @param threshold share of {@code criteria} that must stand at or above the level; the
     *                  parameters' {@code threshold} when absent
     * @param criteria  the criteria this level looks at; the parameters' criteria when empty
     */
    public record Requirement(Optional<Double> threshold, List<String> criteria) {

        public Requirement {
            threshold = threshold == null ? Optional.empty() : threshold;
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }
}
