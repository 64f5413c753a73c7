package de.typwerk.strategy.prototype;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.testkit.ScoringStrategyContract;
import de.typwerk.testkit.TestQuestionnaires;

/**
 * The prototype strategy under the test kit's contract, as any outside strategy would be: total on
 * every valid response to the team fixture, deterministic, blind to the order of the answers, happy
 * with the fixture's prototypes, and found by the engine on the class path.
 */
class PrototypeStrategyContractTest implements ScoringStrategyContract<PrototypeParameters> {

    @Override
    public ScoringStrategy<PrototypeParameters> strategy() {
        return new PrototypeStrategy();
    }

    @Override
    public Questionnaire questionnaire() {
        return TestQuestionnaires.read("fixtures/teams.yaml");
    }
}
