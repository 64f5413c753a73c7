package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.result.Reason;
import org.apiguardian.api.API;

/** The engine's {@link Reason}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"question", "questionText", "answer", "contribution"})
public record ReasonRecord(String question,
                           LocalizedText questionText,
                           LocalizedText answer,
                           double contribution) implements Reason {
}
