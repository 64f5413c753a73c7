package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** True when every listed condition holds ({@code all: [...]}). */
@API(status = STABLE, since = "1.0")
public record AllCondition(@JsonProperty(value = "all", required = true) List<Condition> all) implements Condition {

    public AllCondition {
        all = Lists.copy(all);
    }

    /** True for an empty list, as "all of nothing" is. */
    @Override
    public boolean holds(Map<String, Answer> answers) {
        return all.stream().allMatch(c -> c.holds(answers));
    }
}
