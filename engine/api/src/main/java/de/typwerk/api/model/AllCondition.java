package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** True when every listed condition holds ({@code all: [...]}). */
public record AllCondition(@JsonProperty(value = "all", required = true) List<Condition> all) implements Condition {

    public AllCondition {
        all = Lists.copy(all);
    }
}
