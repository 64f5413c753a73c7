package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code typwerk score} on one response from SurveyJS, FHIR or LimeSurvey (docs/interop.md): a
 * shipped persona, answered in the tool's own terms by the export's mapping
 * ({@code engine/interop/src/test/resources/personas}, kept true by {@code PersonaResponsesTest}),
 * scores exactly as the persona's answers file, in every output format, with the tool named or
 * recognised. Bad responses get one located line each (file, line, the question, column or JSON
 * pointer), exit 1, no stack trace; and {@code typwerk batch} on the same bad responses still
 * scores every other row.
 */
class ScoreToolResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    /** The personas and the questionnaire folder they come from. */
    static Stream<Arguments> personasInEveryToolAndOutput() {
        List<Arguments> all = new ArrayList<>();
        for (String[] persona : List.of(new String[] {"oefit", "optimierer"}, new String[] {"oefit", "vg-dorf"},
                new String[] {"oefit-kreise", "bedaechtiger-kreis"},
                new String[] {"ozg-reifegrad", "stufe-3-stadt"})) {
            for (String tool : List.of("surveyjs", "fhir", "limesurvey")) {
                for (String format : List.of("text", "json")) all.add(Arguments.of(persona[0], persona[1], tool, format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} from {2} as {3}")
    @MethodSource("personasInEveryToolAndOutput")
    void a_persona_answered_in_a_tool_scores_exactly_as_its_answers_file_named_or_recognised(String folder, String persona,
                                                                                             String tool, String format) {
        Path answers = Repository.root().resolve("questionnaires/" + folder + "/src/test/resources/personas/" + persona + ".yaml");
        Path response = toolFile(persona, tool);

        Cli.Result expected = cli().run("score", answers.toString(), "--format", format, "--lang", "en");
        Cli.Result named = cli().run("score", response.toString(), "--input-format", tool, "--format", format, "--lang", "en");
        Cli.Result recognised = cli().run("score", response.toString(), "--format", format, "--lang", "en");
        Cli.Result piped = cli().input(readUtf8(response)).run("score", "-", "--format", format, "--lang", "en");

        assertThat(expected.exitCode()).as(expected.toString()).isZero();
        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(named.out()).isEqualTo(expected.out());
        assertThat(named.err()).isEqualTo(expected.err());
        assertThat(recognised.exitCode()).as(recognised.toString()).isZero();
        assertThat(recognised.out()).isEqualTo(expected.out());
        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        assertThat(piped.out()).isEqualTo(expected.out());
    }

    @Test
    void a_tools_response_whose_dimension_is_thin_is_reported_with_the_answers_that_count_for_no_type_as_its_answers_file_is() {
        // the Gemeinde of 900 rests "Nutzerorientierung" on answers of absence: the report names them, from any tool
        Path answers = Repository.persona("vg-dorf");
        for (String tool : List.of("surveyjs", "fhir", "limesurvey")) {
            Path response = toolFile("vg-dorf", tool);
            for (String command : List.of("score", "report")) {
                Cli.Result expected = cli().run(command, answers.toString(), "--lang", "de");
                Cli.Result fromTool = cli().run(command, response.toString(), "--lang", "de");
                assertThat(fromTool.exitCode()).as(fromTool.toString()).isZero();
                assertThat(fromTool.out()).as("%s of %s", command, response.getFileName()).isEqualTo(expected.out());
                assertThat(fromTool.out().replaceAll("\\s+", " ")).contains("6 Ihrer Antworten auf Fragen dazu zählen für keinen Typ");
            }
        }
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void another_strategy_is_chosen_as_for_an_answers_file() {
        Cli.Result expected = cli().run("score", Repository.persona("optimierer").toString(), "--strategy", "points", "--format", "json");
        Cli.Result given = cli().run("score", toolFile("optimierer", "fhir").toString(), "--strategy", "points", "--format", "json");
        assertThat(given.exitCode()).as(given.toString()).isZero();
        assertThat(given.out()).isEqualTo(expected.out());
        assertThat(cli().run("score", toolFile("optimierer", "fhir").toString(), "--strategy", "keine").exitCode()).isEqualTo(2);
    }

    @Test
    void a_response_for_another_questionnaire_is_one_located_line_naming_both() throws IOException {
        Path response = toolFile("stufe-3-stadt", "surveyjs");

        Cli.Result r = cli().run("score", response.toString(), "--questionnaire", "oefit-digitalisierungstypen", "--lang", "en");

        assertOneLine(r, response + ":2:27: error: ");
        assertThat(r.out()).contains("ozg-reifegrad@1.0.0", "oefit-digitalisierungstypen");
    }

    @Test
    void an_unknown_answer_code_names_the_line_the_column_and_the_question() throws IOException {
        Path csv = copy("stufe-3-stadt", "limesurvey", "ozg.csv");
        // Q03 is q-meldewesen: its fourth value, A04 in the persona, becomes a code the question does not have
        String[] lines = Files.readString(csv).split("\r\n");
        lines[1] = lines[1].replaceFirst("\"A01\";\"A02\";\"A04\"", "\"A01\";\"A02\";\"A09\"");
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");

        Cli.Result r = cli().run("score", csv.toString(), "--lang", "en");

        // at the cell: its column in the line, counted in characters
        int column = lines[1].indexOf("\"A01\";\"A02\";\"A09\"") + "\"A01\";\"A02\";".length() + 1;
        assertOneLine(r, csv + ":2:" + column + ": error: ");
        assertThat(r.out()).contains("Q03", "A09", "q-meldewesen");
    }

    @Test
    void an_unknown_option_in_fhir_names_the_question_and_its_pointer_in_the_resource_also_as_json() throws IOException {
        Path file = fhirResponseWithAnUnknownOption();

        Cli.Result text = cli().run("score", file.toString(), "--lang", "en");
        Cli.Result json = cli().run("score", file.toString(), "--lang", "en", "--format", "json");

        // the line and column of the item in the pretty-printed resource, not the line it starts on
        assertOneLine(text, file + ":46:15: error: at /item/2/item/0: ");
        assertThat(text.out()).contains("q-meldewesen", "per-brieftaube");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode problem = JSON.readTree(json.out()).get(0);
        assertThat(problem.path("code").asText()).isEqualTo("unknown-option");
        assertThat(problem.path("source").asText()).isEqualTo(file.toString());
        assertThat(problem.path("line").asInt()).isEqualTo(46);
        assertThat(problem.path("column").asInt()).isEqualTo(15);
        assertThat(problem.path("pointer").asText()).isEqualTo("/item/2/item/0");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"surveyjs", "fhir", "limesurvey"})
    void report_shows_a_tools_response_as_the_report_of_the_same_answers_and_a_row_of_its_json_lines(String tool) throws IOException {
        Path answers = Repository.root().resolve("questionnaires/oefit/src/test/resources/personas/optimierer.yaml");
        Path response = toolFile("optimierer", tool);

        Cli.Result expected = cli().run("report", answers.toString(), "--lang", "en");
        Cli.Result report = cli().run("report", response.toString(), "--lang", "en");
        Cli.Result html = cli().run("report", response.toString(), "--lang", "en", "--format", "html");
        Cli.Result expectedHtml = cli().run("report", answers.toString(), "--lang", "en", "--format", "html");

        assertThat(expected.exitCode()).as(expected.toString()).isZero();
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).isEqualTo(expected.out());
        assertThat(html.exitCode()).as(html.toString()).isZero();
        assertThat(html.out()).isEqualTo(expectedHtml.out());
        if (tool.equals("limesurvey")) return;
        // a batch's input of that tool, one response per line: --row reports one of them, as for Typwerk's own rows
        Path lines = temp.resolve("responses.jsonl");
        String one = JSON.readTree(response.toFile()).toString();
        Files.writeString(lines, "{\"x\":1}\n" + one + "\n");
        Cli.Result row = cli().run("report", lines.toString(), "--row", "2", "--lang", "en");
        assertThat(row.exitCode()).as(row.toString()).isZero();
        assertThat(row.out()).isEqualTo(expected.out());
    }

    @Test
    void report_places_a_finding_of_a_tools_response_in_its_file_as_score_does() throws IOException {
        Path file = fhirResponseWithAnUnknownOption();

        Cli.Result report = cli().run("report", file.toString(), "--lang", "en");

        assertThat(report.exitCode()).as(report.toString()).isEqualTo(1);
        assertOneLine(report, file + ":46:15: error: at /item/2/item/0: ");
        assertThat(report.out()).doesNotContain("answers' is missing");
    }

    @Test
    void a_fhir_bundle_of_two_responses_written_as_one_document_is_refused_at_the_second_entry_naming_no_other_command() throws IOException {
        JsonNode response = JSON.readTree(toolFile("optimierer", "fhir").toFile());
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
        bundle.putArray("entry").add(JSON.createObjectNode().set("resource", response)).add(JSON.createObjectNode().set("resource", response));
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
        Path file = temp.resolve("responses.json");
        Files.writeString(file, text);
        // the second entry's resource: its line and the column of its brace
        List<String> lines = text.lines().toList();
        int line = 0;
        for (int i = 0, seen = 0; i < lines.size() && line == 0; i++) {
            if (lines.get(i).contains("\"resource\" : {") && ++seen == 2) line = i + 1;
        }
        assertThat(line).isGreaterThan(100);
        int column = lines.get(line - 1).indexOf('{') + 1;

        for (String command : List.of("report", "score")) {
            Cli.Result en = cli().run(command, file.toString(), "--lang", "en");
            Cli.Result de = cli().run(command, file.toString(), "--lang", "de");

            assertOneLine(en, file + ":" + line + ":" + column + ": error: A second response starts in line " + line
                    + ": one response is read. For a file of several: typwerk batch " + file + " --input-format fhir");
            assertOneLine(de, file + ":" + line + ":" + column + ": error: Eine zweite Antwort beginnt in Zeile " + line
                    + ": gelesen wird eine Antwort.");
        }
    }

    @Test
    void a_fhir_resource_of_another_type_says_what_it_found_even_the_questionnaire_itself() throws IOException {
        Path questionnaire = temp.resolve("questionnaire.json");
        assertThat(cli().run("export", "ozg-reifegrad", "--to", "fhir", "--out", questionnaire.toString()).exitCode()).isZero();

        Cli.Result r = cli().run("score", questionnaire.toString(), "--lang", "en");

        assertOneLine(r, questionnaire + ":2:19: error: at /resourceType: ");
        assertThat(r.out()).contains("QuestionnaireResponse", "found: Questionnaire");
    }

    @Test
    void a_fhir_response_whose_status_is_no_fhir_code_or_not_completed_is_refused_at_its_status_in_both_languages() throws IOException {
        String persona = Files.readString(toolFile("optimierer", "fhir"));
        assertThat(persona).contains("  \"status\": \"completed\",\n");
        for (String status : List.of("final", "", "Completed", "in-progress", "stopped")) {
            Path file = Files.writeString(temp.resolve("response-" + status + ".json"),
                    persona.replace("\"status\": \"completed\"", "\"status\": \"" + status + "\""));

            Cli.Result en = cli().run("score", file.toString(), "--lang", "en");
            Cli.Result de = cli().run("score", file.toString(), "--lang", "de");

            // at the value of status: line 4, after "  "status": "
            assertOneLine(en, file + ":4:13: error: at /status: ");
            assertOneLine(de, file + ":4:13: error: bei /status: ");
            if (status.equals("in-progress") || status.equals("stopped")) {
                assertThat(en.out()).contains("The response is not completed (status " + status + ") and is not scored",
                        "completed or amended");
                assertThat(de.out()).contains("Die Antwort ist nicht abgeschlossen (status " + status + ")", "completed oder amended");
            } else {
                assertThat(en.out()).contains("The status \"" + status + "\" is none of the codes FHIR R4 knows for a QuestionnaireResponse:"
                        + " in-progress, completed, amended, entered-in-error, stopped");
                assertThat(de.out()).contains("Der status \"" + status + "\" ist keiner der Codes");
            }
        }
        Path missing = Files.writeString(temp.resolve("response-without-status.json"),
                persona.replace("  \"status\": \"completed\",\n", ""));
        Cli.Result none = cli().run("score", missing.toString(), "--lang", "en");
        assertOneLine(none, missing + ":1:1: error: at /status: The QuestionnaireResponse has no status, which FHIR R4 requires");
        Path amended = Files.writeString(temp.resolve("response-amended.json"),
                persona.replace("\"status\": \"completed\"", "\"status\": \"amended\""));
        Cli.Result scored = cli().run("score", amended.toString(), "--lang", "en");
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        assertThat(scored.out()).isEqualTo(cli().run("score", Repository.persona("optimierer").toString(), "--lang", "en").out());
    }

    @Test
    void a_surveyjs_survey_of_one_page_given_to_score_is_told_to_be_the_survey_not_read_as_an_answers_file() throws IOException {
        // SurveyJS's creator writes a survey of one page with its elements at the top, without pages
        Path survey = Files.writeString(temp.resolve("survey.json"), "{\n  \"title\": \"Kurzumfrage\",\n"
                + "  \"elements\": [\n    { \"type\": \"radiogroup\", \"name\": \"art\", \"choices\": [\"gemeinde\", \"stadt\"] }\n  ]\n}\n");

        Cli.Result en = cli().run("score", survey.toString(), "--lang", "en");
        Cli.Result de = cli().run("score", survey.toString(), "--lang", "de");

        assertOneLine(en, survey + ":3:15: error: at /elements: This is a SurveyJS survey (its elements), not a result:");
        assertOneLine(de, survey + ":3:15: error: bei /elements: Das ist eine SurveyJS-Umfrage (ihre elements), kein Ergebnis:");
    }

    @Test
    void another_tools_file_given_to_batch_without_input_format_is_refused_once_naming_the_tool_and_the_option() throws IOException {
        Path survey = temp.resolve("survey.json");
        assertThat(cli().run("export", "ozg-reifegrad", "--to", "surveyjs", "--out", survey.toString()).exitCode()).isZero();
        Path fhir = temp.resolve("responses.ndjson");
        Files.writeString(fhir, JSON.readTree(toolFile("stufe-3-stadt", "fhir").toFile()).toString() + "\n");
        Path limesurvey = copy("stufe-3-stadt", "limesurvey", "results-survey123456.csv");
        Path data = copy("stufe-3-stadt", "surveyjs", "data.json");

        for (Path file : List.of(survey, fhir, limesurvey, data)) {
            String tool = file == fhir ? "fhir" : file == limesurvey ? "limesurvey" : "surveyjs";
            Cli.Result en = cli().run("batch", file.toString(), "--lang", "en");
            Cli.Result de = cli().run("batch", file.toString(), "--lang", "de");

            assertThat(en.exitCode()).as(en.toString()).isEqualTo(2);
            assertThat(en.out()).as(en.toString()).isEmpty();
            assertNoStackTrace(en);
            assertThat(en.err().lines().findFirst().orElseThrow()).as(en.toString()).startsWith("typwerk: " + file + ":1: The input looks like a file of "
                    + (tool.equals("fhir") ? "FHIR" : tool.equals("limesurvey") ? "LimeSurvey" : "SurveyJS"))
                    .endsWith("reads it with --input-format " + tool + ": typwerk batch " + file + " --input-format " + tool);
            assertThat(de.exitCode()).as(de.toString()).isEqualTo(2);
            assertThat(de.err()).as(de.toString()).contains("Die Eingabe sieht aus wie eine Datei von", "--input-format " + tool);
        }
        // the command it gives to run next loads the plugins folders given, as the file's questionnaire may need them
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        Cli.Result withPlugins = cli().run("batch", data.toString(), "--plugins", plugins.toString(), "--lang", "en");
        assertThat(withPlugins.err()).as(withPlugins.toString())
                .contains("typwerk batch " + data + " --input-format surveyjs --plugins " + plugins + "\n");
        // named as Typwerk's own rows, the file is read as such
        Cli.Result own = cli().run("batch", fhir.toString(), "--input-format", "jsonl", "--lang", "en");
        assertThat(own.exitCode()).as(own.toString()).isEqualTo(1);
        assertThat(own.out()).contains("\"row\":1");
    }

    @Test
    void what_stands_where_a_surveyjs_result_belongs_is_named_in_the_users_words_not_in_json_terms() throws IOException {
        Path rows = Files.writeString(temp.resolve("rows.jsonl"), "\"nur ein Text\"\n[1, 2]\n");

        Cli.Result r = cli().run("batch", rows.toString(), "--input-format", "surveyjs", "--questionnaire", "ozg-reifegrad");

        List<String> messages = new ArrayList<>();
        for (String line : r.out().lines().toList()) messages.add(JSON.readTree(line).path("error").path("message").asText());
        assertThat(messages).as(r.toString()).containsExactly(
                "Erwartet war ein SurveyJS-Ergebnis (ein JSON-Objekt wie survey.data), gefunden: ein Text.",
                "Erwartet war ein SurveyJS-Ergebnis (ein JSON-Objekt wie survey.data), gefunden: eine Liste.");
        assertNoStackTrace(r);
    }

    @Test
    void a_missing_column_names_the_column_and_its_question() throws IOException {
        Path csv = temp.resolve("ozg.csv");
        List<String> rows = new ArrayList<>();
        for (String line : Files.readString(toolFile("stufe-3-stadt", "limesurvey")).split("\r\n")) {
            List<String> cells = new ArrayList<>(List.of(line.split(";", -1)));
            cells.remove(12); // "Q03", q-meldewesen
            rows.add(String.join(";", cells));
        }
        Files.writeString(csv, String.join("\r\n", rows) + "\r\n");

        Cli.Result r = cli().run("score", csv.toString(), "--lang", "en");

        // the row's start: the column is not in the file
        assertOneLine(r, csv + ":2:1: error: ");
        assertThat(r.out()).contains("Q03", "q-meldewesen", "missing");
    }

    @Test
    void a_half_written_json_response_says_where_it_breaks_off() throws IOException {
        for (String tool : List.of("surveyjs", "fhir")) {
            String whole = Files.readString(toolFile("stufe-3-stadt", tool));
            Path file = temp.resolve("cut-" + tool + ".json");
            Files.writeString(file, whole.substring(0, whole.length() / 2));

            Cli.Result r = cli().run("score", file.toString(), "--input-format", tool, "--lang", "en");

            // the line it breaks off in, and the column
            assertOneLine(r, file + ":");
            assertThat(r.out()).as(tool).matches("(?s).*:(\\d+): error: No JSON from line \\1, column \\d+: .*");
            // the parser's sentence, where it names the place an array or object was opened, names it as a line and a column too
            assertThat(r.out()).as(tool).doesNotContain("Source", "REDACTED", "`");
        }
    }

    @Test
    void a_csv_cut_in_the_middle_of_a_quoted_value_is_one_located_line() throws IOException {
        String whole = Files.readString(toolFile("stufe-3-stadt", "limesurvey"));
        Path csv = temp.resolve("cut.csv");
        Files.writeString(csv, whole.substring(0, whole.indexOf("FIT-Connect")));

        Cli.Result r = cli().run("score", csv.toString(), "--lang", "en");

        assertOneLine(r, csv + ":2: error: ");
        assertThat(r.out()).contains("a quote is opened and never closed").doesNotContain("Missing closing quote").doesNotContain("Source:", "reference chain");
    }

    @Test
    void a_file_of_several_responses_is_refused_naming_where_the_second_starts_and_the_batch_command() throws IOException {
        String one = new String(JSON.writeValueAsBytes(JSON.readTree(toolFile("stufe-3-stadt", "surveyjs").toFile())), StandardCharsets.UTF_8);
        Path ndjson = temp.resolve("data.jsonl");
        Files.writeString(ndjson, one + "\n" + one + "\n");

        Cli.Result r = cli().run("score", ndjson.toString(), "--lang", "en");

        assertOneLine(r, ndjson + ":2:1: error: ");
        assertThat(r.out()).contains("typwerk batch " + ndjson + " --input-format surveyjs");
    }

    @Test
    void an_answers_file_in_json_is_never_taken_for_a_tools_response() throws IOException {
        Path json = temp.resolve("answers.json");
        Files.write(json, JSON.writeValueAsBytes(new de.typwerk.engine.definition.Mappers().yaml()
                .readTree(Repository.persona("optimierer").toFile())));
        Cli.Result expected = cli().run("score", Repository.persona("optimierer").toString(), "--format", "json");

        Cli.Result r = cli().run("score", json.toString(), "--format", "json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(expected.out());
        assertThat(cli().run("score", json.toString(), "--input-format", "answers", "--format", "json").out()).isEqualTo(expected.out());
    }

    @Test
    void the_command_line_is_checked_as_for_batch() {
        Path response = toolFile("stufe-3-stadt", "surveyjs");
        assertThat(cli().run("score", response.toString(), "--input-format", "xml").exitCode()).isEqualTo(2);
        assertThat(cli().run("score", Repository.persona("optimierer").toString(), "--questionnaire", "ozg-reifegrad").exitCode())
                .isEqualTo(2);
        assertThat(cli().run("score", response.toString(), "--questionnaire", "keiner").exitCode()).isEqualTo(2);
    }

    @Test
    void batch_scores_every_other_row_around_the_same_bad_responses_one_output_row_each() throws IOException {
        String persona = cli().run("score", Repository.root().resolve(
                "questionnaires/ozg-reifegrad/src/test/resources/personas/stufe-3-stadt.yaml").toString(), "--format", "json").out();
        JsonNode expected = JSON.readTree(persona);

        // SurveyJS: the persona, an unknown option, a response for another questionnaire, no result at all, a half-written line
        String one = new String(JSON.writeValueAsBytes(JSON.readTree(toolFile("stufe-3-stadt", "surveyjs").toFile())), StandardCharsets.UTF_8);
        Path data = temp.resolve("data.jsonl");
        Files.writeString(data, one + "\n" + one.replace("\"q-meldewesen\":\"online-antrag\"", "\"q-meldewesen\":\"brieftaube\"") + "\n"
                + one.replace("ozg-reifegrad@1.0.0", "oefit-digitalisierungstypen@1.0.0") + "\n[1, 2]\n"
                + one.substring(0, one.length() / 2) + "\n" + one + "\n");
        assertBatch(data, "surveyjs", expected, List.of("", "unknown-option", "other-questionnaire", "not-an-object", "syntax", ""),
                "--questionnaire", "ozg-reifegrad");

        // FHIR: the persona, a Patient, an unknown code, a half-written line
        String resource = new String(JSON.writeValueAsBytes(JSON.readTree(toolFile("stufe-3-stadt", "fhir").toFile())), StandardCharsets.UTF_8);
        Path ndjson = temp.resolve("responses.ndjson");
        Files.writeString(ndjson, resource + "\n{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n"
                + resource.replace("\"code\":\"online-antrag\",\"display\":\"Online-Anmeldung", "\"code\":\"brieftaube\",\"display\":\"x")
                + "\n" + resource.substring(0, resource.length() / 2) + "\n" + resource + "\n");
        assertBatch(ndjson, "fhir", expected, List.of("", "wrong-resource", "unknown-option", "syntax", ""));

        // LimeSurvey: the persona, an unknown code, the persona again, a last row cut in a quoted value
        String[] lines = Files.readString(toolFile("stufe-3-stadt", "limesurvey")).split("\r\n");
        String bad = lines[1].replaceFirst("\"A01\";\"A02\";\"A04\"", "\"A01\";\"A02\";\"A09\"");
        Path csv = temp.resolve("responses.csv");
        Files.writeString(csv, lines[0] + "\r\n" + lines[1] + "\r\n" + bad + "\r\n" + lines[1] + "\r\n"
                + lines[1].substring(0, lines[1].indexOf("FIT-Connect")));
        assertBatch(csv, "limesurvey", expected, List.of("", "unknown-code", "", "csv-syntax"));
    }

    /** One output row per input row (full rows): the persona's result where {@code codes} says "", else an error of that code. */
    private void assertBatch(Path input, String tool, JsonNode expected, List<String> codes, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("batch", input.toString(), "--input-format", tool, "--threads", "1", "--detail", "full"));
        args.addAll(List.of(more));
        Cli.Result r = cli().run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertNoStackTrace(r);
        String[] rows = r.out().split("\n");
        assertThat(rows).as(r.toString()).hasSize(codes.size());
        for (int i = 0; i < rows.length; i++) {
            ObjectNode row = (ObjectNode) JSON.readTree(rows[i]);
            assertThat(row.path("row").asInt()).isEqualTo(i + 1);
            String code = codes.get(i);
            if ("".equals(code)) {
                row.remove("row");
                assertThat(row).as("%s row %d", tool, i + 1).isEqualTo(expected);
            } else {
                JsonNode error = row.path("error");
                assertThat(error.isObject()).as("%s row %d: %s", tool, i + 1, row).isTrue();
                assertThat(error.path("code").asText()).as("%s row %d", tool, i + 1).isEqualTo(code);
                assertThat(error.path("line").asInt()).isPositive();
                assertThat(error.path("message").asText()).isNotBlank();
            }
        }
    }

    private static void assertOneLine(Cli.Result r, String prefix) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines().toList()).as(r.toString()).hasSize(1);
        assertThat(r.out()).as(r.toString()).startsWith(prefix);
        assertNoStackTrace(r);
    }

    private static void assertNoStackTrace(Cli.Result r) {
        assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("Exception", "\tat ");
    }

    private Path copy(String persona, String tool, String name) throws IOException {
        return Files.copy(toolFile(persona, tool), temp.resolve(name));
    }

    /** A persona answered in a tool, as {@code PersonaResponsesTest} keeps it. */
    static Path toolFile(String persona, String tool) {
        String ending = switch (tool) {
            case "surveyjs" -> ".surveyjs.json";
            case "fhir" -> ".fhir.json";
            default -> ".limesurvey.csv";
        };
        return Repository.root().resolve("engine/interop/src/test/resources/personas/" + persona + ending);
    }

    /** A FHIR response of the OZG questionnaire whose q-meldewesen answer is an option it does not have: per-brieftaube. */
    private Path fhirResponseWithAnUnknownOption() throws IOException {
        Path file = temp.resolve("response.json");
        Files.writeString(file, Files.readString(toolFile("stufe-3-stadt", "fhir"))
                .replace("\"code\": \"online-antrag\",\n          \"display\": \"Online-Anmeldung", "\"code\": \"per-brieftaube\",\n          \"display\": \"Online-Anmeldung"));
        return file;
    }
}
