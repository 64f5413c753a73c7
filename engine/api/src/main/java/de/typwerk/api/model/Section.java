package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A titled group of questions, shown together. */
@API(status = STABLE, since = "1.0")
public record Section(@JsonProperty(required = true) String id,
                      @JsonProperty(required = true) LocalizedText title,
                      Optional<LocalizedText> description,
                      List<Question> questions) {

    public Section {
        description = Lists.opt(description);
        questions = Lists.copy(questions);
    }
}
