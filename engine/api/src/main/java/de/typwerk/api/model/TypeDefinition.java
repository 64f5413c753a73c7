package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One type of the typology (e.g. "Der Bedächtige"), or one level of a maturity model.
 *
 * @param profile    text per {@link ProfileTopic} id, in the order the topics are declared
 * @param strengths  what others can learn from this type
 * @param weaknesses what this type can learn from others, each naming the types to learn from
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "name", "motto", "summary", "profile", "strengths", "weaknesses"})
public record TypeDefinition(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) LocalizedText name,
        Optional<LocalizedText> motto,
        Optional<LocalizedText> summary,
        Map<String, LocalizedText> profile,
        List<Strength> strengths,
        List<Weakness> weaknesses) {

    public TypeDefinition {
        motto = Lists.opt(motto);
        summary = Lists.opt(summary);
        profile = Lists.copy(profile);
        strengths = Lists.copy(strengths);
        weaknesses = Lists.copy(weaknesses);
    }
}
