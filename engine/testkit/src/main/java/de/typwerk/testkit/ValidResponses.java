package de.typwerk.testkit;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.Response;
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
 * jqwik arbitraries of responses the engine would hand a strategy: any subset of the questions
 * answered, each answer valid for its question (known options, picks and rankings of the allowed
 * size, values in range), answers in questionnaire order, and no answer to a question whose
 * condition is false given the answers before it. A text is never empty (the engine reads an
 * empty text as no answer). Required questions may stay unanswered: a strategy must cope with
 * partial responses too.
 *
 * <pre>{@code
 * @Property
 * void my_strategy_never_gives_a_negative_score(@ForAll("responses") Response response) { ... }
 *
 * @Provide
 * Arbitrary<Response> responses() {
 *     return ValidResponses.to(questionnaire);
 * }
 * }</pre>
 */
public final class ValidResponses {

    /** How likely each question is answered (when it is asked). */
    private static final double ANSWERED = 0.75;
    private static final int LONGEST_TEXT = 40;

    private ValidResponses() {
    }

    /**
     * Valid responses to {@code questionnaire}.
     *
     * @param questionnaire the questionnaire answered
     * @return an arbitrary of responses, each from an anonymous respondent
     */
    public static Arbitrary<Response> to(Questionnaire questionnaire) {
        return answersTo(questionnaire).map(answers -> TestResponses.of(questionnaire, answers));
    }

    /**
     * The answers of valid responses to {@code questionnaire}, by question id in questionnaire order.
     *
     * @param questionnaire the questionnaire answered
     * @return an arbitrary of answers by question id
     */
    public static Arbitrary<Map<String, Answer>> answersTo(Questionnaire questionnaire) {
        List<Question> questions = questionnaire.questions();
        if (questions.isEmpty()) return Arbitraries.just(Map.of());
        List<Arbitrary<Optional<Answer>>> each = new ArrayList<>();
        for (Question q : questions) each.add(answerTo(q).optional(ANSWERED));
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

    /**
     * Valid answers to one question.
     *
     * @param question the question
     * @return an arbitrary of its valid answers
     */
    public static Arbitrary<Answer> answerTo(Question question) {
        List<String> ids = question.choices().stream().map(Option::id).toList();
        if (question instanceof SingleChoiceQuestion) {
            return Arbitraries.of(ids).map(Answer.Choice::new);
        }
        if (question instanceof MultipleChoiceQuestion q) {
            int min = Math.min(q.minPicks(), ids.size());
            int max = Math.max(min, Math.min(q.maxPicks(), ids.size()));
            return Arbitraries.subsetOf(ids).ofMinSize(min).ofMaxSize(max)
                    .map(set -> new Answer.Choices(ids.stream().filter(set::contains).toList()));
        }
        if (question instanceof RankingQuestion q) {
            int top = Math.min(q.top(), ids.size());
            return Arbitraries.shuffle(ids).map(order -> new Answer.Ranking(order.subList(0, top)));
        }
        if (question instanceof ScaleQuestion q) {
            return Arbitraries.integers().between(q.min(), Math.max(q.min(), q.max())).map(Answer.Scale::new);
        }
        if (question instanceof NumberQuestion q) {
            BigDecimal min = q.min().filter(Double::isFinite).map(BigDecimal::valueOf).orElse(BigDecimal.valueOf(-1_000_000));
            BigDecimal max = q.max().filter(Double::isFinite).map(BigDecimal::valueOf).orElse(min.abs().add(BigDecimal.valueOf(1_000_000)));
            if (q.integer()) {
                return Arbitraries.bigIntegers().between(min.setScale(0, java.math.RoundingMode.CEILING).toBigInteger(),
                        max.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger()).map(v -> new Answer.Number(new BigDecimal(v)));
            }
            return Arbitraries.bigDecimals().between(min, max).ofScale(2).map(Answer.Number::new);
        }
        if (question instanceof TextQuestion q) {
            return Arbitraries.strings().withCharRange(' ', '~').withChars("äöüÄÖÜß€–„“")
                    .ofMinLength(1).ofMaxLength(Math.max(1, Math.min(q.maxLength(), LONGEST_TEXT))).map(Answer.Text::new);
        }
        throw new IllegalArgumentException("no answers for a question of kind " + question.kind());
    }

}
