package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * A variant read with {@link TestQuestionnaires} is resolved against the plugins on the test class
 * path; one whose base is not there fails saying which test dependency brings it, where it was
 * taken as written, without the base's questions, and a strategy's test then said that its
 * parameters, written under the overlay, were under neither scoring.parameters nor alternatives.
 */
class VariantQuestionnaireTest {

    private static final String VARIANT = """
            id: oefit-tally
            version: 1.0.0
            extends: oefit-digitalisierungstypen@[1.0,2.0)
            locales: [de, en]
            title: {de: "ÖFIT, gezählt", en: "ÖFIT, tallied"}
            overlay:
              scoring:
                alternatives:
                  tally: {}
            """;

    @Test
    void a_variant_whose_base_is_not_on_the_test_class_path_names_the_test_dependency() {
        assertThatThrownBy(() -> TestQuestionnaires.parse("questionnaires/oefit-tally.yaml", VARIANT))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Die Variante questionnaires/oefit-tally.yaml lässt sich nicht gegen die Fragebögen auf dem Test-Klassenpfad auflösen")
                .hasMessageContaining("questionnaires/oefit-tally.yaml:3:")
                .hasMessageContaining("de.typwerk:typwerk-questionnaire-oefit");
    }

    @Test
    void in_english_too() {
        assertThatThrownBy(() -> TestQuestionnaires.read("questionnaires/oefit-tally.yaml", Locale.ENGLISH))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("The variant questionnaires/oefit-tally.yaml does not resolve against the questionnaires on the test class path")
                .hasMessageContaining("add the plugin of its base to the pom.xml as a test dependency");
    }
}
