package de.typwerk.engine.scoring;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.engine.definition.QuestionIndex;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers that stand for "don't know / no answer" (an option marked {@code noAnswer}): they satisfy
 * a required question, and scoring treats the question as unanswered, so no strategy has to know
 * about them.
 */
public final class NoAnswers {

    private NoAnswers() {
    }

    /** Whether {@code answer} to {@code question} is its "don't know" option (picked alone, as it must be). */
    public static boolean isNoAnswer(Question question, Answer answer) {
        if (answer instanceof Answer.Choice c) return noAnswer(question, c.option());
        if (answer instanceof Answer.Choices c) return c.options().size() == 1 && noAnswer(question, c.options().get(0));
        return false;
    }

    /** {@code response} without its "don't know" answers: what a strategy scores. The same object when it has none. */
    public static Response withoutNoAnswers(Questionnaire questionnaire, Response response) {
        Map<String, Answer> kept = null;
        QuestionIndex index = QuestionIndex.of(questionnaire);
        int next = 0;
        for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
            int at = index.position(e.getKey(), next);
            next = at + 1;
            // only a question with a "don't know" option can have been answered with it
            if (!index.offersNoAnswer(at)) continue;
            Question question = index.questions().get(at);
            if (!isNoAnswer(question, e.getValue())) continue;
            if (kept == null) kept = new LinkedHashMap<>(response.answers());
            kept.remove(e.getKey());
        }
        return kept == null ? response
                : Response.builder(response.questionnaireId(), response.questionnaireVersion())
                        .respondent(response.respondent()).answers(kept).build();
    }

    private static boolean noAnswer(Question question, String optionId) {
        return question.option(optionId).map(Option::noAnswer).orElse(false);
    }
}
