package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A declarative condition on earlier answers, written in {@code when:}. The form is told by its
 * key: {@code question} (see {@link AnswerCondition}), {@code all}, {@code any} or {@code not}.
 * Conditions are total: they never fail, they are true or false.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
        @JsonSubTypes.Type(AnswerCondition.class),
        @JsonSubTypes.Type(AllCondition.class),
        @JsonSubTypes.Type(AnyCondition.class),
        @JsonSubTypes.Type(NotCondition.class)})
public sealed interface Condition permits AnswerCondition, AllCondition, AnyCondition, NotCondition {
}
