package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.MissingAnswers;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How well the answers cover what the strategy measures.
 *
 * @param missing                what unanswered questions counted as
 * @param scorable               asked questions that carry weights (choice, ranking and scale
 *                               questions with weights)
 * @param answeredScorable       of those, how many were answered
 * @param unanswered             ids of the scorable questions left unanswered, in questionnaire order
 * @param minAnswersPerDimension answers a dimension needs not to be thin
 * @param thinDimensions         ids of the dimensions resting on fewer answers, in definition order
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"missing", "scorable", "answeredScorable", "unanswered", "minAnswersPerDimension", "thinDimensions"})
public record Coverage(MissingAnswers missing,
                       int scorable,
                       int answeredScorable,
                       List<String> unanswered,
                       int minAnswersPerDimension,
                       List<String> thinDimensions) {

    public Coverage {
        unanswered = Lists.copy(unanswered);
        thinDimensions = Lists.copy(thinDimensions);
    }
}
