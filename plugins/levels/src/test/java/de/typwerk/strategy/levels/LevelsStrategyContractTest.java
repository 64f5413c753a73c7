package de.typwerk.strategy.levels;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.testkit.ScoringStrategyContract;
import de.typwerk.testkit.TestQuestionnaires;

/**
 * The levels strategy under the test kit's contract, as any outside strategy would be: total on
 * every valid response to the staged fixture, deterministic, blind to the order of the answers,
 * happy with the fixture's parameters, and found by the engine on the class path.
 */
class LevelsStrategyContractTest implements ScoringStrategyContract<LevelsParameters> {

    @Override
    public ScoringStrategy<LevelsParameters> strategy() {
        return new LevelsStrategy();
    }

    @Override
    public Questionnaire questionnaire() {
        return TestQuestionnaires.read("fixtures/stufen.yaml");
    }
}
