package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
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

    /**
     * {@return the answers typical of each kind of respondent (such as {@code gemeinde},
     * {@code stadt}, {@code kreis}): kind to {@code [low, high]}, within {@link #min()} and
     * {@link #max()}; empty if the definition gives none} Scoring never reads it; synthetic answers
     * draw from it, so that a generated Gemeinde does not have millions of inhabitants.
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    default Map<String, List<Double>> typical() {
        return Map.of();
    }

    /** {@return {@link QuestionKind#NUMBER}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.NUMBER;
    }
}
