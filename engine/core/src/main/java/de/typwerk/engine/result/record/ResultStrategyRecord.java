package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.engine.result.ResultStrategy;
import org.apiguardian.api.API;

/** The engine's {@link ResultStrategy}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "version"})
public record ResultStrategyRecord(String id,
                                   String version) implements ResultStrategy {
}
