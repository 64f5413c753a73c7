package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** True when every listed condition holds ({@code all: [...]}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface AllCondition extends Condition {

    /** {@return the conditions that must all hold} */
    List<Condition> all();

    /**
     * {@inheritDoc} True for an empty list, as "all of nothing" is.
     *
     * @param answers answers by question id; unanswered questions absent
     * @return whether every listed condition holds
     */
    @Override
    default boolean holds(Map<String, Answer> answers) {
        for (Condition c : all()) {
            if (!c.holds(answers)) return false;
        }
        return true;
    }
}
