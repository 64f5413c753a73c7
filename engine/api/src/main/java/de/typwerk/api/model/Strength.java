package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Something others can learn from a type. */
public record Strength(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) LocalizedText text) {
}
