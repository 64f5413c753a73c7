package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.testkit.TestQuestionnaires;
import de.typwerk.testkit.TestResponses;
import de.typwerk.testkit.TestScoringContext;
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

    /** A response to {@link #TEAMS} from {@code questionId, answer} pairs, kept in the given order. */
    static Response answers(Object... pairs) {
        return TestResponses.of(TEAMS, pairs);
    }

    static Response response(Map<String, Answer> answers) {
        return TestResponses.of(TEAMS, answers);
    }

    /** {@code strategy} prepared for {@link #TEAMS} with {@code parameters}, scoring {@code response}. */
    static <P> ScoreSheet score(ScoringStrategy<P> strategy, P parameters, Response response, MissingAnswers missing) {
        return strategy.prepare(TEAMS, parameters).score(TestScoringContext.of(response).missing(missing));
    }

    static <P> ScoreSheet score(ScoringStrategy<P> strategy, P parameters, Response response) {
        return score(strategy, parameters, response, MissingAnswers.SKIP);
    }
}
