package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A dimension's value for this response.
 *
 * @param low     what 0 stands for, if the definition says
 * @param high    what 1 stands for, if the definition says
 * @param value   0..1, rounded to six decimals
 * @param answers how many answers it rests on (answers filled in as neutral do not count)
 * @param thin    whether it rests on fewer answers than the coverage rule asks for
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "name", "low", "high", "value", "answers", "thin"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record DimensionResult(String id,
                              LocalizedText name,
                              Optional<LocalizedText> low,
                              Optional<LocalizedText> high,
                              double value,
                              int answers,
                              boolean thin) {

    public DimensionResult {
        low = Lists.opt(low);
        high = Lists.opt(high);
    }
}
