package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** A question answered by picking exactly one option. */
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
