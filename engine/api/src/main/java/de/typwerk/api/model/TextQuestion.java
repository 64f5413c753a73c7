package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** A question answered with free text of at most {@code maxLength} characters (default 2000). Free text never counts in scoring. */
public record TextQuestion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        Integer maxLength) implements Question {

    public TextQuestion {
        help = Lists.opt(help);
        when = Lists.opt(when);
        maxLength = maxLength == null ? 2000 : maxLength;
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.TEXT;
    }
}
