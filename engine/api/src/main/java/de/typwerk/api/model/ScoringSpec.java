package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How a questionnaire is scored.
 *
 * @param strategy     id of the {@link de.typwerk.api.spi.ScoringStrategy} to use
 * @param parameters   that strategy's parameters, checked against its parameter type and schema
 * @param alternatives parameters for other strategies, keyed by strategy id, so the same answers
 *                     can be scored another way ({@code --strategy ID})
 * @param mixedMargin  when the primary type leads the runner-up by less than this share, the
 *                     result is "mixed" (default 0.05)
 * @param minAnswered  share of the scorable questions that must be answered for a result; below
 *                     it the result is "insufficient" (default 0.5)
 * @param missing      how unanswered questions count (default {@code skip})
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"strategy", "parameters", "alternatives", "mixedMargin", "minAnswered", "missing"})
public record ScoringSpec(@JsonProperty(required = true) String strategy,
                          Map<String, Object> parameters,
                          Map<String, Map<String, Object>> alternatives,
                          Double mixedMargin,
                          Double minAnswered,
                          MissingAnswers missing) {

    public ScoringSpec {
        parameters = Lists.copy(parameters);
        alternatives = Lists.copy(alternatives);
        mixedMargin = mixedMargin == null ? 0.05 : mixedMargin;
        minAnswered = minAnswered == null ? 0.5 : minAnswered;
        missing = missing == null ? MissingAnswers.SKIP : missing;
    }

    /** The parameters for {@code strategyId}: the main ones if it is the definition's strategy. */
    public java.util.Optional<Map<String, Object>> parametersFor(String strategyId) {
        if (strategy.equals(strategyId)) return java.util.Optional.of(parameters);
        return java.util.Optional.ofNullable(alternatives.get(strategyId));
    }
}
