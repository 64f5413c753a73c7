package de.typwerk.api.model.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import java.util.Optional;

/**
 * Which questionnaire a result belongs to.
 *
 * @param contentHash {@code sha256:<hex>} of the definition the answers were scored against
 * @param base        for a variant, the questionnaire it extends ({@code id@range}, as its
 *                    definition says in {@code extends:})
 */
@JsonPropertyOrder({"id", "version", "title", "contentHash", "extends"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ResultQuestionnaire(String id,
                                  String version,
                                  LocalizedText title,
                                  String contentHash,
                                  @JsonProperty("extends") Optional<String> base) {

    public ResultQuestionnaire {
        base = Lists.opt(base);
    }
}
