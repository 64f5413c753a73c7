package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Respondent;
import de.typwerk.engine.result.Coverage;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.ResultQuestionnaire;
import de.typwerk.engine.result.ResultStrategy;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's {@link Result}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"questionnaire", "strategy", "respondent", "answered", "total", "types", "outcome",
        "dimensions", "reasons", "coverage", "recommendations"})
public record ResultRecord(ResultQuestionnaire questionnaire,
                           ResultStrategy strategy,
                           Respondent respondent,
                           int answered,
                           int total,
                           List<TypeResult> types,
                           Outcome outcome,
                           List<DimensionResult> dimensions,
                           List<TypeReasons> reasons,
                           Coverage coverage,
                           List<Recommendation> recommendations) implements Result {

    public ResultRecord {
        respondent = respondent == null ? Respondent.ANONYMOUS : respondent;
        types = Lists.copy(types);
        dimensions = Lists.copy(dimensions);
        reasons = Lists.copy(reasons);
        recommendations = Lists.copy(recommendations);
    }
}
