package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import java.util.List;

/**
 * The points one question can give one type: for an answer, at most, at least, and when left
 * unanswered under {@code missing: neutral}. Negative weights are refused by
 * {@link PointsStrategy#check}; should one slip through it counts as 0, so a score never leaves 0..1.
 */
record QuestionPoints(Question question, String type) {

    /** The points {@code answer} gives. */
    double given(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return question.option(c.option()).map(this::of).orElse(0.0);
        }
        if (answer instanceof Answer.Choices c) {
            double sum = 0;
            for (String id : c.options()) sum += question.option(id).map(this::of).orElse(0.0);
            return sum;
        }
        if (answer instanceof Answer.Ranking r && question instanceof RankingQuestion rq) {
            double sum = 0;
            for (int place = 0; place < r.order().size(); place++) {
                double points = question.option(r.order().get(place)).map(this::of).orElse(0.0);
                sum += factor(place, rq.top()) * points;
            }
            return sum;
        }
        if (answer instanceof Answer.Scale s && question instanceof ScaleQuestion sq) {
            return weight(sq) * sq.normalise(s.value());
        }
        return 0;
    }

    /** The most any valid answer can give. */
    double most() {
        if (question instanceof SingleChoiceQuestion q) return sum(sorted(q.options(), false), 1);
        if (question instanceof MultipleChoiceQuestion q) return sum(sorted(q.options(), false), q.maxPicks());
        if (question instanceof RankingQuestion q) return ranked(sorted(q.options(), false), q.top());
        if (question instanceof ScaleQuestion q) return weight(q);
        return 0;
    }

    /** The fewest any valid answer can give. */
    double least() {
        if (question instanceof SingleChoiceQuestion q) return sum(sorted(q.options(), true), 1);
        if (question instanceof MultipleChoiceQuestion q) return sum(sorted(q.options(), true), q.minPicks());
        // the fewest points: the lowest weights, the very lowest on the first place
        if (question instanceof RankingQuestion q) return ranked(sorted(q.options(), true), q.top());
        return 0;
    }

    /** What an asked but unanswered question gives under {@code missing: neutral}: halfway. */
    double neutral() {
        return (least() + most()) / 2;
    }

    /**
     * The factor of a place in a ranking of {@code top} places: 1 for the first, then down in
     * equal steps to 1/top for the last ((top - place) / top, place counted from 0).
     */
    static double factor(int place, int top) {
        return top <= 0 ? 0 : (double) (top - place) / top;
    }

    /** The points choosing {@code option} gives: its weight for the type, never below 0. */
    double of(Option option) {
        return Math.max(0, option.weights().getOrDefault(type, 0.0));
    }

    /** The points full agreement with scale {@code q} gives: its weight for the type, never below 0. */
    double weight(ScaleQuestion q) {
        return Math.max(0, q.weights().getOrDefault(type, 0.0));
    }

    private List<Double> sorted(List<Option> options, boolean ascending) {
        return options.stream().map(this::of)
                .sorted(ascending ? Double::compare : (a, b) -> Double.compare(b, a))
                .toList();
    }

    private static double sum(List<Double> points, int count) {
        double sum = 0;
        for (int i = 0; i < Math.min(count, points.size()); i++) sum += points.get(i);
        return sum;
    }

    /** Points placed in order on the places of a ranking (rearrangement: best with best for the most). */
    private static double ranked(List<Double> points, int top) {
        double sum = 0;
        for (int place = 0; place < Math.min(top, points.size()); place++) sum += factor(place, top) * points.get(place);
        return sum;
    }
}
