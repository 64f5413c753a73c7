package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A weak spot of a type, and the types that are strong there.
 *
 * @param learnFrom ids of the types to learn from, most helpful first
 */
public record Weakness(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) LocalizedText text,
                       List<String> learnFrom) {

    public Weakness {
        learnFrom = Lists.copy(learnFrom);
    }
}
