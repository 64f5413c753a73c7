package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;

/** A question answered with free text of at most {@code maxLength} characters (default 2000). Free text never counts in scoring. */
@API(status = STABLE, since = "1.0")
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
