package de.typwerk.engine.strategy;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.engine.i18n.Messages;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A strategy prepared for one questionnaire ({@link StrategyRunner#prepare}): the {@link PreparedScorer}
 * the strategy returned, with what every result scored by it records, or why there is none (no
 * parameters for it, parameters that do not read, a {@code prepare} that threw). Immutable; made
 * once per loaded questionnaire and strategy when first needed, then shared by every
 * scoring thread.
 */
public final class PreparedStrategy {

    private final String strategyId;
    private final String strategyVersion;
    private final Questionnaire questionnaire;
    private final Map<String, Object> parameters;
    private final MissingAnswers missing;
    private final PreparedScorer scorer;
    private final ClassLoader loader;
    private final SheetCheck.Ids ids;
    private final RunOutcome failure;
    /** Why it cannot score, said in a given language: {@link #failure} is this in the language it was prepared in. */
    private final Function<Messages, RunOutcome> failureIn;
    /** The language of {@link #failure}. */
    private final String preparedIn;
    /** {@link #failure} said in other languages, by language, as callers asked for them. */
    private final Map<String, RunOutcome> failuresByLanguage = new ConcurrentHashMap<>();
    /** The plugin it comes from, when it comes from one. */
    private final Optional<PluginOrigin> origin;
    /** What a call of it is, for {@link de.typwerk.engine.strategy.PluginCalls}: made once, not per call. */
    private final String label;

    private PreparedStrategy(String strategyId, String strategyVersion, Questionnaire questionnaire,
                             Map<String, Object> parameters, MissingAnswers missing, PreparedScorer scorer,
                             ClassLoader loader, Optional<PluginOrigin> origin, Messages preparedIn,
                             Function<Messages, RunOutcome> failureIn) {
        this.strategyId = strategyId;
        this.strategyVersion = strategyVersion;
        this.questionnaire = questionnaire;
        // copied once here, kept as they are by every sheet (CheckedSheet)
        this.parameters = parameters == null ? Map.of() : CheckedSheet.frozen(parameters);
        this.missing = missing;
        this.scorer = scorer;
        this.loader = loader;
        this.ids = scorer == null ? null : SheetCheck.Ids.of(questionnaire);
        this.failureIn = failureIn;
        this.failure = failureIn == null ? null : failureIn.apply(preparedIn);
        this.preparedIn = preparedIn == null ? null : preparedIn.language();
        this.origin = origin;
        this.label = "strategy '" + strategyId + "'";
    }

    static PreparedStrategy ready(String strategyId, String strategyVersion, Questionnaire questionnaire,
                                  Map<String, Object> parameters, MissingAnswers missing, PreparedScorer scorer,
                                  ClassLoader loader, Optional<PluginOrigin> origin) {
        return new PreparedStrategy(strategyId, strategyVersion, questionnaire, parameters, missing, scorer, loader, origin, null, null);
    }

    /**
     * A strategy that cannot score: {@code failure} says why in the language it is given, so that
     * an engine speaking another language ({@code Typwerk.speaking}) says it in its own.
     */
    static PreparedStrategy failed(String strategyId, Questionnaire questionnaire, Optional<PluginOrigin> origin,
                                   Messages preparedIn, Function<Messages, RunOutcome> failure) {
        return new PreparedStrategy(strategyId, "", questionnaire, Map.of(), MissingAnswers.SKIP, null, null, origin, preparedIn, failure);
    }

    /** The plugin it comes from, when it comes from one. */
    public Optional<PluginOrigin> origin() {
        return origin;
    }

    /**
     * The strategy as a message names it, in the language of {@code messages}: {@code 'points'},
     * or with its plugin {@code 'points' of the plugin 'typwerk-strategy-points' (plugins/points.jar)}.
     */
    public String named(Messages messages) {
        return named(strategyId, origin, messages);
    }

    /** A strategy as a message names it, with its plugin where {@code origin} is known; see {@link #named(Messages)}. */
    public static String named(String strategyId, Optional<PluginOrigin> origin, Messages messages) {
        if (origin.isEmpty()) return messages.get("scoring.strategy", strategyId);
        return messages.get("scoring.strategy-of-plugin", strategyId, origin.get().pluginId(),
                PluginOrigin.shown(origin.get().source(), messages));
    }

    /** What a thread running it is doing, as {@link PluginCalls#exiting()} says it. */
    @Override
    public String toString() {
        return label;
    }

    public String strategyId() {
        return strategyId;
    }

    /** The questionnaire it was prepared for. */
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Why it cannot score, if it cannot: the outcome of every call, in the language it was prepared in. */
    public Optional<RunOutcome> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Why it cannot score, if it cannot, said in the language of {@code messages}: made once per
     * language, since it may ask the plugin's exception for its message.
     */
    public Optional<RunOutcome> failure(Messages messages) {
        if (failureIn == null) return Optional.empty();
        if (messages.language().equals(preparedIn)) return Optional.of(failure);
        return Optional.of(failuresByLanguage.computeIfAbsent(messages.language(), language -> failureIn.apply(messages)));
    }

    String strategyVersion() {
        return strategyVersion;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    MissingAnswers missing() {
        return missing;
    }

    PreparedScorer scorer() {
        return scorer;
    }

    /** The context class loader for calls into the scorer. */
    ClassLoader loader() {
        return loader;
    }

    String label() {
        return label;
    }

    SheetCheck.Ids ids() {
        return ids;
    }
}
