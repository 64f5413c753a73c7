package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.testkit.fixtures.TallyStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parameters check holds a strategy to the defaults its schema names: the engine never fills
 * in a schema's {@code default}, so a parameter a definition leaves out reaches the strategy as
 * the parameter type's compact constructor leaves it.
 */
class SchemaDefaultsContractTest {

    private static final String SCHEMA = """
            {"type": "object",
             "properties": {"threshold": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.25}},
             "additionalProperties": false}""";

    /** A threshold left out: null, as the record leaves it. */
    public record Unset(Double threshold) {
    }

    /** A threshold left out: the schema's default, set by the record. */
    public record Kept(Double threshold) {
        public Kept {
            threshold = threshold == null ? 0.25 : threshold;
        }
    }

    /** A threshold that must be written, whatever the schema says. */
    public record Required(double threshold) {
    }

    /** The tally's scoring under the id tally, with {@code type} as its parameters and {@link #SCHEMA}. */
    private static <P> ScoringStrategy<P> strategy(Class<P> type) {
        return new ScoringStrategy<>() {
            @Override
            public String id() {
                return "tally";
            }

            @Override
            public Version version() {
                return Version.parse("1.0.0");
            }

            @Override
            public LocalizedText description() {
                return LocalizedText.of("en", "Counts with a threshold.");
            }

            @Override
            public Class<P> parametersType() {
                return type;
            }

            @Override
            public Optional<String> parametersSchema() {
                return Optional.of(SCHEMA);
            }

            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, P parameters) {
                return new TallyStrategy().prepare(questionnaire, new TallyStrategy.Parameters(List.of()));
            }
        };
    }

    private static <P> ScoringStrategyContract<P> contract(Class<P> type, String parameters) {
        Questionnaire questionnaire = tallyWith(parameters);
        return new ScoringStrategyContract<>() {
            @Override
            public ScoringStrategy<P> strategy() {
                return SchemaDefaultsContractTest.strategy(type);
            }

            @Override
            public Questionnaire questionnaire() {
                return questionnaire;
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    private static Questionnaire tallyWith(String parameters) {
        try (InputStream in = SchemaDefaultsContractTest.class.getClassLoader().getResourceAsStream("questionnaires/tally.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TestQuestionnaires.parse("tally-threshold.yaml", text.replace("  parameters: {}", "  parameters: " + parameters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void fails_a_schema_default_that_the_parameters_record_leaves_null() {
        assertThatThrownBy(contract(Unset.class, "{}")::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageStartingWith("Check \"parameters\" failed: the parameter type does not keep the defaults its schema names.")
                .hasMessageContaining("The schema gives \"threshold\" the default 0.25, but a definition that leaves \"threshold\" out"
                        + " hands the strategy null: Typwerk does not fill in a schema’s defaults. Set \"threshold\" to 0.25 in the"
                        + " compact constructor of " + Unset.class.getName());
    }

    @Test
    void fails_it_also_when_the_test_questionnaire_writes_the_parameter() {
        assertThatThrownBy(contract(Unset.class, "{threshold: 0.5}")::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageContaining("hands the strategy null");
    }

    @Test
    void passes_a_schema_default_that_the_compact_constructor_sets() {
        assertThatCode(contract(Kept.class, "{}")::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .doesNotThrowAnyException();
    }

    @Test
    void fails_a_schema_default_for_a_primitive_component_which_a_definition_must_write() {
        assertThatThrownBy(contract(Required.class, "{threshold: 0.5}")::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageStartingWith("Check \"parameters\" failed")
                .hasMessageContaining("The schema gives \"threshold\" the default 0.25, but a definition that leaves \"threshold\" out"
                        + " is refused: Typwerk does not fill in a schema’s defaults")
                .hasMessageContaining("and the component double threshold of " + Required.class.getName() + " is of a primitive"
                        + " type, which every definition must write. Make it a Double and set it to 0.25 in the compact constructor"
                        + " where it is null, or take the default out of the schema.")
                // in the author's terms: not the advice of the binding library, which a plugin cannot follow
                .hasMessageNotContaining("DeserializationFeature")
                .hasMessageNotContaining("Cannot map");
    }

    /** A threshold its record insists on, boxed. */
    public record Insisting(Double threshold) {
        public Insisting {
            if (threshold == null) throw new IllegalArgumentException("threshold is missing");
        }
    }

    @Test
    void fails_a_schema_default_the_compact_constructor_refuses_naming_what_it_threw() {
        assertThatThrownBy(contract(Insisting.class, "{threshold: 0.5}")::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageContaining("The schema gives \"threshold\" the default 0.25, but a definition that leaves \"threshold\" out"
                        + " is refused: Typwerk does not fill in a schema’s defaults, and " + Insisting.class.getName() + " does not take"
                        + " the parameters without \"threshold\" (IllegalArgumentException: threshold is missing). Set \"threshold\" to"
                        + " 0.25 in the compact constructor where it is null, or take the default out of the schema.")
                .hasMessageNotContaining("Cannot construct instance");
    }

    @Test
    void says_it_in_german_too() {
        ScoringStrategyContract<Required> german = new ScoringStrategyContract<>() {
            @Override
            public ScoringStrategy<Required> strategy() {
                return SchemaDefaultsContractTest.strategy(Required.class);
            }

            @Override
            public Questionnaire questionnaire() {
                return tallyWith("{threshold: 0.5}");
            }
        };
        assertThatThrownBy(german::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageContaining("die Komponente double threshold von " + Required.class.getName() + " ist ein primitiver Typ,"
                        + " den jede Definition angeben muss. Machen Sie sie zu Double und setzen Sie sie im kompakten Konstruktor auf"
                        + " 0.25, wenn sie null ist");
    }
}
