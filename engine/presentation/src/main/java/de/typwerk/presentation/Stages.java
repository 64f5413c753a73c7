package de.typwerk.presentation;

import java.util.Set;

/**
 * Whether a result's types are ordered stages rather than peers, and the wording that follows: the
 * {@code levels} strategy reads a definition's types as levels, lowest first (docs/levels.md), so
 * its report speaks of "Ihre Stufe" and learning from the higher stages, and not of types none of
 * which is better than another. Known from the strategy the result records, not from a
 * questionnaire's id; a plugin's strategy promises nothing about an order, so its types stay types.
 */
public final class Stages {

    private static final Set<String> ORDERED = Set.of("levels");

    /** The keys worded apart for stages: each has a twin ending in {@code .stages} in every bundle that has it. */
    private static final Set<String> WORDED = Set.of(
            "report.headline.primary", "report.headline.primary.provisional",
            "report.headline.mixed", "report.headline.mixed.provisional",
            "report.outcome.primary", "report.outcome.primary.provisional",
            "report.outcome.only", "report.outcome.only.provisional",
            "report.outcome.mixed", "report.outcome.mixed.provisional",
            "report.team", "report.recommendations", "report.strengths", "report.weaknesses.none",
            "report.learn-from", "report.learn-from-for", "report.learn-from-list",
            "report.types", "report.types.chart", "report.types.caption", "report.types.type",
            "report.types.legend", "report.types.legend.unit",
            "report.sofar.counts-for", "report.sofar.no-type", "report.sofar.not-kept",
            "report.sofar.missing", "report.sofar.missing.count");

    private Stages() {}

    /**
     * Whether a strategy's types are ordered stages.
     *
     * @param strategyId the strategy's id, as the result records it
     * @return true for {@code levels}
     */
    public static boolean ordered(String strategyId) {
        return ORDERED.contains(strategyId);
    }

    /**
     * The key to read for a text: its stage wording where the strategy's types are stages.
     *
     * @param key        the key as for types
     * @param strategyId the strategy's id, as the result records it
     * @return {@code key + ".stages"} for a worded key of an ordered strategy, else {@code key}
     */
    public static String key(String key, String strategyId) {
        return ordered(strategyId) && WORDED.contains(key) ? key + ".stages" : key;
    }
}
