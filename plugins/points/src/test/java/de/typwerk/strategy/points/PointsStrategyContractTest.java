package de.typwerk.strategy.points;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.testkit.ScoringStrategyContract;
import de.typwerk.testkit.TestQuestionnaires;

/**
 * The points strategy under the test kit's contract, as any outside strategy would be: total on
 * every valid response to the team fixture, deterministic, blind to the order of the answers, happy
 * with the fixture's parameters, and found by the engine on the class path.
 */
class PointsStrategyContractTest implements ScoringStrategyContract<PointsParameters> {

    @Override
    public ScoringStrategy<PointsParameters> strategy() {
        return new PointsStrategy();
    }

    @Override
    public Questionnaire questionnaire() {
        return TestQuestionnaires.read("fixtures/teams.yaml");
    }
}
