package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Respondent;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The classification of one response.
 *
 * @param answered        questions answered, among those asked
 * @param total           questions asked, given the answers (a question whose condition is false
 *                        is not asked and does not count)
 * @param types           every type, best first ({@link TypeResult#rank()} 1, 2, …)
 * @param outcome         primary type, mixed, no type fits, or insufficient
 * @param dimensions      the strategy's dimension values, in definition order; empty when the
 *                        strategy computes none
 * @param reasons         the answers that weighed most: one entry for a primary type, two for a
 *                        mixed outcome, none when no type fits or too few were answered
 * @param recommendations what to keep and whom to learn from: one entry for a primary type, two
 *                        for a mixed outcome, none when no type fits or too few were answered
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"questionnaire", "strategy", "respondent", "answered", "total", "types", "outcome",
        "dimensions", "reasons", "coverage", "recommendations"})
public record Result(ResultQuestionnaire questionnaire,
                     ResultStrategy strategy,
                     Respondent respondent,
                     int answered,
                     int total,
                     List<TypeResult> types,
                     Outcome outcome,
                     List<DimensionResult> dimensions,
                     List<TypeReasons> reasons,
                     Coverage coverage,
                     List<Recommendation> recommendations) {

    public Result {
        respondent = respondent == null ? Respondent.ANONYMOUS : respondent;
        types = Lists.copy(types);
        dimensions = Lists.copy(dimensions);
        reasons = Lists.copy(reasons);
        recommendations = Lists.copy(recommendations);
    }

    /** The entry for {@code typeId}, if the questionnaire has that type. */
    public Optional<TypeResult> type(String typeId) {
        return types.stream().filter(t -> t.id().equals(typeId)).findFirst();
    }
}
