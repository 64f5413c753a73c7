package de.typwerk.questionnaire.oefit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.strategy.points.PointsParameters;
import de.typwerk.strategy.points.PointsStrategy;
import de.typwerk.testkit.ScoringStrategyContract;
import de.typwerk.testkit.TestQuestionnaires;
import org.junit.jupiter.api.Test;

/**
 * A strategy held to the test kit's contract on the ÖFIT questionnaire, as the maker of a strategy
 * who maintains no questionnaire tests it: through a variant whose overlay gives the strategy its
 * parameters, read with {@link TestQuestionnaires#read(String)} and resolved against this plugin on
 * the test class path, where it was read as written, with none of the base's questions, and the
 * contract said its parameters were under neither scoring.parameters nor scoring.alternatives.
 */
class OefitVariantStrategyContractTest implements ScoringStrategyContract<PointsParameters> {

    @Override
    public ScoringStrategy<PointsParameters> strategy() {
        return new PointsStrategy();
    }

    @Override
    public Questionnaire questionnaire() {
        return TestQuestionnaires.read("questionnaires/oefit-punkte.yaml");
    }

    @Test
    void the_variant_is_read_resolved_with_the_questions_of_its_base_and_the_parameters_of_its_overlay() {
        Questionnaire variant = questionnaire();
        assertThat(variant.id()).isEqualTo("oefit-punkte");
        assertThat(variant.questions()).hasSizeGreaterThan(20);
        assertThat(variant.types()).hasSize(4);
        assertThat(variant.scoring().orElseThrow().parametersFor("points").orElseThrow())
                .containsEntry("exclude", java.util.List.of("einwohner"));
    }
}
