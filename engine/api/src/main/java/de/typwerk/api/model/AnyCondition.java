package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** True when at least one listed condition holds ({@code any: [...]}). */
@API(status = STABLE, since = "1.0")
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
