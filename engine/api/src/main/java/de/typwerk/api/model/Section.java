package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** A titled group of questions, shown together. */
public record Section(@JsonProperty(required = true) String id,
                      @JsonProperty(required = true) LocalizedText title,
                      Optional<LocalizedText> description,
                      List<Question> questions) {

    public Section {
        description = Lists.opt(description);
        questions = Lists.copy(questions);
    }
}
