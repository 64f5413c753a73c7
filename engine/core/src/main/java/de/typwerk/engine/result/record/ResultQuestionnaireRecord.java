package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.engine.result.ResultQuestionnaire;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** The engine's {@link ResultQuestionnaire}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "version", "title", "contentHash", "extends", "bases"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ResultQuestionnaireRecord(String id,
                                        String version,
                                        LocalizedText title,
                                        String contentHash,
                                        @JsonProperty("extends") Optional<String> base,
                                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ResolvedBase> bases) implements ResultQuestionnaire {

    public ResultQuestionnaireRecord {
        base = Lists.opt(base);
        bases = Lists.copy(bases);
    }
}
