package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** A question answered by picking between {@link #minPicks()} and {@link #maxPicks()} options ({@code kind: multi}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface MultipleChoiceQuestion extends Question {

    /** {@return the options, in definition order} */
    List<Option> options();

    /** {@return the fewest options to pick: as written, else 1 for a required question and 0 otherwise} */
    int minPicks();

    /** {@return the most options to pick: as written, else all of them} */
    int maxPicks();

    /** {@return {@link QuestionKind#MULTI}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.MULTI;
    }

    /** {@return the options, in definition order} */
    @Override
    default List<Option> choices() {
        return options();
    }
}
