package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ResolvedBase;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which questionnaire a result belongs to.
 *
 * @param contentHash {@code sha256:<hex>} of the definition the answers were scored against (for
 *                    a variant: of the variant's own file; {@code bases} pins what it extends)
 * @param base        for a variant, the questionnaire it extends ({@code id@range}, as its
 *                    definition says in {@code extends:})
 * @param bases       for a variant, the questionnaires it was resolved against, its own base
 *                    first (a variant of a variant names both); empty otherwise
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "version", "title", "contentHash", "extends", "bases"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ResultQuestionnaire(String id,
                                  String version,
                                  LocalizedText title,
                                  String contentHash,
                                  @JsonProperty("extends") Optional<String> base,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ResolvedBase> bases) {

    public ResultQuestionnaire {
        base = Lists.opt(base);
        bases = Lists.copy(bases);
    }

    /** A result of a questionnaire that is not a variant, or whose bases are not known. */
    public ResultQuestionnaire(String id, String version, LocalizedText title, String contentHash, Optional<String> base) {
        this(id, version, title, contentHash, base, List.of());
    }
}
