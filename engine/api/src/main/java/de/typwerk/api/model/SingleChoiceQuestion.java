package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A question answered by picking exactly one option. */
@API(status = STABLE, since = "1.0")
public record SingleChoiceQuestion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        List<Option> options) implements Question {

    public SingleChoiceQuestion {
        help = Lists.opt(help);
        when = Lists.opt(when);
        options = Lists.copy(options);
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.SINGLE;
    }

    @Override
    public List<Option> choices() {
        return options;
    }
}
