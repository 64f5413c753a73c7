package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A question answered with free text ({@code kind: text}). Free text never counts in scoring. */
@API(status = STABLE, since = "1.0")
public non-sealed interface TextQuestion extends Question {

    /** {@return the longest allowed answer, in characters: as written, else 2000} */
    int maxLength();

    /** {@return {@link QuestionKind#TEXT}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.TEXT;
    }
}
