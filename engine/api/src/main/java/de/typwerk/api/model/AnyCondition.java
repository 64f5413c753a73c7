package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** True when at least one listed condition holds ({@code any: [...]}). */
public record AnyCondition(@JsonProperty(value = "any", required = true) List<Condition> any) implements Condition {

    public AnyCondition {
        any = Lists.copy(any);
    }
}
