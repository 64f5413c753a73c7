package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.result.TypeResult;
import org.apiguardian.api.API;

/** The engine's {@link TypeResult}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "name", "score", "share", "rank"})
public record TypeResultRecord(String id,
                               LocalizedText name,
                               double score,
                               double share,
                               int rank) implements TypeResult {
}
