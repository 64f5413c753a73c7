package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.TextQuestion;
import java.util.Optional;
import org.apiguardian.api.API;

/** A free-text question as read from a definition ({@code kind: text}); an absent {@code maxLength} means 2000. */
@API(status = INTERNAL, since = "1.0")
public record TextDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        @JsonProperty("maxLength") Integer givenMaxLength) implements TextQuestion {

    public TextDocument {
        help = Lists.opt(help);
        when = Lists.opt(when);
        givenMaxLength = givenMaxLength == null ? 2000 : givenMaxLength;
    }

    @Override
    public int maxLength() {
        return givenMaxLength;
    }
}
