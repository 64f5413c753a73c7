package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** A question answered with a number, optionally bounded, optionally whole, with an optional unit. */
public record NumberQuestion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        Optional<Double> min,
        Optional<Double> max,
        boolean integer,
        Optional<LocalizedText> unit) implements Question {

    public NumberQuestion {
        help = Lists.opt(help);
        when = Lists.opt(when);
        min = Lists.opt(min);
        max = Lists.opt(max);
        unit = Lists.opt(unit);
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.NUMBER;
    }
}
