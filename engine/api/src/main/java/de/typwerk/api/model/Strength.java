package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something others can learn from a type. */
@JsonPropertyOrder({"id", "text"})
public record Strength(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) LocalizedText text) {
}
