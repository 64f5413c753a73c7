package de.typwerk.strategy.levels;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Response;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a question was asked, i.e. whether its {@code when} holds on the response.
 * Needed only for {@code missing: neutral}: a question that was never asked must not count as a
 * neutral answer. Follows the semantics documented on {@link AnswerCondition}.
 */
final class ConditionEvaluator {

    private final Response response;

    ConditionEvaluator(Response response) {
        this.response = response;
    }

    boolean asked(Question question) {
        return question.when().map(this::holds).orElse(true);
    }

    boolean holds(Condition condition) {
        // Java 17 has no pattern switch; the sealed interface keeps this chain complete
        if (condition instanceof AllCondition all) return all.all().stream().allMatch(this::holds);
        if (condition instanceof AnyCondition any) return any.any().stream().anyMatch(this::holds);
        if (condition instanceof NotCondition not) return !holds(not.not());
        return holds((AnswerCondition) condition);
    }

    private boolean holds(AnswerCondition test) {
        Optional<Answer> answer = response.answer(test.question());
        if (answer.isEmpty()) {
            // an unanswered question fails every test but answered: false
            return test.answered().isPresent() && !test.answered().get()
                    && test.anyOf().isEmpty() && test.min().isEmpty() && test.max().isEmpty();
        }
        if (test.answered().isPresent() && !test.answered().get()) return false;
        if (!test.anyOf().isEmpty() && chosen(answer.get()).stream().noneMatch(test.anyOf()::contains)) {
            return false;
        }
        if (test.min().isPresent() || test.max().isPresent()) {
            Optional<Double> value = value(answer.get());
            if (value.isEmpty()) return false;
            if (test.min().isPresent() && value.get() < test.min().get()) return false;
            if (test.max().isPresent() && value.get() > test.max().get()) return false;
        }
        return true;
    }

    private static List<String> chosen(Answer answer) {
        if (answer instanceof Answer.Choice c) return List.of(c.option());
        if (answer instanceof Answer.Choices c) return c.options();
        if (answer instanceof Answer.Ranking r) return r.order();
        return List.of();
    }

    private static Optional<Double> value(Answer answer) {
        if (answer instanceof Answer.Scale s) return Optional.of((double) s.value());
        if (answer instanceof Answer.Number n) return Optional.of(n.value().doubleValue());
        return Optional.empty();
    }
}
