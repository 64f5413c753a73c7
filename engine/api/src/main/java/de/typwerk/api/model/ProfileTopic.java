package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A heading that every type's profile answers, e.g. "Was macht mich aus?". Declared once per
 * questionnaire; {@link TypeDefinition#profile()} is keyed by these ids.
 */
public record ProfileTopic(@JsonProperty(required = true) String id,
                           @JsonProperty(required = true) LocalizedText title) {
}
