package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A number question as read from a definition ({@code kind: number}). */
@API(status = INTERNAL, since = "1.0")
public record NumberDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        Optional<Double> min,
        Optional<Double> max,
        boolean integer,
        Optional<LocalizedText> unit,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<Double>> typical) implements NumberQuestion {

    public NumberDocument {
        help = Lists.opt(help);
        when = Lists.opt(when);
        min = Lists.opt(min);
        max = Lists.opt(max);
        unit = Lists.opt(unit);
        typical = Lists.copyOfLists(typical);
    }
}
