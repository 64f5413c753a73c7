package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;

/** A question answered with a number, optionally bounded, optionally whole, with an optional unit. */
@API(status = STABLE, since = "1.0")
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
