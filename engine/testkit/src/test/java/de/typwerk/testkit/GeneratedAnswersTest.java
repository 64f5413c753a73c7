package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.testkit.fixtures.TallyStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Whatever the test kit generates or finds must be answers the engine itself accepts, or the
 * checks would prove nothing: generated responses read back through the engine's answers reader
 * without an error, and the answers the type search finds are complete and valid.
 */
class GeneratedAnswersTest {

    private static final Questionnaire TALLY = TestQuestionnaires.read("questionnaires/tally.yaml");
    private static final LoadedQuestionnaire LOADED = new LoadedQuestionnaire(TALLY, "testkit-fixtures", "tally.yaml", "sha256:0");
    private final AnswersReader reader = new AnswersReader(new Mappers(), new Messages(Locale.ENGLISH));

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        return ValidResponses.answersTo(TALLY);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void generated_answers_are_accepted_by_the_engines_answers_reader(@ForAll("answers") Map<String, Answer> answers) {
        AnswersRead read = reader.readPartial("generated.json", AnswersFile.json(TALLY, answers), List.of(LOADED));

        assertThat(read.problems()).isEmpty();
        assertThat(read.response().orElseThrow().answers()).isEqualTo(answers);
    }

    @Test
    void answers_found_for_each_type_are_complete_valid_and_make_it_the_primary_result() {
        try (StrategyRunner scorer = new StrategyRunner(new Mappers(), new Messages(Locale.ENGLISH))) {
            TypeSearch search = new TypeSearch(LOADED, new TallyStrategy(), scorer);
            for (TypeDefinition type : TALLY.types()) {
                TypeSearch.Found found = search.search(type.id());

                assertThat(found).as(type.id()).isInstanceOf(TypeSearch.Found.Primary.class);
                Map<String, Answer> answers = ((TypeSearch.Found.Primary) found).answers();
                AnswersRead read = reader.read("found.json", AnswersFile.json(TALLY, answers), List.of(LOADED));
                assertThat(read.problems()).as(type.id()).isEmpty();
            }
        }
    }

    @Test
    void the_condition_search_finds_answers_that_ask_a_question_behind_a_scale_bound() {
        ConditionSearch.Reach reach = new ConditionSearch(TALLY).reach(TALLY.question("q-why").orElseThrow());

        assertThat(reach).isInstanceOfSatisfying(ConditionSearch.Reach.Asked.class, asked ->
                assertThat(asked.answers().get("q-intensity")).isInstanceOfSatisfying(Answer.Scale.class,
                        scale -> assertThat(scale.value()).isGreaterThanOrEqualTo(4)));
    }

    @Test
    void reports_the_closest_outcome_when_a_type_cannot_be_reached() {
        Questionnaire noBlue = TestQuestionnaires.read("plugins/unreachable-type/questionnaires/unreachable-type.yaml");
        LoadedQuestionnaire loaded = new LoadedQuestionnaire(noBlue, "x", "x.yaml", "sha256:0");
        try (StrategyRunner scorer = new StrategyRunner(new Mappers(), new Messages(Locale.ENGLISH))) {
            TypeSearch.Found found = new TypeSearch(loaded, new TallyStrategy(), scorer).search("blue");

            assertThat(found).isInstanceOfSatisfying(TypeSearch.Found.Closest.class, closest -> {
                assertThat(closest.lead()).isLessThan(0);
                assertThat(closest.outcome()).isNotInstanceOf(Outcome.Insufficient.class);
                assertThat(closest.scored()).isGreaterThan(TypeSearch.STARTS);
            });
        }
    }
}
