package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.AnswerCondition;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A test of one answer as read from a definition ({@code question: …}). */
@API(status = INTERNAL, since = "1.0")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AnswerConditionDocument(@JsonProperty(required = true) String question,
                                      List<String> anyOf,
                                      Optional<Double> min,
                                      Optional<Double> max,
                                      Optional<Boolean> answered) implements AnswerCondition {

    public AnswerConditionDocument {
        anyOf = Lists.copy(anyOf);
        min = Lists.opt(min);
        max = Lists.opt(max);
        answered = Lists.opt(answered);
    }
}
