package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apiguardian.api.API;

/** The scoring strategy that produced a result, by id and version. */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "version"})
public record ResultStrategy(String id, String version) {
}
