package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A type as read from a definition. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "name", "motto", "summary", "profile", "strengths", "weaknesses"})
public record TypeDocument(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText name,
        Optional<LocalizedText> motto,
        Optional<LocalizedText> summary,
        Map<String, LocalizedText> profile,
        List<Strength> strengths,
        List<Weakness> weaknesses) implements TypeDefinition {

    public TypeDocument {
        motto = Lists.opt(motto);
        summary = Lists.opt(summary);
        profile = Lists.copy(profile);
        strengths = Lists.copy(strengths);
        weaknesses = Lists.copy(weaknesses);
    }
}
