package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A Likert-like question answered with a whole number from {@code min} to {@code max}; {@code labels} name some or all points. {@code weights} (type or dimension id to weight) say how the answer counts: the strategy scales the answer to 0..1 (min to max) and multiplies. */
@API(status = STABLE, since = "1.0")
public record ScaleQuestion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        @JsonProperty(required = true) int min,
        @JsonProperty(required = true) int max,
        Map<Integer, LocalizedText> labels,
        Map<String, Double> weights) implements Question {

    public ScaleQuestion {
        help = Lists.opt(help);
        when = Lists.opt(when);
        labels = Lists.copy(labels);
        weights = Lists.copy(weights);
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.SCALE;
    }

    /** Where {@code value} lies between {@code min} (0) and {@code max} (1). */
    public double normalise(int value) {
        return max == min ? 0.5 : (double) (value - min) / (max - min);
    }
}
