package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.applications.batch.BatchInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Response exports of LimeSurvey as its documentation describes them (UTF-8 with a byte order mark,
 * {@code ;}, every value quoted, question codes as headings, its own columns first), damaged the
 * ways real files are: each bad response is one error row naming the row's line, the question and
 * the column, and the others are scored as the same answers given natively.
 */
class LimeSurveyResponsesTest {

    private static final LoadedQuestionnaire OZG = Shipped.ENGINE.questionnaire("ozg-reifegrad").orElseThrow();

    @Test
    void each_damaged_response_is_a_located_error_row_and_the_others_are_scored() throws IOException {
        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, fixture("ozg-damaged.csv"), Optional.of(OZG)));
        List<String> natives = nativeRows();

        assertThat(rows).hasSize(6);
        assertThat(withoutRow(rows.get(0))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(0))))));
        assertThat(withoutRow(rows.get(5))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(2))))));
        assertError(rows.get(1), "unknown-code", "q-meldewesen", "Q03", 3);
        assertThat(rows.get(1).path("error").path("message").asText()).contains("A09");
        assertError(rows.get(2), "other-questionnaire", null, "TYPWERK", 4);
        assertError(rows.get(3), "field-count", null, null, 5);
        assertError(rows.get(4), "unknown-code", "q-nachweise", "Q08[SQ01]", 6);
    }

    @Test
    void a_missing_column_is_an_error_in_every_row_that_names_it() throws IOException {
        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, fixture("ozg-missing-column.csv"), Optional.empty()));

        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.path("error").path("code").asText()).isEqualTo("missing-column");
            assertThat(row.path("error").path("question").asText()).isEqualTo("q-kita");
            assertThat(row.path("error").path("column").asText()).isEqualTo("Q07");
        });
    }

    @Test
    void a_survey_made_before_its_questionnaire_gained_an_option_still_scores_with_the_option_not_picked() throws IOException {
        // the Kreis persona as exported before gemeinsame-leistungen (Q27) gained "weiß nicht" as its seventh option
        byte[] before = fixture("kreis-before-gemeinsame-leistungen-weiss-nicht.csv");
        byte[] now = LimeSurveyResponsesTest.class.getResourceAsStream("/personas/bedaechtiger-kreis.limesurvey.csv").readAllBytes();
        assertThat(new String(before, java.nio.charset.StandardCharsets.UTF_8)).contains("Q27[SQ06]").doesNotContain("Q27[SQ07]");

        String scored = Shipped.score(ResponseFormat.LIMESURVEY, before, Optional.empty());

        assertThat(rows(scored)).singleElement().satisfies(row -> assertThat(row.has("error")).as(scored).isFalse());
        assertThat(scored).isEqualTo(Shipped.score(ResponseFormat.LIMESURVEY, now, Optional.empty()));
    }

    @Test
    void responses_that_do_not_name_their_questionnaire_are_read_against_the_one_given_and_refused_without_it() throws IOException {
        List<JsonNode> without = rows(Shipped.score(ResponseFormat.LIMESURVEY, fixture("ozg-no-marker.csv"), Optional.empty()));
        assertThat(without).hasSize(3).allSatisfy(row -> assertThat(row.path("error").path("code").asText()).isEqualTo("no-questionnaire"));

        String given = Shipped.score(ResponseFormat.LIMESURVEY, fixture("ozg-no-marker.csv"), Optional.of(OZG));
        assertThat(given).isEqualTo(Shipped.scoreNative(nativeRows()));
    }

    @Test
    void the_blank_line_ending_every_export_and_the_empty_record_of_a_survey_without_responses_are_no_rows() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        String export = tool.responses(nativeRows(), ';', LimeSurveyTool.Headings.BRACKETS);
        assertThat(export).endsWith("\r\n\r\n");
        assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(export), Optional.empty()))
                .isEqualTo(Shipped.scoreNative(nativeRows()));

        String none = tool.responses(List.of(), ';', LimeSurveyTool.Headings.BRACKETS);
        try (InputStream in = new java.io.ByteArrayInputStream(LimeSurveyTool.bytes(none))) {
            assertThat(ResponseFormat.LIMESURVEY.open(Shipped.ENGINE, in, Optional.of(OZG)))
                    .isInstanceOfSatisfying(de.typwerk.applications.batch.BatchInput.Refused.class,
                            refused -> assertThat(refused.reasons()).containsExactly("The input has no rows."));
        }
    }

    @Test
    void an_export_with_y_and_n_converted_to_the_values_limesurveys_export_form_offers_scores_as_the_plain_one() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        String converted = tool.responses(nativeRows(), ';', LimeSurveyTool.Headings.BRACKETS, LimeSurveyTool.Answers.CONVERTED_Y_N);
        assertThat(converted).contains(";\"1\";").contains(";\"2\";").doesNotContain(";\"Y\";");

        assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(converted), Optional.empty()))
                .isEqualTo(Shipped.scoreNative(nativeRows()));
    }

    @Test
    void an_export_of_full_answers_limesurveys_default_is_an_error_row_per_response_that_says_to_export_answer_codes() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        String full = tool.responses(natives, ';', LimeSurveyTool.Headings.BRACKETS, LimeSurveyTool.Answers.FULL);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(full), Optional.empty()));

        assertThat(rows).hasSize(natives.size());
        assertError(rows.get(0), "full-answers", "q-zulassungsstelle", "Q01", 2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.path("error").path("code").asText()).isEqualTo("full-answers");
            assertThat(row.path("error").path("message").asText()).contains("a full answer instead of an answer code")
                    .endsWith("Export the responses again with \u201cExport responses as: Answer codes\u201d.");
        });
    }

    @Test
    void a_multiple_choice_cell_of_a_full_answers_export_says_so_in_german_too() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        String[] lines = tool.responses(nativeRows(), ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n", 3);
        List<String> headings = List.of(lines[0].split(";"));
        String[] first = lines[1].split(";", -1);
        first[headings.indexOf("\"Q08[SQ01]\"")] = "\"Nein\"";
        byte[] csv = LimeSurveyTool.bytes(lines[0] + "\r\n" + String.join(";", first) + "\r\n");

        try (InputStream in = new java.io.ByteArrayInputStream(csv)) {
            var read = de.typwerk.interop.limesurvey.LimeSurveyResponses.open(Shipped.ENGINE, in,
                    new InteropMessages(java.util.Locale.GERMAN), Optional.empty());
            var row = (de.typwerk.applications.batch.Row.Broken) read.next().orElseThrow();
            assertThat(row.error().code()).isEqualTo("full-answers");
            assertThat(row.error().message()).isEqualTo("In Spalte Q08[SQ01] steht „Nein“, eine vollst\u00e4ndige Antwort statt eines "
                    + "Antwortcodes (Frage q-nachweise): LimeSurvey hat vollst\u00e4ndige Antworten exportiert. Die Antworten erneut "
                    + "exportieren, mit \u201eAntworten exportieren als: Antwortcodes\u201c.");
        }
    }

    @Test
    void a_vv_file_is_read_by_its_line_of_codes_with_the_characters_it_spells_out_given_back() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        String text = "\"Zitat\" mit {Klammern}\nzweite Zeile\tund Tab";
        ObjectNode first = (ObjectNode) Shipped.tree(natives.get(0));
        ((ObjectNode) first.get("answers")).put("q-naechster-schritt", text);
        natives.set(0, first.toString());
        String vv = tool.vv(natives);
        assertThat(vv).contains("{quote}Zitat", "{lbrace}Klammern}", "{newline}", "{tab}", "{question_not_shown}");

        try (InputStream in = new java.io.ByteArrayInputStream(LimeSurveyTool.bytes(vv))) {
            var rows = de.typwerk.interop.limesurvey.LimeSurveyResponses.open(Shipped.ENGINE, in,
                    new InteropMessages(java.util.Locale.ENGLISH), Optional.empty());
            var row = (de.typwerk.applications.batch.Row.Document) rows.next().orElseThrow();
            assertThat(row.line()).isEqualTo(3);
            assertThat(Shipped.tree(new String(row.json(), java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(Shipped.tree(natives.get(0)));
        }
        assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(vv), Optional.empty()))
                .isEqualTo(Shipped.scoreNative(natives));

        // version 1 names the columns as the database does: no code to be found
        String[] lines = vv.split("\n", 3);
        String v1 = lines[0] + "\n" + lines[1].replaceAll("Q([0-9]+)", "123456X1X$1") + "\n" + lines[2];
        List<JsonNode> out = rows(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(v1), Optional.empty()));
        assertThat(out).hasSize(natives.size());
        assertError(out.get(0), "missing-column", "q-zulassungsstelle", "Q01", 3);
        assertThat(out.get(0).path("error").path("message").asText()).endsWith("export the VV file in version 2 (question codes as columns).");
    }

    @Test
    void headings_of_code_and_text_are_found_by_their_code_and_errors_name_the_code() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        String export = tool.responses(nativeRows(), ';', LimeSurveyTool.Headings.CODES_AND_TEXTS);
        String[] lines = export.split("\r\n", 3);
        List<String> headings = List.of(lines[0].split(";"));
        String[] first = lines[1].split(";", -1);
        first[headings.indexOf(headings.stream().filter(h -> h.startsWith("\"Q03. ")).findFirst().orElseThrow())] = "\"A09\"";
        String damaged = lines[0] + "\r\n" + String.join(";", first) + "\r\n" + lines[2];

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(damaged), Optional.empty()));

        assertThat(rows).hasSize(nativeRows().size());
        assertError(rows.get(0), "unknown-code", "q-meldewesen", "Q03", 2);
        assertThat(rows.get(0).path("error").path("message").asText()).startsWith("Column Q03 holds the answer code 'A09'");
    }

    @Test
    void a_line_written_with_another_separator_throughout_is_one_error_row_and_the_lines_after_it_are_scored() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        String[] lines = tool.responses(natives, ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n");
        // the second response as a spreadsheet writes it with commas: every cell after the first breaks off again
        lines[2] = lines[2].replace("\";\"", "\",\"");
        assertThat(lines[2].chars().filter(c -> c == ',').count()).isGreaterThan(2);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY,
                (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

        assertThat(rows).hasSize(natives.size());
        assertThat(withoutRow(rows.get(0))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(0))))));
        assertThat(rows.get(1).path("error").path("code").asText()).as(rows.get(1).toString()).isEqualTo("csv-syntax");
        assertThat(rows.get(1).path("error").path("line").asLong()).isEqualTo(3);
        // the column of the first comma, where the line stops being CSV of semicolons
        assertThat(rows.get(1).path("error").path("message").asText()).contains("(line 3, column " + (lines[2].indexOf("\",\"") + 2) + ")");
        assertThat(withoutRow(rows.get(2))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(2))))));
    }

    @Test
    void a_quote_left_open_costs_its_own_line_only_and_the_responses_after_it_are_scored() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        String[] lines = tool.responses(natives, ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n");
        // the second response's last value edited by hand, its closing quote lost: the parser's quote
        // would run on into the third response, and with it every response after it
        int last = lines[2].lastIndexOf(';') + 1;
        lines[2] = lines[2].substring(0, last) + "\"offen";

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY,
                (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

        assertThat(rows).hasSize(natives.size());
        assertThat(withoutRow(rows.get(0))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(0))))));
        assertThat(rows.get(1).path("error").path("code").asText()).as(rows.get(1).toString()).isEqualTo("open-quote");
        assertThat(rows.get(1).path("error").path("line").asLong()).isEqualTo(3);
        assertThat(rows.get(1).path("error").path("message").asText())
                .isEqualTo("The quote in line 3, column " + (last + 1) + " is never closed: this line is no response;"
                        + " the lines after it are read as responses of their own again.");
        assertThat(rows.get(2).path("row").asLong()).isEqualTo(3);
        assertThat(withoutRow(rows.get(2))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(2))))));
    }

    @Test
    void a_value_over_several_lines_in_quotes_is_still_one_response() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        String[] lines = tool.responses(natives, ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n");
        // a respondent's remark with a line break, as LimeSurvey writes it: in quotes, over two lines
        String[] cells = lines[2].split(";", -1);
        cells[cells.length - 1] = "\"eins\r\nzwei\"";
        lines[2] = String.join(";", cells);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY,
                (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

        assertThat(rows).hasSize(natives.size());
        assertThat(rows).noneMatch(r -> r.path("error").path("code").asText().equals("open-quote"));
        assertThat(rows.get(2).path("row").asLong()).isEqualTo(3);
    }

    @Test
    void an_export_saved_again_as_windows_1252_gives_an_error_row_for_each_line_with_such_a_byte_and_scores_the_others()
            throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        // as Excel saves it as "CSV (comma delimited)": Windows-1252, no byte order mark; the last two answer 'Rückfragen'
        byte[] saved = tool.responses(natives, ';', LimeSurveyTool.Headings.BRACKETS).substring(1)
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, saved, Optional.empty()));

        assertThat(rows).hasSize(3);
        assertThat(withoutRow(rows.get(0))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(natives.get(0))))));
        assertError(rows.get(1), "not-utf8", null, "Q18", 3);
        assertThat(rows.get(1).path("error").path("message").asText()).startsWith("Line 3 is not written in UTF-8: column Q18 holds a byte")
                // the names of Excel's two choices keep their quotes (MessageFormat drops a lone apostrophe)
                .contains("saved in Excel as \u201cCSV (comma delimited)\u201d", "save the file as \u201cCSV UTF-8\u201d");
        assertError(rows.get(2), "not-utf8", null, "Q18", 4);
    }

    @Test
    void an_answer_to_other_switched_on_in_limesurvey_after_the_export_is_an_error_row_naming_it_not_dropped() throws IOException {
        String persona = new String(LimeSurveyResponsesTest.class.getResourceAsStream("/personas/optimierer.limesurvey.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = persona.strip().split("\r\n");
        List<String> headings = List.of(lines[0].split(";"));
        // Q05 is a list (strategie-verankerung), Q07 a multiple choice (handlungsfelder); "Other" adds a column each
        String heading = lines[0] + ";\"Q05[other]\";\"Q07[other]\"";
        String[] listOther = lines[1].split(";", -1);
        listOther[headings.indexOf("\"Q05\"")] = "\"-oth-\"";
        String csv = heading + "\r\n"
                + String.join(";", listOther) + ";\"Eigene Strategie\";\"\"\r\n"
                + lines[1] + ";\"\";\"Tourismus\"\r\n"
                + lines[1] + ";\"\";\"\"\r\n";

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));
        List<JsonNode> alone = rows(Shipped.score(ResponseFormat.LIMESURVEY, persona.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty()));

        assertThat(rows).hasSize(3);
        assertError(rows.get(0), "unknown-code", "strategie-verankerung", "Q05", 2);
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("Column Q05 holds the answer “Other” 'Eigene Strategie',"
                + " an option the question strategie-verankerung does not have: “Other” was switched on in LimeSurvey after the export;"
                + " switch it off for this question.");
        assertError(rows.get(1), "unknown-code", "handlungsfelder", "Q07[other]", 3);
        assertThat(rows.get(1).path("error").path("message").asText()).contains("'Tourismus'");
        assertThat(withoutRow(rows.get(2))).as("no answer to Other: scored as before").isEqualTo(withoutRow(alone.get(0)));
    }

    @Test
    void the_survey_structure_an_xml_export_or_an_archive_given_for_responses_is_refused_once_saying_what_to_export() throws IOException {
        String structure = ExportFormat.LIMESURVEY.export(OZG, "en");
        String lsr = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n <LimeSurveyDocType>Responses</LimeSurveyDocType>\n"
                + " <responses><rows><row><id><![CDATA[1]]></id></row></rows></responses>\n</document>\n";
        byte[] lsa = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        assertThat(refusal(structure.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .startsWith("This is the structure of a survey (as typwerk export --to limesurvey writes it");
        assertThat(refusal(lsr.getBytes(java.nio.charset.StandardCharsets.UTF_8))).startsWith("This is an XML file (from LimeSurvey");
        assertThat(refusal(lsa)).startsWith("This is a ZIP archive");
        // read as CSV, each line of the structure was a response of its own without the column TYPWERK
        assertThat(ResponseFormat.recognize(structure.getBytes(java.nio.charset.StandardCharsets.UTF_8))).contains(ResponseFormat.LIMESURVEY);
        assertThat(ResponseFormat.recognize(lsr.getBytes(java.nio.charset.StandardCharsets.UTF_8))).contains(ResponseFormat.LIMESURVEY);
    }

    @Test
    void a_column_of_the_questionnaire_twice_in_the_heading_line_is_refused_once_where_one_was_passed_over() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "en"));
        String[] lines = tool.responses(nativeRows(), ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n");
        // two exports pasted side by side, or a column copied: the second Q02 answers otherwise
        lines[0] = lines[0] + ";\"Q02\"";
        for (int i = 1; i < lines.length; i++) if (!lines[i].isBlank()) lines[i] = lines[i] + ";\"A01\"";
        byte[] input = (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> headings = List.of(lines[0].substring(1).split(";"));

        BatchInput.Opening opening = ResponseFormat.LIMESURVEY.open(Shipped.ENGINE, new java.io.ByteArrayInputStream(input), Optional.empty());

        assertThat(opening).isInstanceOf(BatchInput.Refused.class);
        BatchInput.Refused refused = (BatchInput.Refused) opening;
        assertThat(refused.reasons()).containsExactly("The column Q02 appears twice in the heading line (columns "
                + (headings.indexOf("\"Q02\"") + 1) + " and " + headings.size() + "); which one holds the answer cannot be told.");
        assertThat(refused.places()).containsExactly(new BatchInput.Place(1, 0));
    }

    /**
     * LimeSurvey's "Export questions as: Full question text" (or abbreviated): no heading is a code,
     * so each response was an error row asking for --questionnaire, and with it one of missing
     * columns; the file is refused once, saying which headings to export.
     */
    @Test
    void headings_exported_as_question_texts_are_refused_once_saying_to_export_question_codes() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        String[] lines = tool.responses(nativeRows(), ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n");
        Map<String, String> texts = new java.util.HashMap<>();
        for (LimeSurveyTool.Line l : tool.lines) {
            if (l.get("class").equals("Q") && l.get("language").equals("de")) texts.put(l.get("name"), l.get("text"));
        }
        // "Q04[2]" becomes "<text of Q04> [2]", LimeSurvey's own columns their German names
        List<String> headings = new ArrayList<>();
        for (String cell : lines[0].replace("\uFEFF", "").split(";")) {
            String code = cell.substring(1, cell.length() - 1);
            String question = code.replaceAll("\\[.*", "");
            String text = texts.containsKey(question) ? texts.get(question) + code.substring(question.length()).replace("[", " [")
                    : code.equals("id") ? "Antwort ID" : code;
            headings.add("\"" + text.replace("\"", "\"\"") + "\"");
        }
        lines[0] = "\uFEFF" + String.join(";", headings);
        byte[] input = (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        BatchInput.Opening opening = ResponseFormat.LIMESURVEY.open(Shipped.ENGINE, new java.io.ByteArrayInputStream(input), Optional.empty());
        BatchInput.Opening german = ResponseFormat.LIMESURVEY.open(de.typwerk.engine.Typwerk.builder().locale(java.util.Locale.GERMAN).build(),
                new java.io.ByteArrayInputStream(input), Optional.empty());

        assertThat(opening).as("%s", headings).isInstanceOf(BatchInput.Refused.class);
        assertThat(((BatchInput.Refused) opening).reasons()).containsExactly("The heading line names no question code (neither TYPWERK"
                + " nor RESPAGS nor Q01, …): LimeSurvey exported the headings as question texts. Export the responses again, under"
                + " “Headings” with “Export questions as: Question code” (or “Question code & question text”) and with “Export responses"
                + " as: Answer codes”.");
        assertThat(((BatchInput.Refused) opening).places()).containsExactly(new BatchInput.Place(1, 0));
        assertThat(((BatchInput.Refused) german).reasons().get(0)).startsWith("Die Kopfzeile nennt keinen Fragecode (weder TYPWERK"
                + " noch RESPAGS noch Q01, …): LimeSurvey hat die Überschriften als Fragetexte exportiert.");
    }

    @Test
    void a_heading_line_that_breaks_off_is_refused_at_its_line_and_column() throws IOException {
        String heading = "\"id\";\"submitdate\";\"Q01\"x;\"TYPWERK\"";
        byte[] input = ("\uFEFF" + heading + "\r\n\"1\";\"\";\"A01\";\"ozg-reifegrad@1.0.0\"\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        BatchInput.Opening opening = ResponseFormat.LIMESURVEY.open(Shipped.ENGINE, new java.io.ByteArrayInputStream(input), Optional.empty());

        assertThat(opening).isInstanceOf(BatchInput.Refused.class);
        BatchInput.Refused refused = (BatchInput.Refused) opening;
        int column = heading.indexOf('x') + 1;
        assertThat(refused.reasons()).containsExactly("The heading line is not CSV as LimeSurvey exports responses:"
                + " after a value in quotes, the separator “;” or the end of the line is expected (found “x”)");
        assertThat(refused.places()).containsExactly(new BatchInput.Place(1, column));
    }

    @Test
    void a_number_cell_whose_exponent_cannot_be_read_names_its_column_and_spelling_not_quotes_a_cell_does_not_have() throws IOException {
        byte[] persona;
        try (InputStream in = LimeSurveyResponsesTest.class.getResourceAsStream("/personas/optimierer.limesurvey.csv")) {
            persona = in.readAllBytes();
        }
        String csv = new String(persona, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Q02\"", "\"284000\"");
        byte[] input = csv.replace("\"284000\"", "\"1e2147483648\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, input, Optional.empty()));

        assertThat(rows).hasSize(1);
        assertError(rows.get(0), "wrong-kind", "einwohner", "Q02", 2);
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("Column Q02 holds '1e2147483648', a number whose"
                + " exponent is too large to be read (question einwohner); write the number in digits, such as 1000000 or 12.5.");
    }

    @Test
    void each_response_is_written_before_the_batch_waits_for_the_next_and_one_response_shorter_than_4_kib_is_read()
            throws IOException {
        // a pipe or a streaming POST /v1/batch: the heading line and the first response have come, the
        // rest not yet. The batch must write row 1 before it waits, as it does for its own CSV and for
        // SurveyJS; it read 4 KiB and then 64 KiB of the beginning before the first row, and held each
        // row back until the next came, so a client that sends a response and waits for its result
        // waited for ever
        byte[] file = fixture("ozg-no-marker.csv");
        int second = 0;
        for (int lineEnds = 0; lineEnds < 2; second++) if (file[second] == '\n') lineEnds++;

        String out = Shipped.trickled(ResponseFormat.LIMESURVEY, file, second, Optional.of(OZG));

        assertThat(out).isEqualTo(Shipped.score(ResponseFormat.LIMESURVEY, file, Optional.of(OZG)));
        assertThat(rows(out)).hasSize(3);
        // a whole export of one response, its blank last line included, from a client that then waits
        byte[] one;
        try (InputStream in = LimeSurveyResponsesTest.class.getResourceAsStream("/personas/optimierer.limesurvey.csv")) {
            one = in.readAllBytes();
        }
        assertThat(new String(one, java.nio.charset.StandardCharsets.UTF_8)).endsWith("\r\n\r\n");
        assertThat(rows(Shipped.trickled(ResponseFormat.LIMESURVEY, one, one.length, Optional.empty()))).hasSize(1);
    }

    @Test
    void a_response_longer_than_4_mib_is_an_error_row_and_the_responses_after_it_are_scored() throws IOException {
        // the parser held a line of any length in memory, cell by cell
        String[] lines = new String(fixture("ozg-no-marker.csv"), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        String huge = lines[1].replace("\"Gemeinde Hohenerlenberg\"", "\"" + "x".repeat(5 * 1024 * 1024) + "\"");
        byte[] input = (lines[0] + "\r\n" + huge + "\r\n" + lines[2] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, input, Optional.of(OZG)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("error").path("code").asText()).isEqualTo("too-large");
        assertThat(rows.get(0).path("error").path("line").asLong()).isEqualTo(2);
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("The line is longer than 4194304 bytes and is skipped.");
        assertThat(withoutRow(rows.get(1))).isEqualTo(withoutRow(first(Shipped.scoreNative(List.of(nativeRows().get(1))))));
    }

    /**
     * LimeSurvey's export writes, with "Completion state: All responses" (its default), the
     * responses not submitted too: the respondent stopped or is still answering, and {@code
     * submitdate} is empty (in a VV file {@code {question_not_shown}}, LimeSurvey's NULL). Such a
     * response is an error row {@code not-completed} at that column, as FHIR's in-progress is,
     * where it was scored as the municipality's result from the pages it had filled in so far; the
     * submitted ones are scored, in every heading style and in the VV file.
     */
    @Test
    void a_response_not_submitted_is_an_error_row_not_completed_and_the_submitted_ones_are_scored() throws IOException {
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(OZG, "de"));
        List<String> natives = nativeRows();
        String expectedFirst = withoutRow(first(Shipped.scoreNative(List.of(natives.get(0)))));
        for (LimeSurveyTool.Headings style : LimeSurveyTool.Headings.values()) {
            String export = tool.responses(natives, ';', style);
            String[] lines = export.split("\r\n", -1);
            lines[2] = lines[2].replaceFirst("^(\"2\";)\"[^\"]*\";\"[0-9]*\"", "$1\"\";\"1\"");
            assertThat(lines[2]).startsWith("\"2\";\"\";\"1\";");
            List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(String.join("\r\n", lines)), Optional.empty()));

            assertThat(rows).as(style.name()).hasSize(natives.size());
            assertThat(withoutRow(rows.get(0))).isEqualTo(expectedFirst);
            assertError(rows.get(1), "not-completed", null, style == LimeSurveyTool.Headings.CODES_AND_TEXTS ? "submitdate. Datum Abgeschickt" : "submitdate", 3);
            assertThat(rows.get(1).path("error").path("message").asText()).isEqualTo("The response is not completed (submitdate is empty:"
                    + " it was not submitted) and is not scored: its answers may still change or were given up on. Submitted responses are"
                    + " scored; LimeSurvey exports only those with \u201cCompletion state: Completed responses only\u201d.");
            assertThat(rows.subList(2, rows.size())).allSatisfy(row -> assertThat(row.has("error")).as(row.toString()).isFalse());
        }
        String[] vv = tool.vv(natives).split("\n", -1);
        vv[3] = vv[3].replaceFirst("^2\t[^\t]*\t", "2\t{question_not_shown}\t");
        assertThat(vv[3]).startsWith("2\t{question_not_shown}\t");
        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(String.join("\n", vv)), Optional.empty()));
        assertThat(withoutRow(rows.get(0))).isEqualTo(expectedFirst);
        assertError(rows.get(1), "not-completed", null, "submitdate", 4);

        String[] lines = tool.responses(natives, ';', LimeSurveyTool.Headings.BRACKETS).split("\r\n", 3);
        byte[] csv = LimeSurveyTool.bytes(lines[0] + "\r\n" + lines[1].replaceFirst("^(\"1\";)\"[^\"]*\"", "$1\"\"") + "\r\n");
        try (InputStream in = new java.io.ByteArrayInputStream(csv)) {
            var read = de.typwerk.interop.limesurvey.LimeSurveyResponses.open(Shipped.ENGINE, in,
                    new InteropMessages(java.util.Locale.GERMAN), Optional.empty());
            var row = (de.typwerk.applications.batch.Row.Broken) read.next().orElseThrow();
            assertThat(row.error().code()).isEqualTo("not-completed");
            assertThat(row.error().message()).isEqualTo("Die Antwort ist nicht abgeschlossen (submitdate ist leer: sie wurde nicht"
                    + " abgeschickt) und wird nicht ausgewertet: ihre Antworten k\u00f6nnen sich noch \u00e4ndern oder wurden abgebrochen."
                    + " Ausgewertet werden abgeschickte Antworten; LimeSurvey exportiert nur sie mit"
                    + " \u201eVollst\u00e4ndigkeitsstatus: Nur vollst\u00e4ndige Antworten\u201c.");
        }
    }

    private static String refusal(byte[] input) throws IOException {
        BatchInput.Opening opening = ResponseFormat.LIMESURVEY.open(Shipped.ENGINE, new java.io.ByteArrayInputStream(input), Optional.empty());
        assertThat(opening).isInstanceOf(BatchInput.Refused.class);
        BatchInput.Refused refused = (BatchInput.Refused) opening;
        assertThat(refused.places()).containsExactly(new BatchInput.Place(1, 1));
        return refused.reasons().get(0);
    }

    private static List<String> nativeRows() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : new String(fixture("ozg-native.jsonl"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) rows.add(line);
        }
        return rows;
    }

    private static void assertError(JsonNode row, String code, String question, String column, long line) {
        JsonNode error = row.path("error");
        assertThat(error.path("code").asText()).as(row.toString()).isEqualTo(code);
        if (question != null) assertThat(error.path("question").asText()).as(row.toString()).isEqualTo(question);
        if (column != null) assertThat(error.path("column").asText()).as(row.toString()).isEqualTo(column);
        assertThat(error.path("line").asLong()).as(row.toString()).isEqualTo(line);
    }

    private static JsonNode first(String jsonl) throws IOException {
        return Shipped.tree(jsonl.split("\n")[0]);
    }

    private static String withoutRow(JsonNode row) {
        return ((ObjectNode) row.deepCopy()).without("row").toString();
    }

    private static List<JsonNode> rows(String jsonl) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : jsonl.split("\n")) if (!line.isBlank()) rows.add(Shipped.tree(line));
        return rows;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = LimeSurveyResponsesTest.class.getResourceAsStream("/limesurvey/" + name)) {
            return in.readAllBytes();
        }
    }
}
