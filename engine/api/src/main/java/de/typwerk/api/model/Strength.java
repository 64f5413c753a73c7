package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apiguardian.api.API;

/** Something others can learn from a type. */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "text"})
public record Strength(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) LocalizedText text) {
}
