package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/** A dimension as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record DimensionDocument(@JsonProperty(required = true) String id,
                                @JsonProperty(required = true) LocalizedText name,
                                Optional<LocalizedText> description,
                                Optional<LocalizedText> low,
                                Optional<LocalizedText> high) implements Dimension {

    public DimensionDocument {
        description = Lists.opt(description);
        low = Lists.opt(low);
        high = Lists.opt(high);
    }
}
