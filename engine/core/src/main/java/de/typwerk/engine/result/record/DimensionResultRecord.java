package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.result.DimensionResult;
import java.util.Optional;
import org.apiguardian.api.API;

/** The engine's {@link DimensionResult}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "name", "low", "high", "value", "answers", "thin"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record DimensionResultRecord(String id,
                                    LocalizedText name,
                                    Optional<LocalizedText> low,
                                    Optional<LocalizedText> high,
                                    double value,
                                    int answers,
                                    boolean thin) implements DimensionResult {

    public DimensionResultRecord {
        low = Lists.opt(low);
        high = Lists.opt(high);
    }
}
