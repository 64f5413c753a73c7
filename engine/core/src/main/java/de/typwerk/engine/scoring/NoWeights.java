package de.typwerk.engine.scoring;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.ScaleQuestion;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Answers that carry no weights: options without any weights ("Keine", "Bisher kaum": they say that
 * something does not exist yet), picked alone or together, to a question whose weights name a
 * dimension. Such an answer counts as answered, yet for no type and on no dimension, so a dimension
 * whose questions were all answered so is thin. "Don't know" is no such answer ({@link NoAnswers}: it
 * counts as missing). The one rule for the count in every result
 * ({@link de.typwerk.engine.result.DimensionResult#weightless()}) and for the reports' list of those
 * answers.
 */
public final class NoWeights {

    private static final int[] NONE = {};

    private NoWeights() {
    }

    /**
     * {@return the places, in definition order, of the dimensions that the weights of {@code question}'s
     * options or of its scale name; none where it names none}
     *
     * @param dimensions the questionnaire's dimensions
     * @param question   one of its questions
     */
    public static int[] dimensionsOf(List<Dimension> dimensions, Question question) {
        int[] on = new int[dimensions.size()];
        int count = 0;
        for (int place = 0; place < dimensions.size(); place++) {
            String id = dimensions.get(place).id();
            boolean named = question instanceof ScaleQuestion scale && scale.weights().containsKey(id);
            for (Option o : question.choices()) named |= o.weights().containsKey(id);
            if (named) on[count++] = place;
        }
        return count == 0 ? NONE : Arrays.copyOf(on, count);
    }

    /**
     * {@return whether {@code option} carries no weights at all and is not "don't know"}
     *
     * @param option an option
     */
    public static boolean unweighted(Option option) {
        return !option.noAnswer() && option.weights().isEmpty();
    }

    /**
     * {@return whether {@code answer} picks only options of {@code question} that carry no weights
     * ({@link #unweighted}), each found by its id as {@link Question#option} finds it: one choice, or one
     * or more of several; any other answer is not}
     *
     * @param question the question answered
     * @param answer   its answer
     */
    public static boolean weightless(Question question, Answer answer) {
        return picksOnly(answer, id -> question.option(id).map(NoWeights::unweighted).orElse(false));
    }

    /**
     * {@return whether {@code answer} picks one option, or one or more of several, and {@code unweighted}
     * holds for the id of each}: {@link #weightless} for a caller that finds the options its own way
     *
     * @param answer     an answer
     * @param unweighted whether the option of an id carries no weights
     */
    public static boolean picksOnly(Answer answer, Predicate<String> unweighted) {
        if (answer instanceof Answer.Choice c) return unweighted.test(c.option());
        if (answer instanceof Answer.Choices c && !c.options().isEmpty()) {
            for (String id : c.options()) {
                if (!unweighted.test(id)) return false;
            }
            return true;
        }
        return false;
    }
}
