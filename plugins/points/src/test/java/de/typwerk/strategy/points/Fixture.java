package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoringRequest;
import de.typwerk.testkit.TestQuestionnaires;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test questionnaire {@code fixtures/teams.yaml}, read strictly, and ways to answer it. */
final class Fixture {

    static final Questionnaire TEAMS = read("fixtures/teams.yaml");

    private Fixture() {
    }

    /** Read as the engine reads definitions (the test kit's reader), so fixtures are held to the real rules. */
    static Questionnaire read(String resource) {
        return TestQuestionnaires.read(resource);
    }

    /** A response from {@code questionId, answer} pairs, kept in the given order. */
    static Response answers(Object... pairs) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) answers.put((String) pairs[i], (Answer) pairs[i + 1]);
        return response(answers);
    }

    static Response response(Map<String, Answer> answers) {
        return new Response(TEAMS.id(), Version.parse(TEAMS.version()), Respondent.ANONYMOUS, answers);
    }

    static <P> ScoringRequest<P> request(P parameters, Response response) {
        return new ScoringRequest<>(TEAMS, parameters, response, MissingAnswers.SKIP);
    }

    static Answer.Choice choice(String option) {
        return new Answer.Choice(option);
    }

    static Answer.Choices choices(String... options) {
        return new Answer.Choices(List.of(options));
    }

    static Answer.Ranking ranking(String... order) {
        return new Answer.Ranking(List.of(order));
    }

    static Answer.Scale scale(int value) {
        return new Answer.Scale(value);
    }

    static Answer.Number number(long value) {
        return new Answer.Number(BigDecimal.valueOf(value));
    }
}
