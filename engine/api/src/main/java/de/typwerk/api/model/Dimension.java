package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An axis that answers load on (e.g. "focus on the local community"). Values run from 0 (the
 * {@code low} pole) to 1 (the {@code high} pole).
 */
@API(status = STABLE, since = "1.0")
public record Dimension(@JsonProperty(required = true) String id,
                        @JsonProperty(required = true) LocalizedText name,
                        Optional<LocalizedText> description,
                        Optional<LocalizedText> low,
                        Optional<LocalizedText> high) {

    public Dimension {
        description = Lists.opt(description);
        low = Lists.opt(low);
        high = Lists.opt(high);
    }
}
