package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A question answered by picking between {@code minPicks} and {@code maxPicks} options (defaults: 0, or 1 when required; and all). */
@API(status = STABLE, since = "1.0")
public record MultipleChoiceQuestion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        List<Option> options,
        Integer minPicks,
        Integer maxPicks) implements Question {

    public MultipleChoiceQuestion {
        help = Lists.opt(help);
        when = Lists.opt(when);
        options = Lists.copy(options);
        minPicks = minPicks != null ? minPicks : (required ? 1 : 0);
        maxPicks = maxPicks != null ? maxPicks : options.size();
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.MULTI;
    }

    @Override
    public List<Option> choices() {
        return options;
    }
}
