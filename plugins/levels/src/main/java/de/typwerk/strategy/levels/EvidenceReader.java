package de.typwerk.strategy.levels;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Turns a response into evidence: for every counted question, in questionnaire order, the stage
 * its answer shows on each criterion it speaks to.
 *
 * <ul>
 *   <li>single choice: the chosen option's weight for the criterion (0 if it names none);</li>
 *   <li>multiple choice and ranking: the highest weight among the picked options (0 if none
 *       picked names the criterion), so adding a pick never lowers a stage;</li>
 *   <li>scale: the answer scaled to 0..1 (min to max) times the weight;</li>
 *   <li>number and text: no evidence.</li>
 * </ul>
 *
 * Unanswered questions are left out under {@code missing: skip}; under {@code neutral} an asked
 * but unanswered question counts as no option chosen (stage 0) or as the middle of its scale.
 */
final class EvidenceReader {

    private final MaturityModel model;
    private final List<Question> questions;

    EvidenceReader(MaturityModel model, Questionnaire questionnaire) {
        this.model = model;
        this.questions = questionnaire.questions();
    }

    List<QuestionEvidence> read(Response response, MissingAnswers missing) {
        Map<String, Answer> answers = response.answers();
        List<QuestionEvidence> evidence = new ArrayList<>();
        for (Question question : questions) {
            List<String> criteria = model.criteriaOf(question);
            if (criteria.isEmpty()) continue;
            Optional<Answer> answer = response.answer(question.id());
            Optional<Map<String, Double>> stages;
            if (answer.isPresent()) {
                stages = stages(question, criteria, answer.get());
            } else if (missing == MissingAnswers.NEUTRAL && asked(question, answers)) {
                stages = Optional.of(neutral(question, criteria));
            } else {
                stages = Optional.empty();
            }
            stages.ifPresent(s -> evidence.add(new QuestionEvidence(question.id(), s)));
        }
        return evidence;
    }

    /** A question whose condition is false was never asked and must not count as neutral. */
    private static boolean asked(Question question, Map<String, Answer> answers) {
        return question.when().map(c -> c.holds(answers)).orElse(true);
    }

    private Optional<Map<String, Double>> stages(Question question, List<String> criteria, Answer answer) {
        List<String> picked;
        if (answer instanceof Answer.Choice c) {
            picked = List.of(c.option());
        } else if (answer instanceof Answer.Choices c) {
            picked = c.options();
        } else if (answer instanceof Answer.Ranking r) {
            picked = r.order();
        } else if (answer instanceof Answer.Scale s && question instanceof ScaleQuestion scale) {
            double position = scale.normalise(s.value());
            return Optional.of(each(criteria, c -> position * scale.weights().getOrDefault(c, 0.0)));
        } else {
            // an answer of another kind than its question: the engine rejects it before scoring
            return Optional.empty();
        }
        List<Option> options = picked.stream().map(question::option).flatMap(Optional::stream).toList();
        return Optional.of(each(criteria, c -> options.stream()
                .mapToDouble(o -> o.weights().getOrDefault(c, 0.0)).max().orElse(0.0)));
    }

    private Map<String, Double> neutral(Question question, List<String> criteria) {
        if (question instanceof ScaleQuestion scale) {
            return each(criteria, c -> 0.5 * scale.weights().getOrDefault(c, 0.0));
        }
        return each(criteria, c -> 0.0);
    }

    private Map<String, Double> each(List<String> criteria, ToDoubleFunction<String> stage) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String c : criteria) out.put(c, model.clamp(stage.applyAsDouble(c)));
        return out;
    }
}
