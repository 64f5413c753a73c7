package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A question answered by ordering options, most important first ({@code kind: ranking}); with
 * {@code top} written, only the first {@link #top()} places are asked for (pick and order the top N).
 */
@API(status = STABLE, since = "1.0")
public non-sealed interface RankingQuestion extends Question {

    /** {@return the options, in definition order} */
    List<Option> options();

    /** {@return how many places are asked for: as written, else all options} */
    int top();

    /** {@return {@link QuestionKind#RANKING}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.RANKING;
    }

    /** {@return the options, in definition order} */
    @Override
    default List<Option> choices() {
        return options();
    }
}
