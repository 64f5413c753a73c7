package de.typwerk.presentation.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.QuestionnaireView;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the answers template says each question expects, where a plugin's question takes one pick only. */
class AnswersTemplateTest {

    private static final String ONE_PICK = """
            id: eine-wahl
            version: 1.0.0
            locales: [de, en]
            title: {de: "Eine Wahl", en: "One pick"}
            types:
              - {id: a, name: {de: "A", en: "A"}}
            sections:
              - id: s
                title: {de: "S", en: "S"}
                questions:
                  - id: felder
                    kind: multi
                    required: true
                    text: {de: "Welche Felder?", en: "Which fields?"}
                    options:
                      - {id: mobilitaet, text: {de: "Mobilität", en: "Mobility"}, weights: {a: 1}}
                      - {id: keine, text: {de: "Keine", en: "None"}, exclusive: true}
                      - {id: weiss-nicht, text: {de: "Weiß nicht", en: "Don't know"}, noAnswer: true}
                  - id: ziel
                    kind: ranking
                    required: true
                    top: 1
                    text: {de: "Welches Ziel zuerst?", en: "Which goal first?"}
                    options:
                      - {id: tempo, text: {de: "Tempo", en: "Speed"}, weights: {a: 1}}
                      - {id: ruhe, text: {de: "Ruhe", en: "Calm"}, weights: {a: 0}}
            """;

    private static Questionnaire onePick() {
        return new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH)).read("eine-wahl.yaml", ONE_PICK)
                .questionnaire().orElseThrow();
    }

    @Test
    void a_borough_of_berlin_or_hamburg_asked_for_its_ags_is_told_it_has_none_of_its_own_and_what_to_give() {
        String german = new AnswersTemplate(onePick(), Texts.of(Language.DE)).yaml("typwerk score a.yaml");
        String english = new AnswersTemplate(onePick(), Texts.of(Language.EN)).yaml("typwerk score a.yaml");

        assertThat(german).contains("ein Bezirk in Berlin oder Hamburg hat keinen eigenen: den seiner Stadt, \"11000000\" oder \"02000000\", oder leer lassen");
        assertThat(english).contains("a borough of Berlin or Hamburg has none of its own: its city’s, \"11000000\" or \"02000000\", or leave it empty");
    }

    @Test
    void a_pick_of_exactly_one_is_asked_for_as_one_option_id_with_an_example_that_is_accepted() {
        String german = new AnswersTemplate(onePick(), Texts.of(Language.DE)).yaml("typwerk score a.yaml");
        String english = new AnswersTemplate(onePick(), Texts.of(Language.EN)).yaml("typwerk score a.yaml");

        // not "1 bis 1 Options-IDs als Liste, z. B. [mobilitaet, keine]", which would be refused
        assertThat(german).contains("genau eine Options-ID als Liste, z. B. [mobilitaet]",
                "genau eine Options-ID als Liste, die wichtigste, z. B. [tempo]").doesNotContain("1 bis 1", "genau 1 ");
        assertThat(english).contains("exactly one option id as a list, e.g. [mobilitaet]",
                "exactly one option id as a list, the most important, e.g. [tempo]").doesNotContain("1 to 1", "exactly 1 ");
    }

    @Test
    void show_asks_for_one_pick_and_the_most_important_of_a_ranking_of_one_in_words() {
        DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH)).read("eine-wahl.yaml", ONE_PICK);
        LoadedQuestionnaire loaded = new LoadedQuestionnaire(read.questionnaire().orElseThrow(), "test", read.source(), read.contentHash());

        String german = new QuestionnaireView(loaded, Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String english = new QuestionnaireView(loaded, Texts.of(Language.EN)).render().replaceAll("\\s+", " ");

        assertThat(german).contains("Genau eine auswählen.", "Die wichtigste von 2 auswählen.")
                .doesNotContain("Genau 1 ", "Die wichtigsten 1 ");
        assertThat(english).contains("Choose exactly one.", "Choose the most important of 2.")
                .doesNotContain("exactly 1.", "the 1 most important");
    }

    @Test
    void the_largest_limits_a_definition_can_hold_are_written_short_not_in_309_digits() {
        // validate takes any finite limits; show, the template and take wrote each with all its 309 digits
        String wide = """
                id: weit
                version: 1.0.0
                locales: [de, en]
                title: {de: "Weit", en: "Wide"}
                types:
                  - {id: a, name: {de: "A", en: "A"}}
                sections:
                  - id: s
                    title: {de: "S", en: "S"}
                    questions:
                      - id: betrag
                        kind: number
                        min: -1.7976931348623157e308
                        max: 1.7976931348623157e308
                        text: {de: "Welcher Betrag?", en: "Which amount?"}
                """;
        DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH)).read("weit.yaml", wide);
        assertThat(read.problems()).isEmpty();
        LoadedQuestionnaire loaded = new LoadedQuestionnaire(read.questionnaire().orElseThrow(), "test", read.source(), read.contentHash());

        String shown = new QuestionnaireView(loaded, Texts.of(Language.EN)).render().replaceAll("\\s+", " ");
        String template = new AnswersTemplate(loaded.questionnaire(), Texts.of(Language.DE)).yaml("typwerk score a.yaml");

        assertThat(shown).contains("-1.7976931348623157E+308", "1.7976931348623157E+308").doesNotContainPattern("[0-9]{41}");
        assertThat(template).contains("-1.7976931348623157E+308", "1.7976931348623157E+308").doesNotContainPattern("[0-9]{41}");
    }
}
