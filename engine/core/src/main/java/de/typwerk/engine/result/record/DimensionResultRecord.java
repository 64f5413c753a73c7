package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.result.DimensionResult;
import java.util.Optional;
import org.apiguardian.api.API;

/** The engine's {@link DimensionResult}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "name", "low", "high", "value", "answers", "weightless", "thin"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record DimensionResultRecord(String id,
                                    LocalizedText name,
                                    Optional<LocalizedText> low,
                                    Optional<LocalizedText> high,
                                    double value,
                                    int answers,
                                    int weightless,
                                    boolean thin) implements DimensionResult {

    public DimensionResultRecord {
        low = Lists.opt(low);
        high = Lists.opt(high);
    }

    /**
     * A dimension read back from JSON: a result written before {@code weightless} was added has
     * none, which reads as 0 (every other field is as strict as before).
     */
    @JsonCreator
    static DimensionResultRecord read(@JsonProperty("id") String id,
                                      @JsonProperty("name") LocalizedText name,
                                      @JsonProperty("low") Optional<LocalizedText> low,
                                      @JsonProperty("high") Optional<LocalizedText> high,
                                      @JsonProperty("value") double value,
                                      @JsonProperty("answers") int answers,
                                      @JsonProperty("weightless") Integer weightless,
                                      @JsonProperty("thin") boolean thin) {
        return new DimensionResultRecord(id, name, low, high, value, answers, weightless == null ? 0 : weightless, thin);
    }
}
