package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** How a questionnaire is scored ({@code scoring:}). Implemented by the engine, read by plugins. */
@API(status = STABLE, since = "1.0")
public interface ScoringSpec {

    /** {@return the id of the {@link de.typwerk.api.spi.ScoringStrategy} to use} */
    String strategy();

    /** {@return that strategy's parameters, checked against its parameter type and schema} */
    Map<String, Object> parameters();

    /**
     * {@return parameters for other strategies, keyed by strategy id, so that the same answers can
     * be scored another way ({@code --strategy ID})}
     */
    Map<String, Map<String, Object>> alternatives();

    /**
     * {@return the lead below which the result is "mixed": when the primary type leads the
     * runner-up by less than this share (as written, else 0.05)}
     */
    double mixedMargin();

    /**
     * {@return the share of the scorable questions that must be answered for a result; below it
     * the result is "insufficient" (as written, else 0.5)}
     */
    double minAnswered();

    /** {@return how unanswered questions count (as written, else {@link MissingAnswers#SKIP})} */
    MissingAnswers missing();

    /**
     * The parameters for a strategy.
     *
     * @param strategyId a strategy id
     * @return the main parameters if it is the definition's strategy, else its alternative ones,
     *         else empty
     */
    default Optional<Map<String, Object>> parametersFor(String strategyId) {
        if (strategy().equals(strategyId)) return Optional.of(parameters());
        return Optional.ofNullable(alternatives().get(strategyId));
    }
}
