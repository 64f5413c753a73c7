package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.MissingAnswers;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How well the answers cover what the strategy measures. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface Coverage {

    /** {@return what unanswered questions counted as} */
    MissingAnswers missing();

    /** {@return the asked questions that carry weights (choice, ranking and scale questions with weights)} */
    int scorable();

    /** {@return how many of the scorable questions were answered} */
    int answeredScorable();

    /** {@return the ids of the scorable questions left unanswered, in questionnaire order} */
    List<String> unanswered();

    /** {@return how many answers a dimension needs not to be thin} */
    int minAnswersPerDimension();

    /** {@return the ids of the dimensions resting on fewer answers, in definition order} */
    List<String> thinDimensions();

    /**
     * {@return whether more than a fifth of the scorable questions are left open or answered "don't
     * know"} A type found on the rest is provisional: the report says so in its headline, since
     * the answers still missing could change it. Below the questionnaire's {@code minAnswered}
     * there is no type at all; this is the range above it where one is named on thin ground.
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    default boolean provisional() {
        return (scorable() - answeredScorable()) * 5 > scorable();
    }
}
