package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Section;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A section as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record SectionDocument(@JsonProperty(required = true) String id,
                              @JsonProperty(required = true) LocalizedText title,
                              Optional<LocalizedText> description,
                              List<Question> questions) implements Section {

    public SectionDocument {
        description = Lists.opt(description);
        questions = Lists.copy(questions);
    }
}
