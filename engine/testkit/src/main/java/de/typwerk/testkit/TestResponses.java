package de.typwerk.testkit;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses written by hand in a strategy's tests, one line each:
 *
 * <pre>{@code
 * Response r = TestResponses.of(questionnaire, "q-anchor", choice("o-tradition"), "q-scale", scale(4));
 * }</pre>
 *
 * Nothing is checked here: a response may answer what the questionnaire would refuse, which is how
 * a test puts a strategy's own robustness to the test. The respondent is anonymous.
 */
public final class TestResponses {

    private TestResponses() {
    }

    /**
     * A response to {@code questionnaire} with these answers, in the order of the map.
     *
     * @param questionnaire the questionnaire answered; its id and version name the response's
     * @param answers       answers by question id, unchecked
     * @return the response, from an anonymous respondent
     */
    public static Response of(Questionnaire questionnaire, Map<String, Answer> answers) {
        return Response.builder(questionnaire.id(), version(questionnaire)).answers(answers).build();
    }

    /**
     * A response from alternating question ids and answers, kept in the order given:
     * {@code of(questionnaire, "q-anchor", choice("o-tradition"), "q-scale", scale(4))}.
     *
     * @param questionnaire the questionnaire answered; its id and version name the response's
     * @param idsAndAnswers a question id (a {@code String}), then its {@link Answer}, and so on
     * @return the response, from an anonymous respondent
     * @throws IllegalArgumentException when the values do not come in pairs
     */
    public static Response of(Questionnaire questionnaire, Object... idsAndAnswers) {
        if (idsAndAnswers.length % 2 != 0) {
            throw new IllegalArgumentException("question ids and answers come in pairs: " + idsAndAnswers.length + " values");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idsAndAnswers.length; i += 2) answers.put((String) idsAndAnswers[i], (Answer) idsAndAnswers[i + 1]);
        return of(questionnaire, answers);
    }

    /**
     * The questionnaire's version; 0.0.0 for one that is not a version, which the validator refuses
     * but a test may build on purpose.
     *
     * @param questionnaire the questionnaire
     * @return its version
     */
    public static Version version(Questionnaire questionnaire) {
        return Version.isValid(questionnaire.version()) ? Version.parse(questionnaire.version()) : new Version(0, 0, 0, "");
    }

    /**
     * The answer to a single-choice question.
     *
     * @param option the id of the option picked
     * @return the answer
     */
    public static Answer.Choice choice(String option) {
        return new Answer.Choice(option);
    }

    /**
     * The answer to a multiple-choice question.
     *
     * @param options the ids of the options picked
     * @return the answer
     */
    public static Answer.Choices choices(String... options) {
        return new Answer.Choices(List.of(options));
    }

    /**
     * The answer to a ranking question.
     *
     * @param order option ids, most important first
     * @return the answer
     */
    public static Answer.Ranking ranking(String... order) {
        return new Answer.Ranking(List.of(order));
    }

    /**
     * The answer to a scale question.
     *
     * @param value the point picked
     * @return the answer
     */
    public static Answer.Scale scale(int value) {
        return new Answer.Scale(value);
    }

    /**
     * The answer to a number question.
     *
     * @param value the number
     * @return the answer
     */
    public static Answer.Number number(long value) {
        return new Answer.Number(BigDecimal.valueOf(value));
    }
}
