package de.typwerk.presentation;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import java.util.List;
import java.util.Optional;
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
            "report.headline.none", "report.outcome.none", "report.types.none",
            "report.team", "report.recommendations", "report.strengths", "report.weaknesses.none",
            "report.learn-from", "report.learn-from-for", "report.learn-from-list",
            "report.types", "report.types.chart", "report.types.caption", "report.types.type",
            "report.types.legend", "report.types.legend.unit", "report.reasons.legend",
            "report.sofar.counts-for", "report.sofar.no-type", "report.sofar.not-kept",
            "report.sofar.missing", "report.sofar.missing.count");

    /**
     * The worded keys that name a stage after the word for stage ("die Stufe „{0}“"): each has a
     * twin ending in {@code .stages.named} for a stage whose name begins with that word.
     */
    private static final Set<String> NAMING = Set.of("report.recommendations", "report.learn-from", "report.learn-from-for",
            "report.learn-from-list", "report.sofar.counts-for");

    /**
     * Below this distance from a whole stage, a criterion's value counts as standing on it: a
     * value is written with six decimals, so its stage may be off by a few millionths.
     */
    private static final double WHOLE = 1e-4;

    private Stages() {}

    /** {@return the keys worded apart for stages, each of which has a twin ending in {@code .stages}} */
    static Set<String> worded() {
        return WORDED;
    }

    /**
     * Where a criterion stands among the stages: on one ({@code upper} empty) or between two.
     *
     * @param lower the stage reached, or the one it stands on
     * @param upper the next stage, where the criterion has come part of the way towards it
     */
    public record Standing(TypeDefinition lower, Optional<TypeDefinition> upper) {
    }

    /**
     * The stage a dimension's value means, for a result of an ordered strategy: {@code levels}
     * gives each criterion the value s / S, its stage s over the highest stage S (docs/levels.md),
     * so that 0,75 of five stages is stage 3. Read against the questionnaire's types, lowest first.
     *
     * @param strategyId    the strategy's id, as the result records it
     * @param questionnaire the definition, for its stages in order
     * @param value         the dimension's value, 0 to 1
     * @return the stage, or the two it lies between; empty for a strategy whose types are not
     *         stages, without the questionnaire, or with fewer than two stages
     */
    public static Optional<Standing> standing(String strategyId, Optional<Questionnaire> questionnaire, double value) {
        if (!ordered(strategyId) || questionnaire.isEmpty()) return Optional.empty();
        List<TypeDefinition> stages = questionnaire.get().types();
        int highest = stages.size() - 1;
        if (highest < 1 || Double.isNaN(value)) return Optional.empty();
        double stage = Math.max(0, Math.min(1, value)) * highest;
        long nearest = Math.round(stage);
        if (Math.abs(stage - nearest) < WHOLE) return Optional.of(new Standing(stages.get((int) nearest), Optional.empty()));
        int lower = (int) Math.floor(stage);
        return Optional.of(new Standing(stages.get(lower), Optional.of(stages.get(lower + 1))));
    }

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

    /**
     * The key to read for a text that names a stage: as {@link #key(String, String)}, and for a
     * stage whose name begins with the word for stage ("Stufe 3: Online-Antrag"), the twin that
     * leaves the word out, so that the text does not say it twice ("Empfehlungen für „Stufe 3: …“",
     * where a stage named "Managed" is "Empfehlungen für die Stufe „Managed“").
     *
     * @param key        the key as for types
     * @param strategyId the strategy's id, as the result records it
     * @param name       the stage's (type's) name as the text shows it
     * @param word       the word for stage in the text's language ({@code report.stage.word})
     * @return {@code key + ".stages.named"} for a naming key of an ordered strategy whose stage
     *         name begins with {@code word}, else what {@link #key(String, String)} returns
     */
    public static String key(String key, String strategyId, String name, String word) {
        String worded = key(key, strategyId);
        return worded.endsWith(".stages") && NAMING.contains(key) && beginsWith(name, word) ? worded + ".named" : worded;
    }

    /** {@return the keys whose stage wording names a stage after the word for stage, each with a twin ending in {@code .stages.named}} */
    static Set<String> naming() {
        return NAMING;
    }

    /** Whether {@code name} begins with {@code word} as a word of its own, in any case ("Stufe 3", "STUFE: …", not "Stufenweise"). */
    static boolean beginsWith(String name, String word) {
        return !word.isBlank() && name.regionMatches(true, 0, word, 0, word.length())
                && (name.length() == word.length() || !Character.isLetterOrDigit(name.charAt(word.length()))
                    || Character.isDigit(name.charAt(word.length())));
    }
}
