package de.typwerk.strategy.prototype;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import java.util.OptionalDouble;

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
record Item(Question question, String dimension) {

    boolean loads() {
        if (question instanceof ScaleQuestion s) return s.weights().containsKey(dimension);
        return question.choices().stream().anyMatch(o -> o.weights().containsKey(dimension));
    }

    OptionalDouble value(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return question.option(c.option()).map(this::of).orElse(OptionalDouble.empty());
        }
        if (answer instanceof Answer.Choices c) {
            double sum = 0;
            int n = 0;
            for (String id : c.options()) {
                OptionalDouble v = question.option(id).map(this::of).orElse(OptionalDouble.empty());
                if (v.isPresent()) {
                    sum += v.getAsDouble();
                    n++;
                }
            }
            return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
        }
        if (answer instanceof Answer.Ranking r && question instanceof RankingQuestion rq) {
            double sum = 0;
            double factors = 0;
            for (int place = 0; place < r.order().size(); place++) {
                OptionalDouble v = question.option(r.order().get(place)).map(this::of).orElse(OptionalDouble.empty());
                if (v.isPresent()) {
                    double f = factor(place, rq.top());
                    sum += f * v.getAsDouble();
                    factors += f;
                }
            }
            return factors > 0 ? OptionalDouble.of(sum / factors) : OptionalDouble.empty();
        }
        if (answer instanceof Answer.Scale s && question instanceof ScaleQuestion sq) {
            Double w = sq.weights().get(dimension);
            if (w == null) return OptionalDouble.empty();
            double x = sq.normalise(s.value());
            return OptionalDouble.of(w * x + (1 - w) * (1 - x));
        }
        return OptionalDouble.empty();
    }

    /** (top − place) / top, place counted from 0: 1 for the first place, 1/top for the last. */
    static double factor(int place, int top) {
        return top <= 0 ? 0 : (double) (top - place) / top;
    }

    private OptionalDouble of(Option option) {
        Double w = option.weights().get(dimension);
        return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
    }
}
