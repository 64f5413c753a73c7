package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A test of one earlier question's answer. With no further key it is true when the question was
 * answered; {@code answered: false} inverts that. {@code anyOf} is true when the chosen option (or,
 * for multiple choice and ranking, any chosen option) is listed. {@code min}/{@code max} bound
 * the value of a scale or number answer (inclusive). Given together, all must hold.
 * An unanswered question fails every test but {@code answered: false}.
 */
@API(status = STABLE, since = "1.0")
public non-sealed interface AnswerCondition extends Condition {

    /** {@return the id of the question whose answer is tested} */
    String question();

    /** {@return the option ids of which the answer must pick one; empty: no such test} */
    List<String> anyOf();

    /** {@return the lowest value a scale or number answer may have, if tested} */
    Optional<Double> min();

    /** {@return the highest value a scale or number answer may have, if tested} */
    Optional<Double> max();

    /** {@return whether the question must have been answered ({@code true}) or not ({@code false}), if written} */
    Optional<Boolean> answered();

    /**
     * {@inheritDoc}
     *
     * @param answers answers by question id; unanswered questions absent
     * @return whether every test written holds
     */
    @Override
    default boolean holds(Map<String, Answer> answers) {
        Answer answer = answers.get(question());
        boolean wantsAnswered = answered().orElse(true);
        List<String> anyOf = anyOf();
        Optional<Double> min = min();
        Optional<Double> max = max();
        if (answer == null) {
            // "answered: false" alone holds for an unanswered question; any value test cannot
            return !wantsAnswered && anyOf.isEmpty() && min.isEmpty() && max.isEmpty();
        }
        if (!wantsAnswered) return false;
        if (!anyOf.isEmpty() && !picksAnyOf(answer, anyOf)) return false;
        if (min.isPresent() || max.isPresent()) {
            OptionalDouble value = numericValue(answer);
            if (value.isEmpty()) return false;
            // written so that NaN bounds make the test false instead of true
            if (min.isPresent() && !(value.getAsDouble() >= min.get())) return false;
            if (max.isPresent() && !(value.getAsDouble() <= max.get())) return false;
        }
        return true;
    }

    private static boolean picksAnyOf(Answer answer, List<String> anyOf) {
        if (answer instanceof Answer.Choice c) return anyOf.contains(c.option());
        if (answer instanceof Answer.Choices c) return anyOf(c.options(), anyOf);
        if (answer instanceof Answer.Ranking r) return anyOf(r.order(), anyOf);
        return false;
    }

    /** A plain loop: conditions are judged for every response of a batch. */
    private static boolean anyOf(List<String> options, List<String> anyOf) {
        for (String option : options) {
            if (anyOf.contains(option)) return true;
        }
        return false;
    }

    private static OptionalDouble numericValue(Answer answer) {
        if (answer instanceof Answer.Scale s) return OptionalDouble.of(s.value());
        if (answer instanceof Answer.Number n && n.value() != null) return OptionalDouble.of(n.value().doubleValue());
        return OptionalDouble.empty();
    }
}
