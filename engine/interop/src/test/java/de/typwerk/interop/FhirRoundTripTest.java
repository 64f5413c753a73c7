package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped questionnaire exported as a FHIR R4 Questionnaire is valid to HAPI FHIR's validator;
 * answered in HAPI's model, every QuestionnaireResponse is valid against it (its enableWhen, answer
 * options, whole numbers and required items included); and the responses, read back as a Bundle or
 * one per line, score byte for byte as the same answers given natively.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class FhirRoundTripTest {

    private static final FhirTool FHIR = new FhirTool();

    @BeforeAll
    static void questionnaires() {
        for (LoadedQuestionnaire loaded : Shipped.questionnaires()) {
            FHIR.add(ExportFormat.FHIR.export(loaded, loaded.questionnaire().defaultLocale()));
        }
    }

    @Test
    void every_export_is_a_valid_fhir_r4_questionnaire_in_every_language() {
        for (LoadedQuestionnaire loaded : Shipped.questionnaires()) {
            for (String language : loaded.questionnaire().locales()) {
                assertThat(FHIR.errors(ExportFormat.FHIR.export(loaded, language)))
                        .as("%s in %s", loaded.questionnaire().id(), language).isEmpty();
            }
        }
    }

    @Test
    void every_export_draws_no_warning_from_the_validator_either_and_its_narrative_names_its_title() {
        // without a narrative, HAPI warned of every export "dom-6: A resource should have narrative for robust management"
        for (LoadedQuestionnaire loaded : Shipped.questionnaires()) {
            for (String language : loaded.questionnaire().locales()) {
                String json = ExportFormat.FHIR.export(loaded, language);
                assertThat(FHIR.messages(json)).as("%s in %s", loaded.questionnaire().id(), language).isEmpty();
                Questionnaire questionnaire = FhirTool.CONTEXT.newJsonParser().parseResource(Questionnaire.class, json);
                assertThat(questionnaire.getText().getStatus().toCode()).isEqualTo("generated");
                assertThat(questionnaire.getText().getDivAsString())
                        .contains(loaded.questionnaire().title().in(language).orElseThrow().replace("&", "&amp;").replace("<", "&lt;"));
            }
        }
    }

    @Test
    void every_response_made_from_an_export_is_valid_against_it_and_scores_as_the_native_answers() throws IOException {
        for (LoadedQuestionnaire loaded : Shipped.questionnaires()) {
            String id = loaded.questionnaire().id();
            Questionnaire questionnaire = FHIR.questionnaire(loaded);
            List<String> rows = new ArrayList<>(Shipped.nativeRows(loaded, 25, 11));
            List<String> alone = Shipped.aloneRows(loaded, rows);
            Shipped.assertCoversAloneOptions(loaded, alone);
            rows.addAll(alone);
            Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
            StringBuilder ndjson = new StringBuilder();
            for (String row : rows) {
                QuestionnaireResponse response = FhirTool.answer(questionnaire, Shipped.tree(row));
                String json = FhirTool.json(response);
                assertThat(FHIR.messages(json)).as("%s: %s", id, json)
                        .noneMatch(m -> m.startsWith("ERROR") || m.startsWith("FATAL") || m.contains("could not be resolved"));
                bundle.addEntry().setResource(response).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
                ndjson.append(json).append('\n');
            }
            // a search with _include brings the questionnaire along: it is no response, and no row
            bundle.addEntry().setResource(questionnaire).getSearch().setMode(Bundle.SearchEntryMode.INCLUDE);
            String expected = Shipped.scoreNative(rows);
            String fromBundle = Shipped.score(ResponseFormat.FHIR,
                    FhirTool.CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8),
                    Optional.empty());
            assertThat(fromBundle).as(id).isEqualTo(expected).doesNotContain("\"error\"");
            assertThat(Shipped.score(ResponseFormat.FHIR, ndjson.toString().getBytes(StandardCharsets.UTF_8), Optional.empty()))
                    .as(id).isEqualTo(expected);
        }
    }

    /**
     * A range of a scale or some options of a single choice beside tests joined the other way
     * (test-ketten: ausbau, all of a scale range, two options and an option of a multiple choice;
     * gruende, any of a bound, a negated scale range and two options negated), and a not of an option
     * of a question left open (zusammenarbeit): each is written as one enableWhen list, the scale
     * range or options as their complement where that fits, and the responses HAPI validates against
     * them score as the native answers.
     */
    @Test
    void conditions_joined_both_ways_with_scale_ranges_and_options_export_and_validate(@TempDir Path dir) throws IOException {
        Typwerk engine = FixturePlugins.engine(dir, "ketten");
        LoadedQuestionnaire ketten = engine.questionnaire("test-ketten").orElseThrow();
        for (String language : ketten.questionnaire().locales()) {
            assertThat(FHIR.errors(ExportFormat.FHIR.export(ketten, language))).as(language).isEmpty();
        }
        String exported = ExportFormat.FHIR.export(ketten, "de");
        Questionnaire questionnaire = FHIR.add(exported);
        assertThat(enableWhen(questionnaire, "ausbau")).isEqualTo("all: umsetzung exists true, umsetzung != 1, umsetzung != 2, "
                + "traeger exists true, traeger != kreis, traeger != weiss-nicht, online = melde");
        assertThat(enableWhen(questionnaire, "gruende")).isEqualTo("any: budget >= 100000, umsetzung exists false, umsetzung = 3, "
                + "umsetzung = 4, umsetzung = 5, traeger exists false, traeger = dienstleister, traeger = weiss-nicht");
        // not one option of a question left open: enabled, for HAPI too, which reads != as false there
        assertThat(enableWhen(questionnaire, "zusammenarbeit"))
                .isEqualTo("any: traeger exists false, traeger = kreis, traeger = dienstleister, traeger = weiss-nicht");

        // typwerk generate picks "none of these" alone for online, which asks for two picks: such rows are left out
        List<String> rows = Shipped.nativeRows(ketten, 80, 13).stream()
                .filter(row -> engine.readAnswers("row.json", row.getBytes(StandardCharsets.UTF_8)).problems().isEmpty()).toList();
        assertThat(rows).as("rows asked ausbau").anyMatch(row -> row.contains("\"ausbau\""));
        assertThat(rows).as("rows asked gruende").anyMatch(row -> row.contains("\"gruende\""));
        assertThat(rows).as("rows that leave traeger open and answer zusammenarbeit")
                .anyMatch(row -> !row.contains("\"traeger\"") && row.contains("\"zusammenarbeit\""));
        StringBuilder ndjson = new StringBuilder();
        for (String row : rows) {
            String json = FhirTool.json(FhirTool.answer(questionnaire, Shipped.tree(row)));
            assertThat(FHIR.messages(json)).as(json)
                    .noneMatch(m -> m.startsWith("ERROR") || m.startsWith("FATAL") || m.contains("could not be resolved"));
            ndjson.append(json).append('\n');
        }
        assertThat(FixturePlugins.score(engine, ResponseFormat.FHIR, ndjson.toString()))
                .isEqualTo(FixturePlugins.scoreNative(engine, rows)).doesNotContain("\"error\"");

        // ziele, a top-2 ranking that may be left open: once its first place is answered, the second is
        // required, so a form filler asks for it and a validating server refuses a response without it
        // (read back, it is an error row ranking-place-missing, not a shorter ranking)
        String ranked = rows.stream().filter(row -> row.contains("\"ziele\"")).findFirst().orElseThrow();
        QuestionnaireResponse response = FhirTool.answer(questionnaire, Shipped.tree(ranked));
        QuestionnaireResponse.QuestionnaireResponseItemComponent ziele = response.getItem().stream()
                .flatMap(group -> group.getItem().stream()).filter(i -> i.getLinkId().equals("ziele")).findFirst().orElseThrow();
        ziele.getItem().removeIf(place -> place.getLinkId().equals("ziele.2"));
        assertThat(FHIR.errors(FhirTool.json(response))).as("a ranking begun with its second place left out")
                .anyMatch(e -> e.contains("ziele.2"));
    }

    private static String enableWhen(Questionnaire questionnaire, String linkId) {
        Questionnaire.QuestionnaireItemComponent item = questionnaire.getItem().stream().flatMap(group -> group.getItem().stream())
                .filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
        List<String> tests = new ArrayList<>();
        for (Questionnaire.QuestionnaireItemEnableWhenComponent when : item.getEnableWhen()) {
            String answer = when.getAnswer() instanceof Coding coding ? coding.getCode() : when.getAnswer().primitiveValue();
            tests.add(when.getQuestion() + " " + when.getOperator().toCode() + " " + answer);
        }
        return item.getEnableBehavior().toCode() + ": " + String.join(", ", tests);
    }

    @Test
    void the_validator_finds_a_response_that_breaks_its_questionnaire() throws IOException {
        LoadedQuestionnaire ozg = Shipped.ENGINE.questionnaire("ozg-reifegrad").orElseThrow();
        QuestionnaireResponse response = FhirTool.answer(FHIR.questionnaire(ozg), Shipped.tree(Shipped.nativeRows(ozg, 1, 3).get(0)));
        QuestionnaireResponse.QuestionnaireResponseItemComponent choice = response.getItem().stream()
                .filter(group -> !group.getLinkId().equals(Respondent.GROUP))
                .flatMap(group -> group.getItem().stream())
                .filter(item -> item.getAnswerFirstRep().getValue() instanceof Coding)
                .findFirst().orElseThrow();
        String system = choice.getAnswerFirstRep().getValueCoding().getSystem();
        choice.getAnswerFirstRep().setValue(new Coding(system, "nie-gehoert", "?"));
        assertThat(FHIR.errors(FhirTool.json(response))).as("an answer outside the answerOptions of %s", choice.getLinkId())
                .isNotEmpty();
    }
}
