package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A test of one earlier question's answer. With no further key it is true when the question was
 * answered; {@code answered: false} inverts that. {@code anyOf} is true when the chosen option (or,
 * for multiple choice and ranking, any chosen option) is listed. {@code min}/{@code max} bound
 * the value of a scale or number answer (inclusive). Given together, all must hold.
 * An unanswered question fails every test but {@code answered: false}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AnswerCondition(@JsonProperty(required = true) String question,
                              List<String> anyOf,
                              Optional<Double> min,
                              Optional<Double> max,
                              Optional<Boolean> answered) implements Condition {

    public AnswerCondition {
        anyOf = Lists.copy(anyOf);
        min = Lists.opt(min);
        max = Lists.opt(max);
        answered = Lists.opt(answered);
    }
}
