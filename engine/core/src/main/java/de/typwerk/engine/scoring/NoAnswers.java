package de.typwerk.engine.scoring;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.engine.definition.QuestionIndex;
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
        QuestionIndex index = QuestionIndex.of(questionnaire);
        Map<String, Answer> answers = response.answers();
        // only a question with a "don't know" option can have been answered with it
        for (int n = 0; n < index.countOfferingNoAnswer(); n++) {
            int at = index.offeringNoAnswer(n);
            Answer answer = answers.get(index.ids().get(at));
            if (answer != null && isNoAnswer(index.questions().get(at), answer)) return without(index, response);
        }
        return response;
    }

    /** {@code response} without its "don't know" answers. */
    private static Response without(QuestionIndex index, Response response) {
        Response.Builder kept = Response.builder(response.questionnaireId(), response.questionnaireVersion())
                .respondent(response.respondent());
        int next = 0;
        for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
            int at = index.position(e.getKey(), next);
            next = at + 1;
            if (!index.offersNoAnswer(at) || !isNoAnswer(index.questions().get(at), e.getValue())) {
                kept.answer(e.getKey(), e.getValue());
            }
        }
        return kept.build();
    }

    private static boolean noAnswer(Question question, String optionId) {
        for (Option o : question.choices()) {
            if (o.id().equals(optionId)) return o.noAnswer();
        }
        return false;
    }
}
