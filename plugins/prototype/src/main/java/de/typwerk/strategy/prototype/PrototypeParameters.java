package de.typwerk.strategy.prototype;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code parameters:} of the prototype strategy.
 *
 * @param prototypes             per type id, its position (0..1) on every dimension: the centroid a
 *                               cluster analysis would yield
 * @param fuzziness              the fuzzy c-means exponent m (greater than 1; default 2): near 1 the
 *                               closest type takes almost everything, larger values spread the shares
 * @param minAnswersPerDimension answers a dimension needs before the result calls it covered
 *                               (default 2); dimensions with fewer are reported as thin
 * @param questionShares         per question id, the share (0..1, together below 1) of every
 *                               dimension value that question's answer takes; the other items of
 *                               the dimension share the rest equally (default: none, every item
 *                               counts the same)
 * @param beyondPrototype        what a dimension value further out than a type's prototype counts
 *                               as: {@value #DISTANCE} (default), every difference counts, as in
 *                               fuzzy c-means; {@value #TYPICAL}, on a dimension where a type's
 *                               prototype is the highest (lowest) of all, a value higher (lower)
 *                               still counts as on the prototype, so that answers more pronounced
 *                               than the typical member of a type do not make the type less clear
 */
public record PrototypeParameters(Map<String, Map<String, Double>> prototypes,
                                  Double fuzziness,
                                  Integer minAnswersPerDimension,
                                  Map<String, Double> questionShares,
                                  String beyondPrototype) {

    public static final double DEFAULT_FUZZINESS = 2.0;
    public static final int DEFAULT_MIN_ANSWERS_PER_DIMENSION = 2;
    /** {@link #beyondPrototype()}: every difference to a prototype counts (the default). */
    public static final String DISTANCE = "distance";
    /** {@link #beyondPrototype()}: a value beyond the outermost prototype on a dimension counts as on it. */
    public static final String TYPICAL = "typical";

    public PrototypeParameters {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        if (prototypes != null) {
            prototypes.forEach((type, position) -> copy.put(type,
                    position == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(position))));
        }
        prototypes = Collections.unmodifiableMap(copy);
        fuzziness = fuzziness == null ? DEFAULT_FUZZINESS : fuzziness;
        minAnswersPerDimension = minAnswersPerDimension == null ? DEFAULT_MIN_ANSWERS_PER_DIMENSION : minAnswersPerDimension;
        questionShares = questionShares == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(questionShares));
        beyondPrototype = beyondPrototype == null ? DISTANCE : beyondPrototype;
    }

    /** Every difference to a prototype counting ({@value #DISTANCE}). */
    public PrototypeParameters(Map<String, Map<String, Double>> prototypes, Double fuzziness, Integer minAnswersPerDimension,
                               Map<String, Double> questionShares) {
        this(prototypes, fuzziness, minAnswersPerDimension, questionShares, null);
    }

    /** Without question shares: every item of a dimension counts the same. */
    public PrototypeParameters(Map<String, Map<String, Double>> prototypes, Double fuzziness, Integer minAnswersPerDimension) {
        this(prototypes, fuzziness, minAnswersPerDimension, null, null);
    }

    /** The share {@code question} takes of each dimension it loads on; 0 when it has none. */
    double share(String question) {
        Double s = questionShares.get(question);
        return s == null ? 0 : s;
    }

    /** Whether a value beyond the outermost prototype on a dimension counts as on it. */
    boolean typicalBeyond() {
        return TYPICAL.equals(beyondPrototype);
    }

    /** The prototype's position on {@code dimension}; 0.5 (no lean) if it has none, which check() reports. */
    double position(String type, String dimension) {
        Double p = prototypes.getOrDefault(type, Map.of()).get(dimension);
        return p == null ? 0.5 : p;
    }
}
