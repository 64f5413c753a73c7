package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ScaleQuestion;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A scale question as read from a definition ({@code kind: scale}). */
@API(status = INTERNAL, since = "1.0")
public record ScaleDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText text,
        Optional<LocalizedText> help,
        boolean required,
        Optional<Condition> when,
        @JsonProperty(required = true) int min,
        @JsonProperty(required = true) int max,
        Map<Integer, LocalizedText> labels,
        Map<String, Double> weights) implements ScaleQuestion {

    public ScaleDocument {
        help = Lists.opt(help);
        when = Lists.opt(when);
        labels = Lists.copy(labels);
        weights = Lists.copy(weights);
    }
}
