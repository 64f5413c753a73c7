package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Weakness;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A weakness as read from a definition. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "text", "learnFrom", "strengths", "confirmedWhen"})
public record WeaknessDocument(@JsonProperty(required = true) String id,
                               @JsonProperty(required = true) LocalizedText text,
                               List<String> learnFrom,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> strengths,
                               @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Condition> confirmedWhen)
        implements Weakness {

    public WeaknessDocument {
        learnFrom = Lists.copy(learnFrom);
        strengths = Lists.copyOfLists(strengths);
        confirmedWhen = Lists.opt(confirmedWhen);
    }
}
