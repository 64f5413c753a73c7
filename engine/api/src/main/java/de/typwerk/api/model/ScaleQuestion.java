package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A Likert-like question answered with a whole number from {@link #min()} to {@link #max()}
 * ({@code kind: scale}); {@link #labels()} name some or all points. {@link #weights()} (type or
 * dimension id to weight) say how the answer counts: a strategy scales the answer to 0..1
 * ({@link #normalise(int)}) and multiplies.
 */
@API(status = STABLE, since = "1.0")
public non-sealed interface ScaleQuestion extends Question {

    /** {@return the lowest point} */
    int min();

    /** {@return the highest point} */
    int max();

    /** {@return labels by point, for the points the definition names, in definition order} */
    Map<Integer, LocalizedText> labels();

    /** {@return weights by type or dimension id; each strategy documents which keys it reads} */
    Map<String, Double> weights();

    /** {@return {@link QuestionKind#SCALE}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.SCALE;
    }

    /**
     * Where {@code value} lies between {@link #min()} (0) and {@link #max()} (1).
     *
     * @param value a point of the scale
     * @return its position in 0..1; 0.5 for a scale of one point
     */
    default double normalise(int value) {
        return max() == min() ? 0.5 : (double) (value - min()) / (max() - min());
    }
}
