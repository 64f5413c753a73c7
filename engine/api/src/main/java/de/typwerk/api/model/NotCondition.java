package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** True when the given condition does not hold ({@code not: {...}}). */
public record NotCondition(@JsonProperty(value = "not", required = true) Condition not) implements Condition {
}
