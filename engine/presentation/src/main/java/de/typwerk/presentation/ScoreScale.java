package de.typwerk.presentation;

import java.util.Set;

/**
 * The scale a result's scores are on, where the report can say it: the strategies Typwerk ships
 * ({@code prototype}, {@code points}, {@code levels}) score every type from 0 to 1, as
 * docs/scoring.md derives; a plugin's strategy only promises finite scores, higher being closer,
 * so its report names no range.
 */
public final class ScoreScale {

    private static final Set<String> ZERO_TO_ONE = Set.of("prototype", "points", "levels");

    private ScoreScale() {}

    /**
     * Whether a strategy's scores run from 0 to 1.
     *
     * @param strategyId the strategy's id, as the result records it
     * @return true for the strategies Typwerk ships
     */
    public static boolean zeroToOne(String strategyId) {
        return ZERO_TO_ONE.contains(strategyId);
    }

    /**
     * The key of the note under the types' bars: with the range for a strategy that scores from 0
     * to 1, without it for any other.
     *
     * @param strategyId the strategy's id
     * @return {@code report.types.legend.unit} or {@code report.types.legend}
     */
    public static String legendKey(String strategyId) {
        return zeroToOne(strategyId) ? "report.types.legend.unit" : "report.types.legend";
    }
}
