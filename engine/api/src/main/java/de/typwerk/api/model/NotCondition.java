package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** True when the given condition does not hold ({@code not: {...}}). */
public record NotCondition(@JsonProperty(value = "not", required = true) Condition not) implements Condition {

    @Override
    public boolean holds(Map<String, Answer> answers) {
        return not == null || !not.holds(answers);
    }
}
