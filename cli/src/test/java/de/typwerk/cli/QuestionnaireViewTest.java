package de.typwerk.cli;

import de.typwerk.presentation.Language;
import de.typwerk.presentation.text.QuestionnaireView;
import de.typwerk.presentation.text.Page;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.nio.file.Files;
import java.util.Locale;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** How {@code show} lays out a questionnaire, checked on the fixture without starting an engine. */
class QuestionnaireViewTest {

    private static LoadedQuestionnaire fixture() throws IOException {
        byte[] yaml = Files.readAllBytes(Fixtures.path("plugin-good/questionnaires/amtstypen.yaml"));
        DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(Locale.GERMAN))
                .read(new DefinitionSource("amtstypen.yaml", yaml));
        assertThat(read.problems()).isEmpty();
        Questionnaire q = read.questionnaire().orElseThrow();
        return new LoadedQuestionnaire(q, "test-amtstypen", read.source(), read.contentHash());
    }

    private static String render(Language language) throws IOException {
        return new QuestionnaireView(fixture(), CliTexts.of(language)).render();
    }

    /** Wrapped lines joined again, so a test need not know where a sentence breaks. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void numbers_the_questions_through_all_sections_and_marks_required_ones() throws IOException {
        String text = render(Language.DE);

        assertThat(text).contains("  1. Gibt es eine Digitalstrategie? *", "  4. Welche Ziele sind Ihnen am wichtigsten? *",
                "  6. Was möchten Sie noch sagen?\n", "6 Fragen. * = Antwort erforderlich.");
    }

    @Test
    void renders_each_kind_with_what_an_answer_must_look_like() throws IOException {
        String text = render(Language.DE);

        assertThat(text)
                .contains("[q-strategie · Einfachauswahl]", "Eine Antwort wählen.", "( ) Ja [ja]", "Beschlossen vom Rat.")
                .contains("Skala von 1 bis 5:", "1 = gar nicht", "5 = vollständig")
                .contains("1 bis 2 auswählen.", "[ ] Kfz-Zulassung [kfz]")
                .contains("Die wichtigsten 2 von 3 auswählen und ordnen, das Wichtigste zuerst.", "- Bürgerservice [service]")
                .contains("Antwort: eine ganze Zahl von 0 bis 1000000 (Einheit: Euro).")
                .contains("Antwort: freier Text, höchstens 500 Zeichen.");
    }

    @Test
    void renders_conditions_as_sentences_naming_the_earlier_questions() throws IOException {
        assertThat(flat(render(Language.DE)))
                .contains("Nur wenn: bei Frage 1 (q-strategie) ist „Ja“ oder „Teilweise“ gewählt")
                .contains("Nur wenn: die Antwort auf Frage 2 (q-umsetzung) ist mindestens 3 und nicht (bei Frage 3")
                .contains("(q-dienste) ist „Bauantrag“ gewählt)");
        assertThat(render(Language.EN))
                .contains("Only if: “Yes” or “Partly” is chosen in question 1 (q-strategie)");
    }

    @Test
    void shows_the_typology_with_motto_profile_strengths_and_whom_to_learn_from() throws IOException {
        assertThat(render(Language.EN))
                .contains("The calm office  [ruhig]", "Motto: “Check first, then act.”", "What defines me?",
                        "  Care before speed.", "+ Thorough review of every project.", "- New services arrive late.",
                        "→ learn from: The nimble office")
                .contains("Dimensions: 1", "Pace  [tempo]", "0 = deliberate", "1 = fast");
    }

    @Test
    void wraps_at_eighty_columns_and_leaves_no_trailing_spaces() throws IOException {
        for (Language l : Language.values()) {
            assertThat(render(l).lines())
                    .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(Page.WIDTH))
                    .allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        }
    }
}
