package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;

/** True when the given condition does not hold ({@code not: {...}}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface NotCondition extends Condition {

    /** {@return the condition that must not hold} */
    Condition not();

    /**
     * {@inheritDoc}
     *
     * @param answers answers by question id; unanswered questions absent
     * @return whether {@link #not()} does not hold
     */
    @Override
    default boolean holds(Map<String, Answer> answers) {
        Condition not = not();
        return not == null || !not.holds(answers);
    }
}
