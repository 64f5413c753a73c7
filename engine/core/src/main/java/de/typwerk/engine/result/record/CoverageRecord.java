package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.engine.result.Coverage;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's {@link Coverage}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"missing", "scorable", "answeredScorable", "unanswered", "minAnswersPerDimension", "thinDimensions"})
public record CoverageRecord(MissingAnswers missing,
                             int scorable,
                             int answeredScorable,
                             List<String> unanswered,
                             int minAnswersPerDimension,
                             List<String> thinDimensions) implements Coverage {

    public CoverageRecord {
        unanswered = Lists.copy(unanswered);
        thinDimensions = Lists.copy(thinDimensions);
    }
}
