package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** True when at least one listed condition holds ({@code any: [...]}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface AnyCondition extends Condition {

    /** {@return the conditions of which one must hold} */
    List<Condition> any();

    /**
     * {@inheritDoc} False for an empty list, as "any of nothing" is.
     *
     * @param answers answers by question id; unanswered questions absent
     * @return whether at least one listed condition holds
     */
    @Override
    default boolean holds(Map<String, Answer> answers) {
        for (Condition c : any()) {
            if (c.holds(answers)) return true;
        }
        return false;
    }
}
