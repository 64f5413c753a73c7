package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.apiguardian.api.API;

/** True when the given condition does not hold ({@code not: {...}}). */
@API(status = STABLE, since = "1.0")
public record NotCondition(@JsonProperty(value = "not", required = true) Condition not) implements Condition {

    @Override
    public boolean holds(Map<String, Answer> answers) {
        return not == null || !not.holds(answers);
    }
}
