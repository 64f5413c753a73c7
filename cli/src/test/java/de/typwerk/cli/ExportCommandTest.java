package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk export} and the batch reading the tool's answers back: the command line an
 * association uses (docs/interop.md). The exports themselves are checked by the tools' own
 * libraries in engine/interop.
 */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    @Test
    void an_export_is_the_same_bytes_whatever_the_systems_language_and_lang_picks_the_default_text() throws IOException {
        Cli.Result german = cli().locale(Locale.GERMANY).run("export", "oefit-kreise", "--to", "surveyjs");
        Cli.Result english = cli().locale(Locale.UK).run("export", "oefit-kreise", "--to", "surveyjs");
        assertThat(german.exitCode()).as(german.toString()).isZero();
        assertThat(english.out()).isEqualTo(german.out());
        JsonNode survey = JSON.readTree(german.out());
        // the survey opens in German (its locale); SurveyJS keeps English, its default language, under "default"
        assertThat(survey.path("locale").asText()).isEqualTo("de");
        assertThat(survey.path("title").path("de").asText()).startsWith("Digitale");
        Cli.Result lang = cli().run("export", "oefit-kreise", "--to", "surveyjs", "--lang", "en");
        assertThat(JSON.readTree(lang.out()).has("locale")).isFalse();
        assertThat(JSON.readTree(lang.out()).path("title").path("default").asText()).startsWith("Digital districts");
    }

    @Test
    void out_writes_the_file_and_says_so() throws IOException {
        Path file = temp.resolve("survey.json");
        Cli.Result result = cli().run("export", "ozg-reifegrad", "--to", "surveyjs", "--out", file.toString(), "--lang", "en");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEqualTo("Export for surveyjs written: " + file + "\n"
                + "typwerk batch FILE --input-format surveyjs scores what the tool collects, typwerk score FILE a single response (docs/interop.md).\n");
        assertThat(Files.readString(file)).isEqualTo(cli().run("export", "ozg-reifegrad", "--to", "surveyjs", "--lang", "en").out());
    }

    @Test
    void the_commands_it_suggests_keep_the_plugins_folders_given_so_the_questionnaire_is_found_again() throws IOException {
        Path plugins = PluginFolder.good(temp);
        Path file = temp.resolve("survey.json");

        Cli.Result r = cli().run("export", "test-amtstypen", "--to", "surveyjs", "--plugins", plugins.toString(),
                "--out", file.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).endsWith("typwerk batch FILE --input-format surveyjs --plugins " + plugins + " scores what the tool"
                + " collects, typwerk score FILE --plugins " + plugins + " a single response (docs/interop.md).\n");
        Cli.Result german = cli().run("export", "test-amtstypen", "--to", "limesurvey", "--plugins", plugins.toString(),
                "--out", temp.resolve("survey.txt").toString(), "--lang", "de");
        assertThat(german.err()).contains("typwerk batch DATEI --input-format limesurvey --plugins " + plugins + " aus, eine einzelne"
                + " Antwort typwerk score DATEI --plugins " + plugins + " (docs/interop.md)");
    }

    /** q-budget enabled by two options of a multiple choice (joined by any) and a not, joined by all. */
    @Test
    void a_condition_fhir_cannot_hold_is_one_line_in_the_readers_language_naming_the_question_and_no_file() throws IOException {
        Path plugins = PluginFolder.goodWithNestedCondition(temp);
        Path file = temp.resolve("fhir.json");

        Cli.Result english = cli().run("export", "test-amtstypen", "--to", "fhir", "--plugins", plugins.toString(),
                "--out", file.toString(), "--lang", "en");
        Cli.Result german = cli().run("export", "test-amtstypen", "--to", "fhir", "--plugins", plugins.toString(), "--lang", "de");

        assertThat(english.exitCode()).as(english.toString()).isEqualTo(1);
        assertThat(english.err()).isEqualTo("typwerk: The condition of the question 'q-budget' cannot be written as one FHIR"
                + " enableWhen list: FHIR joins the tests that enable a question all by all or all by any, with no nesting, and this"
                + " condition needs both. Export for surveyjs or limesurvey, or write the condition with one kind of joining"
                + " (docs/interop.md).\n");
        assertThat(file).doesNotExist();
        assertThat(german.exitCode()).as(german.toString()).isEqualTo(1);
        assertThat(german.out()).isEmpty();
        assertThat(german.err()).isEqualTo("typwerk: Die Bedingung der Frage „q-budget“ lässt sich nicht als eine"
                + " FHIR-enableWhen-Liste schreiben: FHIR verknüpft die Tests, die eine Frage freischalten, entweder alle mit all oder"
                + " alle mit any, ohne Verschachtelung, und diese Bedingung braucht beides. Exportieren Sie für surveyjs oder"
                + " limesurvey, oder schreiben Sie die Bedingung mit einer Art der Verknüpfung (docs/interop.md).\n");
    }

    @Test
    void an_unknown_tool_or_questionnaire_is_a_usage_error() {
        assertThat(cli().run("export", "ozg-reifegrad", "--to", "excel").exitCode()).isEqualTo(2);
        assertThat(cli().run("export", "keiner", "--to", "surveyjs").exitCode()).isEqualTo(2);
        assertThat(cli().run("export", "ozg-reifegrad").exitCode()).isEqualTo(2);
    }

    @Test
    void batch_scores_surveyjs_data_row_by_row_and_exits_1_when_a_row_failed() throws IOException {
        Path data = temp.resolve("data.jsonl");
        Files.writeString(data, "{\"typwerkQuestionnaire\":\"ozg-reifegrad@1.0.0\",\"q-meldewesen\":\"nie\"}\n"
                + "{\"respondentName\":\"Gemeinde A\",\"q-meldewesen\":\"vor-ort\"}\n", StandardCharsets.UTF_8);
        Cli.Result result = cli().run("batch", data.toString(), "--input-format", "surveyjs", "--questionnaire", "ozg-reifegrad",
                "--lang", "en");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        String[] rows = result.out().split("\n");
        assertThat(rows).hasSize(2);
        assertThat(JSON.readTree(rows[0]).path("error").path("question").asText()).isNotEmpty();
        assertThat(cli().run("batch", data.toString(), "--input-format", "xml").exitCode()).isEqualTo(2);
        assertThat(cli().run("batch", data.toString(), "--questionnaire", "ozg-reifegrad").exitCode()).isEqualTo(2);
    }

    @Test
    void batch_gives_a_surveyjs_first_line_cut_off_in_its_value_its_error_row_and_scores_every_line_after_it() throws IOException {
        // the input was read as one document, which ended at the cut: one error row and none for the lines after it
        String good = "{\"typwerkQuestionnaire\":\"ozg-reifegrad@1.0.0\",\"respondentName\":\"Gemeinde A\",\"q-meldewesen\":\"nie\"}";
        Path data = temp.resolve("data.jsonl");
        Files.writeString(data, good.substring(0, 40) + "\n" + good + "\n" + good + "\n", StandardCharsets.UTF_8);

        Cli.Result result = cli().run("batch", data.toString(), "--input-format", "surveyjs", "--lang", "en");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        String[] rows = result.out().split("\n");
        assertThat(rows).hasSize(3);
        assertThat(JSON.readTree(rows[0]).path("error").path("message").asText())
                .isEqualTo("No JSON in line 1, column 41: the document ends in the middle (cut off?)");
        assertThat(JSON.readTree(rows[1]).path("error").path("line").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(rows[2]).path("error").path("line").asInt()).isEqualTo(3);
    }

    @Test
    void export_to_fhir_writes_a_questionnaire_resource_and_batch_reads_responses_row_by_row() throws IOException {
        Cli.Result export = cli().run("export", "ozg-reifegrad", "--to", "fhir");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        JsonNode questionnaire = JSON.readTree(export.out());
        assertThat(questionnaire.path("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(questionnaire.path("url").asText()).isEqualTo("urn:typwerk:questionnaire:ozg-reifegrad");

        Path responses = temp.resolve("responses.ndjson");
        Files.writeString(responses, "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n"
                + "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"questionnaire\":\"urn:typwerk:questionnaire:ozg-reifegrad|1.0.0\",\"item\":[{\"linkId\":\"leistungen\","
                + "\"item\":[{\"linkId\":\"q-meldewesen\",\"answer\":[{\"valueCoding\":{\"code\":\"nie\"}}]}]}]}\n",
                StandardCharsets.UTF_8);
        Cli.Result result = cli().run("batch", responses.toString(), "--input-format", "fhir", "--lang", "en");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        String[] rows = result.out().split("\n");
        assertThat(rows).hasSize(2);
        assertThat(JSON.readTree(rows[0]).path("error").path("code").asText()).isEqualTo("wrong-resource");
        assertThat(JSON.readTree(rows[1]).path("error").path("code").asText()).isEqualTo("coding-system");
        assertThat(JSON.readTree(rows[1]).path("error").path("question").asText()).isEqualTo("q-meldewesen");
    }

    @Test
    void export_to_limesurvey_writes_the_structure_file_and_batch_reads_its_csv_row_by_row() throws IOException {
        Cli.Result export = cli().run("export", "ozg-reifegrad", "--to", "limesurvey");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).startsWith("id\trelated_id\tclass\ttype/scale\tname\t");

        Path csv = temp.resolve("results-survey123456.csv");
        Files.writeString(csv, "\uFEFF\"id\";\"submitdate\";\"TYPWERK\";\"Q03\"\r\n"
                + "\"1\";\"2026-11-30 10:15:00\";\"ozg-reifegrad@1.0.0\";\"A01\"\r\n"
                + "\"2\";\"2026-11-30 10:16:00\";\"ozg-reifegrad@1.0.0\"\r\n", StandardCharsets.UTF_8);
        Cli.Result result = cli().run("batch", csv.toString(), "--input-format", "limesurvey", "--lang", "en");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        String[] rows = result.out().split("\n");
        assertThat(rows).hasSize(2);
        assertThat(JSON.readTree(rows[0]).path("error").path("code").asText()).isEqualTo("missing-column");
        assertThat(JSON.readTree(rows[1]).path("error").path("code").asText()).isEqualTo("field-count");
    }
}
