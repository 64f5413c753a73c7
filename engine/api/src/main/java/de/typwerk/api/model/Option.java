package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One answer option of a choice or ranking question.
 *
 * @param weights how much choosing this option counts, keyed by type id or dimension id; each
 *                scoring strategy documents which keys it reads and how
 */
@API(status = STABLE, since = "1.0")
public record Option(@JsonProperty(required = true) String id,
                     @JsonProperty(required = true) LocalizedText text,
                     Map<String, Double> weights) {

    public Option {
        weights = Lists.copy(weights);
    }
}
