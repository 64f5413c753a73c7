package de.typwerk.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A definition's parameters that do not fit the strategy's JSON Schema: each problem names the
 * property and the rule it breaks, and a value that fits none of the alternatives of a
 * {@code oneOf} or {@code anyOf} is one problem saying what each alternative lacks.
 */
class ParameterSchemaMessagesTest {

    private final DefinitionReader reader = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH));

    private List<Problem> validate(Locale locale, String parameters) {
        DefinitionRead read = reader.read("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions: [{id: q, kind: text, text: {de: Q}}]
                scoring:
                  strategy: test-alternatives
                  parameters: %s
                """.formatted(parameters));
        assertThat(read.problems()).as("read problems").isEmpty();
        return new Validator(new Messages(locale), new TestStrategies(new AlternativesStrategy()))
                .validate(read.questionnaire().orElseThrow(), read.sourceMap());
    }

    @Test
    void a_value_that_fits_no_alternative_of_a_one_of_is_one_problem_naming_what_each_alternative_lacks() {
        assertThat(validate(Locale.ENGLISH, "{mode: strict, threshold: -1}")).singleElement()
                .extracting(Problem::code, p -> p.location().pointer(), (Problem p) -> p.message())
                .containsExactly("invalid-parameter", "/scoring/parameters/threshold",
                        "The parameters do not fit the strategy 'test-alternatives': threshold: fits none of the"
                                + " alternatives of oneOf – alternative 1: must have a minimum value of 0 (rule minimum);"
                                + " alternative 2: does not have a value in the enumeration [\"auto\"] (rule enum),"
                                + " integer found, string expected (rule type)");
    }

    @Test
    void a_value_that_fits_no_alternative_of_an_any_of_is_one_problem_too() {
        assertThat(validate(Locale.ENGLISH, "{mode: loose}")).singleElement().extracting((Problem p) -> p.message())
                .isEqualTo("The parameters do not fit the strategy 'test-alternatives': mode: fits none of the alternatives"
                        + " of anyOf – alternative 1: must be the constant value 'strict' (rule const);"
                        + " alternative 2: must be the constant value 'lenient' (rule const)");
    }

    @Test
    void names_a_nested_property_an_unknown_one_and_a_missing_one_each_with_its_rule() {
        assertThat(validate(Locale.ENGLISH, "{limits: {upper: many}, extra: 1}"))
                .extracting(p -> p.location().pointer(), (Problem p) -> p.message())
                .containsExactlyInAnyOrder(
                        tuple("/scoring/parameters", "The parameters do not fit the strategy 'test-alternatives':"
                                + " the parameters: required property 'mode' not found (rule required)"),
                        tuple("/scoring/parameters/extra", "The parameters do not fit the strategy 'test-alternatives':"
                                + " extra: property 'extra' is not defined in the schema and the schema does not allow"
                                + " additional properties (rule additionalProperties)"),
                        tuple("/scoring/parameters/limits/upper", "The parameters do not fit the strategy"
                                + " 'test-alternatives': limits/upper: string found, integer expected (rule type)"));
    }

    @Test
    void suggests_the_property_the_schema_allows_for_a_misspelt_one_as_for_a_misspelt_key_of_the_definition() {
        assertThat(validate(Locale.ENGLISH, "{mode: strict, treshold: 1}")).singleElement()
                .extracting(p -> p.location().pointer(), (Problem p) -> p.message())
                .containsExactly("/scoring/parameters/treshold", "The parameters do not fit the strategy 'test-alternatives':"
                        + " treshold: property 'treshold' is not defined in the schema and the schema does not allow"
                        + " additional properties (rule additionalProperties) – did you mean 'threshold'?");
    }

    @Test
    void in_german_by_default() {
        assertThat(validate(Locale.GERMAN, "{mode: strict, threshold: -1}")).singleElement().extracting((Problem p) -> p.message())
                .asString().startsWith("Parameter passen nicht zur Strategie „test-alternatives“: threshold: passt zu"
                        + " keiner der Alternativen von oneOf – Alternative 1: ");
    }
}
