package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid answers to a questionnaire, as the engine would pass them to a strategy: known
 * options, values in range, and no answer to a question whose condition is false.
 */
final class Answering {

    private Answering() {
    }

    static Arbitrary<Map<String, Answer>> answersTo(Questionnaire questionnaire) {
        List<Question> questions = questionnaire.questions();
        List<Arbitrary<Optional<Answer>>> each = new ArrayList<>();
        for (Question q : questions) each.add(answerTo(q).optional(0.7));
        return Combinators.combine(each).as(picked -> {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                // conditions only look back, so the answers so far decide whether q is asked
                if (picked.get(i).isPresent() && q.isAskedGiven(answers)) answers.put(q.id(), picked.get(i).get());
            }
            return answers;
        });
    }

    static Arbitrary<Answer> answerTo(Question question) {
        List<String> ids = question.choices().stream().map(Option::id).toList();
        if (question instanceof SingleChoiceQuestion) {
            return Arbitraries.of(ids).map(Answer.Choice::new);
        }
        if (question instanceof MultipleChoiceQuestion q) {
            return Arbitraries.subsetOf(ids).ofMinSize(q.minPicks()).ofMaxSize(q.maxPicks())
                    .map(set -> (Answer) new Answer.Choices(ids.stream().filter(set::contains).toList()));
        }
        if (question instanceof RankingQuestion q) {
            return Arbitraries.shuffle(ids).map(order -> new Answer.Ranking(order.subList(0, q.top())));
        }
        if (question instanceof ScaleQuestion q) {
            return Arbitraries.integers().between(q.min(), q.max()).map(Answer.Scale::new);
        }
        if (question instanceof NumberQuestion) {
            return Arbitraries.integers().between(0, 100_000).map(n -> new Answer.Number(BigDecimal.valueOf(n)));
        }
        if (question instanceof TextQuestion) {
            return Arbitraries.strings().alpha().ofMaxLength(20).map(Answer.Text::new);
        }
        throw new IllegalArgumentException("no answers for " + question.kind());
    }
}
