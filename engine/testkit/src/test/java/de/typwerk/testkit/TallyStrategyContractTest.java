package de.typwerk.testkit;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.testkit.fixtures.TallyStrategy;

/** The strategy contract run as an author runs it, on a correct strategy. */
class TallyStrategyContractTest implements ScoringStrategyContract<TallyStrategy.Parameters> {

    @Override
    public ScoringStrategy<TallyStrategy.Parameters> strategy() {
        return new TallyStrategy();
    }

    @Override
    public Questionnaire questionnaire() {
        return TestQuestionnaires.read("questionnaires/tally.yaml");
    }
}
