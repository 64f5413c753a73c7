package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A multiple-choice question as read from a definition ({@code kind: multi}); absent pick bounds take their defaults. */
@API(status = INTERNAL, since = "1.0")
public record MultipleChoiceDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        List<Option> options,
        @JsonProperty("minPicks") Integer givenMinPicks,
        @JsonProperty("maxPicks") Integer givenMaxPicks) implements MultipleChoiceQuestion {

    public MultipleChoiceDocument {
        help = Lists.opt(help);
        when = Lists.opt(when);
        options = Lists.copy(options);
        givenMinPicks = givenMinPicks != null ? givenMinPicks : (required ? 1 : 0);
        givenMaxPicks = givenMaxPicks != null ? givenMaxPicks : options.size();
    }

    @Override
    public int minPicks() {
        return givenMinPicks;
    }

    @Override
    public int maxPicks() {
        return givenMaxPicks;
    }
}
