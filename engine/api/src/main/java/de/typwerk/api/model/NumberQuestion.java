package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/** A question answered with a number, optionally bounded, optionally whole, with an optional unit ({@code kind: number}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface NumberQuestion extends Question {

    /** {@return the smallest allowed answer (inclusive), if bounded} */
    Optional<Double> min();

    /** {@return the largest allowed answer (inclusive), if bounded} */
    Optional<Double> max();

    /** {@return whether the answer must be a whole number} */
    boolean integer();

    /** {@return the unit shown with the number (e.g. "Einwohner"), if the definition gives one} */
    Optional<LocalizedText> unit();

    /** {@return {@link QuestionKind#NUMBER}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.NUMBER;
    }
}
