package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import java.util.Map;
import org.apiguardian.api.API;

/** An answer option as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record OptionDocument(@JsonProperty(required = true) String id,
                             @JsonProperty(required = true) LocalizedText text,
                             Map<String, Double> weights,
                             @JsonProperty("exclusive") @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean givenExclusive,
                             @JsonProperty("noAnswer") @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean givenNoAnswer)
        implements Option {

    /** Absent marks are false. */
    public OptionDocument {
        weights = Lists.copy(weights);
        givenExclusive = Boolean.TRUE.equals(givenExclusive);
        givenNoAnswer = Boolean.TRUE.equals(givenNoAnswer);
    }

    @Override
    public boolean exclusive() {
        return givenExclusive;
    }

    @Override
    public boolean noAnswer() {
        return givenNoAnswer;
    }

    /** An ordinary option: neither exclusive nor standing for no answer. */
    public OptionDocument(String id, LocalizedText text, Map<String, Double> weights) {
        this(id, text, weights, false, false);
    }
}
