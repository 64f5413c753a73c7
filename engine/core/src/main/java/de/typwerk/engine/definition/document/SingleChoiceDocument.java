package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.SingleChoiceQuestion;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A single-choice question as read from a definition ({@code kind: single}). */
@API(status = INTERNAL, since = "1.0")
public record SingleChoiceDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        List<Option> options) implements SingleChoiceQuestion {

    public SingleChoiceDocument {
        help = Lists.opt(help);
        when = Lists.opt(when);
        options = Lists.copy(options);
    }
}
