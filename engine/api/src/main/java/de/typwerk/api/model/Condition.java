package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A declarative condition on earlier answers, written in {@code when:}. The form is told by its
 * key: {@code question} (see {@link AnswerCondition}), {@code all}, {@code any} or {@code not}.
 * Conditions are total: they never fail, they are true or false. Implemented by the engine, read
 * (and evaluated) by plugins.
 */
@API(status = STABLE, since = "1.0")
public sealed interface Condition permits AnswerCondition, AllCondition, AnyCondition, NotCondition {

    /**
     * Whether this condition holds. Total and pure: it never throws and looks at nothing but its
     * arguments, so the engine, an interactive session and a strategy all agree on which questions
     * are asked.
     *
     * @param answers answers by question id; unanswered questions absent
     * @return whether it holds
     */
    boolean holds(Map<String, Answer> answers);
}
