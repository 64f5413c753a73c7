package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.apiguardian.api.API;

/**
 * A declarative condition on earlier answers, written in {@code when:}. The form is told by its
 * key: {@code question} (see {@link AnswerCondition}), {@code all}, {@code any} or {@code not}.
 * Conditions are total: they never fail, they are true or false.
 */
@API(status = STABLE, since = "1.0")
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
        @JsonSubTypes.Type(AnswerCondition.class),
        @JsonSubTypes.Type(AllCondition.class),
        @JsonSubTypes.Type(AnyCondition.class),
        @JsonSubTypes.Type(NotCondition.class)})
public sealed interface Condition permits AnswerCondition, AllCondition, AnyCondition, NotCondition {

    /**
     * Whether this condition holds for {@code answers} (question id to answer; unanswered questions
     * absent). Total and pure: it never throws and looks at nothing but its arguments, so the
     * engine, an interactive session and a strategy all agree on which questions are asked.
     */
    boolean holds(java.util.Map<String, Answer> answers);
}
