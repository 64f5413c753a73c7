package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.RankingQuestion;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A ranking question as read from a definition ({@code kind: ranking}); an absent {@code top} means all options. */
@API(status = INTERNAL, since = "1.0")
public record RankingDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        List<Option> options,
        @JsonProperty("top") Integer givenTop) implements RankingQuestion {

    public RankingDocument {
        help = Lists.opt(help);
        when = Lists.opt(when);
        options = Lists.copy(options);
        givenTop = givenTop != null ? givenTop : options.size();
    }

    @Override
    public int top() {
        return givenTop;
    }
}
