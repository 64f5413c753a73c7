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
        return withoutNoAnswers(index, response, index.anyOffersNoAnswer() ? index.byPosition(response.answers()) : null);
    }

    /**
     * As {@link #withoutNoAnswers(Questionnaire, Response)}, with the questionnaire's index and the
     * response's answers by position ({@link QuestionIndex#byPosition}, or {@code null}) at hand:
     * only the questions that offer "don't know" are looked at.
     */
    public static Response withoutNoAnswers(QuestionIndex index, Response response, Answer[] byPosition) {
        if (!index.anyOffersNoAnswer()) return response;
        boolean any = false;
        if (byPosition != null) {
            for (int i = 0; i < index.noAnswerQuestions() && !any; i++) {
                int at = index.noAnswerQuestion(i);
                Answer answer = byPosition[at];
                any = answer != null && isNoAnswer(index, at, answer);
            }
        } else {
            // answers come in questionnaire order: each position is found by identity at the hint
            int next = 0;
            for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
                int at = index.position(e.getKey(), next);
                next = at + 1;
                if (isNoAnswer(index, at, e.getValue())) {
                    any = true;
                    break;
                }
            }
        }
        if (!any) return response;
        int next = 0;
        Response.Builder kept = Response.builder(response.questionnaireId(), response.questionnaireVersion())
                .respondent(response.respondent());
        for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
            int at = index.position(e.getKey(), next);
            next = at + 1;
            if (!isNoAnswer(index, at, e.getValue())) kept.answer(e.getKey(), e.getValue());
        }
        return kept.build();
    }

    /** Whether {@code answer} to the question at {@code position} of {@code index} is its "don't know" option, picked alone. */
    static boolean isNoAnswer(QuestionIndex index, int position, Answer answer) {
        if (!index.offersNoAnswer(position)) return false;
        if (answer instanceof Answer.Choice c) return index.isNoAnswerOption(position, c.option());
        if (answer instanceof Answer.Choices c) return c.options().size() == 1 && index.isNoAnswerOption(position, c.options().get(0));
        return false;
    }

    private static boolean noAnswer(Question question, String optionId) {
        for (Option o : question.choices()) {
            if (o.id().equals(optionId)) return o.noAnswer();
        }
        return false;
    }
}
