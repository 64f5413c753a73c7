package de.typwerk.strategy.prototype;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One question seen as an item of one dimension: whether it loads on it, and where an answer
 * places the respondent on it (0..1).
 *
 * <ul>
 *   <li>single choice: the chosen option's weight for the dimension;</li>
 *   <li>multiple choice: the mean of the chosen options' weights;</li>
 *   <li>ranking of {@code top} places: the mean of the ranked options' weights, each weighted by
 *       its place's factor (1 for the first place, down in equal steps to 1/top for the last);</li>
 *   <li>scale with weight w and the answer x scaled to 0..1: w·x + (1 − w)·(1 − x), so w is the
 *       position that full agreement stands for, full disagreement stands for 1 − w, and a
 *       reversed item simply has a low w.</li>
 * </ul>
 *
 * Options without a weight for the dimension say nothing about it: an answer that picks only such
 * options gives no value, and the item does not count for that dimension.
 */
record Item(Question question, String dimension, Map<String, Double> weights) {

    /**
     * The item of {@code question} on {@code dimension}, with each option's weight on it looked up
     * once: a batch values the same item for every row.
     */
    Item(Question question, String dimension) {
        this(question, dimension, optionWeights(question, dimension));
    }

    private static Map<String, Double> optionWeights(Question question, String dimension) {
        Map<String, Double> weights = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Option option : question.choices()) {
            // the first of a doubled option id counts, as Question.option finds it (the validator refuses doubles)
            if (!seen.add(option.id())) continue;
            Double w = option.weights().get(dimension);
            if (w != null) weights.put(option.id(), w);
        }
        return Collections.unmodifiableMap(weights);
    }

    boolean loads() {
        if (question instanceof ScaleQuestion s) return s.weights().containsKey(dimension);
        return question.choices().stream().anyMatch(o -> o.weights().containsKey(dimension));
    }

    /** Where {@code answer} places the respondent on this dimension (0..1); {@code NaN} where it gives no value. */
    double valueOf(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            Double w = weights.get(c.option());
            return w == null ? Double.NaN : w;
        }
        if (answer instanceof Answer.Choices c) {
            double sum = 0;
            int n = 0;
            for (String id : c.options()) {
                Double w = weights.get(id);
                if (w != null) {
                    sum += w;
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
        if (answer instanceof Answer.Ranking r && question instanceof RankingQuestion rq) {
            double sum = 0;
            double factors = 0;
            for (int place = 0; place < r.order().size(); place++) {
                Double w = weights.get(r.order().get(place));
                if (w != null) {
                    double f = factor(place, rq.top());
                    sum += f * w;
                    factors += f;
                }
            }
            return factors > 0 ? sum / factors : Double.NaN;
        }
        if (answer instanceof Answer.Scale s && question instanceof ScaleQuestion sq) {
            Double w = sq.weights().get(dimension);
            if (w == null) return Double.NaN;
            double x = sq.normalise(s.value());
            return w * x + (1 - w) * (1 - x);
        }
        return Double.NaN;
    }

    /** (top − place) / top, place counted from 0: 1 for the first place, 1/top for the last. */
    static double factor(int place, int top) {
        return top <= 0 ? 0 : (double) (top - place) / top;
    }
}
