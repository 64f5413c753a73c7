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
    /** What a call of it is, for {@link de.typwerk.engine.strategy.PluginCalls}: made once, not per call. */
    private final String label;

    private PreparedStrategy(String strategyId, String strategyVersion, Questionnaire questionnaire,
                             Map<String, Object> parameters, MissingAnswers missing, PreparedScorer scorer,
                             ClassLoader loader, RunOutcome failure) {
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
        this.label = "strategy '" + strategyId + "'";
    }

    static PreparedStrategy ready(String strategyId, String strategyVersion, Questionnaire questionnaire,
                                  Map<String, Object> parameters, MissingAnswers missing, PreparedScorer scorer,
                                  ClassLoader loader) {
        return new PreparedStrategy(strategyId, strategyVersion, questionnaire, parameters, missing, scorer, loader, null);
    }

    static PreparedStrategy failed(String strategyId, Questionnaire questionnaire, RunOutcome failure) {
        return new PreparedStrategy(strategyId, "", questionnaire, Map.of(), MissingAnswers.SKIP, null, null, failure);
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
