package de.typwerk.api.model.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The scoring strategy that produced a result, by id and version. */
@JsonPropertyOrder({"id", "version"})
public record ResultStrategy(String id, String version) {
}
