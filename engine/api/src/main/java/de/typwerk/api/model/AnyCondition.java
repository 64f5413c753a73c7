package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** True when at least one listed condition holds ({@code any: [...]}). */
public record AnyCondition(@JsonProperty(value = "any", required = true) List<Condition> any) implements Condition {

    public AnyCondition {
        any = Lists.copy(any);
    }

    /** False for an empty list, as "any of nothing" is. */
    @Override
    public boolean holds(Map<String, Answer> answers) {
        return any.stream().anyMatch(c -> c.holds(answers));
    }
}
