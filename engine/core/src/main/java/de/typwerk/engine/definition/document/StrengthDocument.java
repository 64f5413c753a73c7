package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import org.apiguardian.api.API;

/** A strength as read from a definition. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "text"})
public record StrengthDocument(@JsonProperty(required = true) String id,
                               @JsonProperty(required = true) LocalizedText text) implements Strength {
}
