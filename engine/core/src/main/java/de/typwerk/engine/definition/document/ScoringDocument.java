package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.ScoringSpec;
import java.util.Map;
import org.apiguardian.api.API;

/** A {@code scoring:} block as read from a definition; absent values take their defaults. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"strategy", "parameters", "alternatives", "mixedMargin", "minAnswered", "missing"})
public record ScoringDocument(@JsonProperty(required = true) String strategy,
                              Map<String, Object> parameters,
                              Map<String, Map<String, Object>> alternatives,
                              @JsonProperty("mixedMargin") Double givenMixedMargin,
                              @JsonProperty("minAnswered") Double givenMinAnswered,
                              @JsonProperty("missing") MissingAnswers givenMissing) implements ScoringSpec {

    public ScoringDocument {
        parameters = Lists.copy(parameters);
        alternatives = Lists.copy(alternatives);
        givenMixedMargin = givenMixedMargin == null ? 0.05 : givenMixedMargin;
        givenMinAnswered = givenMinAnswered == null ? 0.5 : givenMinAnswered;
        givenMissing = givenMissing == null ? MissingAnswers.SKIP : givenMissing;
    }

    /** A block naming only its strategy: no parameters, every other value its default. */
    public static ScoringDocument of(String strategy) {
        return new ScoringDocument(strategy, null, null, null, null, null);
    }

    @Override
    public double mixedMargin() {
        return givenMixedMargin;
    }

    @Override
    public double minAnswered() {
        return givenMinAnswered;
    }

    @Override
    public MissingAnswers missing() {
        return givenMissing;
    }
}
