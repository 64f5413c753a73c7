package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A question answered by ordering options, most important first; with {@code top} set, only the first {@code top} places are asked for (pick and order the top N). */
@API(status = STABLE, since = "1.0")
public record RankingQuestion(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        List<Option> options,
        Integer top) implements Question {

    public RankingQuestion {
        help = Lists.opt(help);
        when = Lists.opt(when);
        options = Lists.copy(options);
        top = top != null ? top : options.size();
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.RANKING;
    }

    @Override
    public List<Option> choices() {
        return options;
    }
}
