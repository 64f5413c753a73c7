package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** A question answered by picking exactly one option ({@code kind: single}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface SingleChoiceQuestion extends Question {

    /** {@return the options, in definition order} */
    List<Option> options();

    /** {@return {@link QuestionKind#SINGLE}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.SINGLE;
    }

    /** {@return the options, in definition order} */
    @Override
    default List<Option> choices() {
        return options();
    }
}
