package de.typwerk.applications.synthetic;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.TypeDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How well each answer fits each type, in 0..1, read from the questionnaire alone: no typology is
 * built in. Two sources, averaged where both speak:
 *
 * <ul>
 *   <li><b>points</b>: an option's weight keyed by the type id, relative to the most that
 *       question's options give the type (a scale: its position 0..1 when it carries a weight for
 *       the type);</li>
 *   <li><b>closeness</b>: for the option's weights keyed by dimension ids, 1 minus the mean
 *       distance between the position the answer stands for and the type's target on that
 *       dimension, relative to the dimension's range.</li>
 * </ul>
 *
 * <p>Targets come from a {@code prototypes} block in the scoring parameters (the definition's own
 * strategy first, then its alternatives by id), with positions 0..1 and scale positions as the
 * prototype strategy reads them ({@code w·x + (1 − w)·(1 − x)}). Without prototypes the types are
 * taken as ordered levels, lowest first (as a maturity model declares them): type i of n targets
 * {@code lo + (hi − lo)·i/(n − 1)} on every dimension, where lo..hi is the range of the dimension's
 * option weights, and a scale answer stands for {@code x·w}. An answer that says nothing about
 * the type gets 0.5.
 */
final class Affinities {

    static final double NEUTRAL = 0.5;

    private final List<String> typeIds;
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final Map<String, Dimension> dimensions = new HashMap<>();
    private final Map<String, Map<String, Double>> prototypes;
    private final Map<String, double[]> ranges = new HashMap<>();

    Affinities(Questionnaire questionnaire) {
        this.typeIds = questionnaire.types().stream().map(TypeDefinition::id).toList();
        for (int i = 0; i < typeIds.size(); i++) typeIndex.put(typeIds.get(i), i);
        questionnaire.dimensions().forEach(d -> dimensions.put(d.id(), d));
        this.prototypes = prototypes(questionnaire.scoring());
        for (Question q : questionnaire.questions()) {
            for (Option o : q.choices()) widen(o.weights());
            if (q instanceof ScaleQuestion s) {
                widen(s.weights());
                // a scale answer stands for 0..w in the ordered reading
                s.weights().forEach((key, w) -> {
                    if (dimensions.containsKey(key)) widen(Map.of(key, 0.0));
                });
            }
        }
    }

    /** Whether the targets are the definition's prototypes (else: ordered levels). */
    boolean fromPrototypes() {
        return !prototypes.isEmpty();
    }

    /** The affinity of each option of {@code question} to {@code type}, in option order. */
    double[] options(Question question, String type) {
        List<Option> options = question.choices();
        double most = 0;
        boolean points = false;
        for (Option o : options) {
            Double w = o.weights().get(type);
            if (w != null) {
                points = true;
                most = Math.max(most, w);
            }
        }
        double[] affinity = new double[options.size()];
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            double pointsPart = points ? (most > 0 ? o.weights().getOrDefault(type, 0.0) / most : NEUTRAL) : Double.NaN;
            double closeness = closeness(o.weights(), type, Optional.empty());
            affinity[i] = combine(pointsPart, closeness);
        }
        return affinity;
    }

    /** The affinity of each point of {@code scale} (min first) to {@code type}. */
    double[] scale(ScaleQuestion scale, String type) {
        int points = scale.max() - scale.min() + 1;
        double[] affinity = new double[Math.max(0, points)];
        Double w = scale.weights().get(type);
        for (int i = 0; i < affinity.length; i++) {
            double x = scale.normalise(scale.min() + i);
            double pointsPart = w == null ? Double.NaN : w > 0 ? x : NEUTRAL;
            affinity[i] = combine(pointsPart, closeness(scale.weights(), type, Optional.of(x)));
        }
        return affinity;
    }

    /**
     * Mean closeness of the positions an answer stands for to {@code type}'s targets, over the
     * dimension keys of {@code weights}; NaN when there are none. {@code scaleAt}: the scale
     * answer's position 0..1, for a scale's weights.
     */
    private double closeness(Map<String, Double> weights, String type, Optional<Double> scaleAt) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            String dimension = e.getKey();
            if (!dimensions.containsKey(dimension)) continue;
            double w = e.getValue();
            double position;
            double target;
            double range;
            if (fromPrototypes()) {
                Double p = prototypes.getOrDefault(type, Map.of()).get(dimension);
                if (p == null) continue;
                position = scaleAt.map(x -> w * x + (1 - w) * (1 - x)).orElse(w);
                target = p;
                range = 1;
            } else {
                double[] lohi = ranges.get(dimension);
                range = lohi[1] - lohi[0];
                int n1 = typeIds.size() - 1;
                int i = typeIndex.getOrDefault(type, 0);
                target = n1 <= 0 ? (lohi[0] + lohi[1]) / 2 : lohi[0] + range * i / n1;
                position = scaleAt.map(x -> x * w).orElse(w);
            }
            double distance = range > 0 ? Math.min(1, Math.abs(position - target) / range) : 0;
            sum += 1 - distance;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double combine(double pointsPart, double closeness) {
        boolean p = !Double.isNaN(pointsPart);
        boolean c = !Double.isNaN(closeness);
        if (p && c) return (pointsPart + closeness) / 2;
        if (p) return pointsPart;
        if (c) return closeness;
        return NEUTRAL;
    }

    private void widen(Map<String, Double> weights) {
        weights.forEach((key, w) -> {
            if (!dimensions.containsKey(key) || w == null || !Double.isFinite(w)) return;
            double[] lohi = ranges.computeIfAbsent(key, k -> new double[] {w, w});
            lohi[0] = Math.min(lohi[0], w);
            lohi[1] = Math.max(lohi[1], w);
        });
    }

    /**
     * The first {@code prototypes} block found: in the parameters of the definition's strategy,
     * else in its alternatives by strategy id (sorted, so the choice does not depend on map order).
     */
    private static Map<String, Map<String, Double>> prototypes(Optional<ScoringSpec> scoring) {
        if (scoring.isEmpty()) return Map.of();
        Map<String, Map<String, Double>> found = read(scoring.get().parameters().get("prototypes"));
        if (!found.isEmpty()) return found;
        for (Map<String, Object> alternative : new TreeMap<>(scoring.get().alternatives()).values()) {
            found = read(alternative == null ? null : alternative.get("prototypes"));
            if (!found.isEmpty()) return found;
        }
        return Map.of();
    }

    private static Map<String, Map<String, Double>> read(Object block) {
        Map<String, Map<String, Double>> read = new HashMap<>();
        if (!(block instanceof Map<?, ?> types)) return read;
        types.forEach((type, positions) -> {
            if (!(type instanceof String t) || !(positions instanceof Map<?, ?> map)) return;
            Map<String, Double> byDimension = new HashMap<>();
            map.forEach((d, v) -> {
                if (d instanceof String dimension && v instanceof Number number) byDimension.put(dimension, number.doubleValue());
            });
            read.put(t, byDimension);
        });
        return read;
    }
}
