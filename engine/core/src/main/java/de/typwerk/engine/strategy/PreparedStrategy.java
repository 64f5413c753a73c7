package de.typwerk.engine.strategy;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import java.util.Map;
import java.util.Optional;

/**
 * A strategy prepared for one questionnaire ({@link StrategyRunner#prepare}): the {@link PreparedScorer}
 * the strategy returned, with what every result scored by it records, or why there is none (no
 * parameters for it, parameters that do not read, a {@code prepare} that threw). Immutable; made
 * once per loaded questionnaire and strategy while the engine starts, then shared by every
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
    /** The plugin it comes from, when it comes from one. */
    private final Optional<PluginOrigin> origin;
    /** What a call of it is, for {@link de.typwerk.engine.strategy.PluginCalls}: made once, not per call. */
    private final String label;

    private PreparedStrategy(String strategyId, String strategyVersion, Questionnaire questionnaire,
                             Map<String, Object> parameters, MissingAnswers missing, PreparedScorer scorer,
                             ClassLoader loader, Optional<PluginOrigin> origin, RunOutcome failure) {
        this.strategyId = strategyId;
        this.strategyVersion = strategyVersion;
        this.questionnaire = questionnaire;
        // copied once here, kept as they are by every sheet (CheckedSheet)
        this.parameters = parameters == null ? Map.of() : CheckedSheet.frozen(parameters);
        this.missing = missing;
        this.scorer = scorer;
        this.loader = loader;
        this.ids = scorer == null ? null : SheetCheck.Ids.of(questionnaire);
        this.failure = failure;
        this.origin = origin;
        this.label = "strategy '" + strategyId + "'";
    }

    static PreparedStrategy ready(String strategyId, String strategyVersion, Questionnaire questionnaire,
                                  Map<String, Object> parameters, MissingAnswers missing, PreparedScorer scorer,
                                  ClassLoader loader, Optional<PluginOrigin> origin) {
        return new PreparedStrategy(strategyId, strategyVersion, questionnaire, parameters, missing, scorer, loader, origin, null);
    }

    static PreparedStrategy failed(String strategyId, Questionnaire questionnaire, Optional<PluginOrigin> origin, RunOutcome failure) {
        return new PreparedStrategy(strategyId, "", questionnaire, Map.of(), MissingAnswers.SKIP, null, null, origin, failure);
    }

    /** The plugin it comes from, when it comes from one. */
    public Optional<PluginOrigin> origin() {
        return origin;
    }

    /**
     * The strategy as a message names it, in the language of {@code messages}: {@code 'points'},
     * or with its plugin {@code 'points' of the plugin 'typwerk-strategy-points' (plugins/points.jar)}.
     */
    public String named(de.typwerk.engine.i18n.Messages messages) {
        return named(strategyId, origin, messages);
    }

    static String named(String strategyId, Optional<PluginOrigin> origin, de.typwerk.engine.i18n.Messages messages) {
        if (origin.isEmpty()) return messages.get("scoring.strategy", strategyId);
        String source = PluginOrigin.classPathLocation(origin.get().source())
                .map(location -> messages.get("scoring.class-path", location)).orElse(origin.get().source());
        return messages.get("scoring.strategy-of-plugin", strategyId, origin.get().pluginId(), source);
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

    /** Why it cannot score, if it cannot: the outcome of every call. */
    public Optional<RunOutcome> failure() {
        return Optional.ofNullable(failure);
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
