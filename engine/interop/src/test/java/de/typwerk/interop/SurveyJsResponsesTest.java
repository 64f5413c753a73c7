package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.engine.LoadedQuestionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SurveyJS results read by the batch: one row out per object in, a located error for each bad one. */
class SurveyJsResponsesTest {

    private static final LoadedQuestionnaire OZG = Shipped.ENGINE.questionnaire("ozg-reifegrad").orElseThrow();
    private static final LoadedQuestionnaire OEFIT = Shipped.ENGINE.questionnaire("oefit-digitalisierungstypen").orElseThrow();

    private static String data(LoadedQuestionnaire q, long seed) throws IOException {
        String row = Shipped.nativeRows(q, 1, seed).get(0);
        var data = Shipped.surveyJsData(row);
        data.put("typwerkQuestionnaire", q.questionnaire().coordinates());
        return new String(Json.line(data), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> rows(String output) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : output.split("\n")) rows.add(Shipped.tree(line));
        return rows;
    }

    @Test
    void an_array_written_over_lines_cut_off_names_where_its_open_object_starts_in_characters_after_an_umlaut() throws IOException {
        // one document, not JSON Lines: the parser reads the file as a whole and counts the columns it names in bytes
        String third = "  {\"n\": \"Müller\", \"x\": {\"y\": 1";
        String input = "[\n  {\"a\": 1},\n" + third + "\n";

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, input.getBytes(StandardCharsets.UTF_8), Optional.of(OZG)));

        JsonNode error = out.get(out.size() - 1).path("error");
        assertThat(error.path("code").asText()).isEqualTo("syntax");
        assertThat(error.path("message").asText()).contains("the object {…} opened at line 3, column " + (third.indexOf("{\"y\"") + 1) + " (cut off?)");
    }

    @Test
    void a_line_cut_off_names_where_its_open_object_starts_in_the_file_in_characters() throws IOException {
        // the parser reads each line alone: the object it misses the end of opened in its own line 1, at a byte column
        String input = "{\"a\":1}\n\n{\"n\":\"Müller\",\"x\":{\"y\":1\n";

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, input.getBytes(StandardCharsets.UTF_8), Optional.of(OZG)));

        assertThat(out).hasSize(2);
        JsonNode error = out.get(1).path("error");
        assertThat(error.path("code").asText()).isEqualTo("syntax");
        assertThat(error.path("line").asLong()).isEqualTo(3);
        assertThat(error.path("message").asText()).startsWith("No JSON in line 3, column 25: ")
                .contains("the object {…} opened at line 3, column 19 (cut off?)");
    }

    @Test
    void a_borough_of_berlin_or_hamburg_asked_for_its_ags_in_an_exported_survey_is_told_which_to_give() throws IOException {
        // a Bezirk has no Amtlicher Gemeindeschlüssel of its own; the survey's field would otherwise leave it guessing
        for (String language : List.of("de", "en")) {
            JsonNode survey = Shipped.tree(ExportFormat.SURVEYJS.export(OEFIT, language));
            String title = survey.findValues("elements").stream().flatMap(e -> java.util.stream.StreamSupport.stream(e.spliterator(), false))
                    .filter(e -> e.path("name").asText().equals("respondentAgs")).findFirst().orElseThrow()
                    .path("title").path(language.equals("en") ? "default" : language).asText();
            assertThat(title).as(language).contains(language.equals("de") ? "ein Bezirk in Berlin oder Hamburg gibt den seiner Stadt an"
                    : "a borough of Berlin or Hamburg gives its city’s");
        }
    }

    @Test
    void two_results_on_one_line_are_one_error_row_not_the_first_scored_and_the_second_dropped() throws IOException {
        String a = data(OZG, 1);
        String b = data(OZG, 2);
        // the second response of line 1 had no row of its own, nor a word about it; words after a response were let through
        String input = a + b + "\n" + a + " weiter\n" + b + "\n";

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, input.getBytes(StandardCharsets.UTF_8), Optional.empty()));

        assertThat(out).hasSize(3);
        assertThat(out.get(0).path("error").path("code").asText()).isEqualTo("trailing-content");
        assertThat(out.get(0).path("error").path("message").asText()).isEqualTo("A second value follows the response in line 1, at column "
                + (a.codePointCount(0, a.length()) + 1) + "; a line holds exactly one response (several: one per line, or as a JSON array).");
        assertThat(out.get(1).path("error").path("code").asText()).isEqualTo("syntax");
        assertThat(out.get(1).path("error").path("line").asLong()).isEqualTo(2);
        assertThat(out.get(2).has("error")).isFalse();
    }

    @Test
    void a_result_per_line_is_written_before_the_batch_waits_for_the_next_line() throws IOException {
        // a pipe or a streaming request: the first line has come, the second not yet. The batch must write
        // row 1 before it waits for line 2, as it does for its own JSON Lines; it held row 1 back until
        // line 2 came, which for a client that sends a row and waits for its result is never
        String first = data(OZG, 1) + "\n";
        byte[] file = (first + data(OZG, 2) + "\n").getBytes(StandardCharsets.UTF_8);
        String out = Shipped.trickled(ResponseFormat.SURVEYJS, file, first.getBytes(StandardCharsets.UTF_8).length, Optional.empty());

        assertThat(rows(out)).hasSize(2);
    }

    @Test
    void an_array_of_results_and_one_result_per_line_score_alike() throws IOException {
        String a = data(OZG, 1);
        String b = data(OZG, 2);
        String perLine = Shipped.score(ResponseFormat.SURVEYJS, (a + "\n" + b + "\n").getBytes(StandardCharsets.UTF_8), Optional.empty());
        String array = Shipped.score(ResponseFormat.SURVEYJS, ("[\n  " + a + ",\n  " + b + "\n]\n").getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        assertThat(rows(array)).hasSize(2).allSatisfy(r -> assertThat(r.has("error")).as(r.path("error").toString()).isFalse());
        assertThat(array).isEqualTo(perLine);
    }

    @Test
    void whatever_follows_a_document_or_an_array_is_read_too_one_row_per_value_none_dropped() throws IOException {
        String a = data(OZG, 1);
        String b = data(OZG, 2);
        String prettyA = Json.pretty(Shipped.tree(a));
        String prettyB = Json.pretty(Shipped.tree(b));
        assertThat(prettyA.lines().count()).isGreaterThan(3);

        // pretty-printed results written one after another
        assertThat(codes(prettyA + prettyB)).containsExactly("", "");
        // an array, then more results after it
        assertThat(codes("[\n" + a + "\n]\n" + prettyB + "[" + a + ", 7]\n")).containsExactly("", "", "", "not-an-object");
        // a first line that is not a result, and more such lines: each its own row
        assertThat(codes("\"t\"\n\"u\"\n[1, 2]\n" + a + "\n")).containsExactly("not-an-object", "not-an-object", "not-an-object", "");
        // what cannot be read after a document ends the input with one located error, the document before it stands
        List<JsonNode> broken = rows(Shipped.score(ResponseFormat.SURVEYJS, (prettyA + "nicht JSON\n").getBytes(StandardCharsets.UTF_8),
                Optional.empty()));
        assertThat(broken).hasSize(2);
        assertThat(broken.get(0).has("types")).as(String.valueOf(broken.get(0).path("error"))).isTrue();
        assertThat(broken.get(1).path("error").path("code").asText()).isEqualTo("syntax");
        assertThat(broken.get(1).path("error").path("line").asLong()).isEqualTo(prettyA.lines().count() + 1);
    }

    /** Per output row, its error code, or "" for a scored response. */
    @Test
    void the_exported_survey_given_for_its_results_is_an_error_row_saying_so_and_the_results_after_it_are_scored() throws IOException {
        String survey = Shipped.tree(ExportFormat.SURVEYJS.export(OZG, "en")).toString();
        String result = Json.pretty(Shipped.surveyJsData(Shipped.nativeRows(OZG, 1, 7).get(0))).strip();
        String pagesWithoutElements = "{\"pages\":[{\"name\":\"p1\"}]}";

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, ("[" + survey + "," + pagesWithoutElements + "," + result + "]")
                .getBytes(StandardCharsets.UTF_8), Optional.of(OZG)));

        assertThat(out).hasSize(3);
        for (JsonNode row : out.subList(0, 2)) {
            assertThat(row.path("error").path("code").asText()).as(row.toString()).isEqualTo("survey-not-result");
            assertThat(row.path("error").path("pointer").asText()).isEqualTo("/pages");
            assertThat(row.path("error").path("message").asText()).startsWith("This is a SurveyJS survey (its pages), not a result");
        }
        assertThat(out.get(2).has("error")).as(out.get(2).toString()).isFalse();
        assertThat(ResponseFormat.recognize(survey.getBytes(StandardCharsets.UTF_8))).contains(ResponseFormat.SURVEYJS);
    }

    private static List<String> codes(String input) throws IOException {
        List<String> codes = new ArrayList<>();
        for (JsonNode row : rows(Shipped.score(ResponseFormat.SURVEYJS, input.getBytes(StandardCharsets.UTF_8), Optional.empty()))) {
            codes.add(row.has("types") ? "" : row.path("error").path("code").asText());
        }
        return codes;
    }

    @Test
    void bad_rows_get_a_located_error_each_and_the_good_rows_are_scored() throws IOException {
        String good = data(OZG, 3);
        String unknownCode = good.replaceFirst("\"q-zulassungsstelle\":\"[a-z-]+\"", "\"q-zulassungsstelle\":\"vielleicht\"");
        assertThat(unknownCode).isNotEqualTo(good);
        String other = data(OEFIT, 4);
        String input = String.join("\n", good, unknownCode, other, "{\"typwerkQuestionnaire\":", "[1,2]", good) + "\n";

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, input.getBytes(StandardCharsets.UTF_8), Optional.of(OZG)));

        assertThat(out).hasSize(6);
        assertThat(out.get(0).has("types")).as(String.valueOf(out.get(0).path("error"))).isTrue();
        assertThat(out.get(1).path("error").path("code").asText()).isEqualTo("unknown-option");
        assertThat(out.get(1).path("error").path("question").asText()).isEqualTo("q-zulassungsstelle");
        assertThat(out.get(2).path("error").path("code").asText()).isEqualTo("other-questionnaire");
        assertThat(out.get(2).path("error").path("message").asText()).contains("oefit-digitalisierungstypen@1.0.0", "ozg-reifegrad");
        assertThat(out.get(3).path("error").path("code").asText()).isEqualTo("syntax");
        assertThat(out.get(3).path("error").path("line").asInt()).isEqualTo(4);
        assertThat(out.get(4).path("error").path("code").asText()).isEqualTo("not-an-object");
        assertThat(out.get(4).path("error").path("message").asText()).endsWith("found: a list.");
        assertThat(out.get(5).has("types")).as(String.valueOf(out.get(5).path("error"))).isTrue();
    }

    @Test
    void a_broken_first_line_is_its_own_error_row_and_every_line_after_it_is_scored() throws IOException {
        String good = data(OZG, 3);
        String broken = good.replaceFirst("\"respondentName\":\"[^\"]*\",", "\"respondentName\":\"Gemeinde M\u00fchlhausen\" ");
        assertThat(broken).isNotEqualTo(good).startsWith("{").endsWith("}");

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, String.join("\n", broken, "", good, good, "").getBytes(StandardCharsets.UTF_8),
                Optional.of(OZG)));

        assertThat(out).hasSize(3);
        assertThat(out.get(0).path("error").path("code").asText()).isEqualTo("syntax");
        assertThat(out.get(0).path("error").path("message").asText()).startsWith("No JSON in line 1, column " + (broken.indexOf("M\u00fchlhausen\" ") + 13) + ":");
        assertThat(out.get(1).has("types")).as(String.valueOf(out.get(1).path("error"))).isTrue();
        assertThat(out.get(2).has("types")).as(String.valueOf(out.get(2).path("error"))).isTrue();
    }

    @Test
    void a_first_line_longer_than_the_largest_document_is_an_error_row_and_every_line_after_it_is_scored() throws IOException {
        // past the largest document the reader looks ahead over, where telling the shape of the input failed with
        // "Resetting to invalid mark" and no row at all, and then read the input as one document, leaving the lines
        // after it without a row
        byte[] head = "{\"respondentName\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"}\n" + data(OZG, 3) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[head.length + JsonRows.MAX_DOCUMENT_BYTES + tail.length];
        System.arraycopy(head, 0, input, 0, head.length);
        java.util.Arrays.fill(input, head.length, head.length + JsonRows.MAX_DOCUMENT_BYTES, (byte) 'x');
        System.arraycopy(tail, 0, input, head.length + JsonRows.MAX_DOCUMENT_BYTES, tail.length);

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, input, Optional.of(OZG)));

        assertThat(out).hasSize(2);
        assertThat(out.get(0).path("error").path("code").asText()).isEqualTo("too-large");
        assertThat(out.get(0).path("error").path("line").asInt()).isEqualTo(1);
        assertThat(out.get(1).has("types")).as(String.valueOf(out.get(1).path("error"))).isTrue();
    }

    @Test
    void a_first_line_cut_off_in_its_value_is_its_error_row_and_every_line_after_it_is_scored() throws IOException {
        // it neither ends in } nor is it a whole value: the input was read as one document, ending at the cut with one row
        String good = data(OZG, 3);
        String cut = good.substring(0, good.length() / 2);

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, String.join("\n", cut, good, "", good, "").getBytes(StandardCharsets.UTF_8),
                Optional.of(OZG)));
        List<JsonNode> two = rows(Shipped.score(ResponseFormat.SURVEYJS, String.join("\n", cut, good, "").getBytes(StandardCharsets.UTF_8),
                Optional.of(OZG)));

        assertThat(out).hasSize(3);
        assertThat(out.get(0).path("error").path("code").asText()).isEqualTo("syntax");
        assertThat(out.get(0).path("error").path("line").asInt()).isEqualTo(1);
        assertThat(out.get(1).has("types")).as(String.valueOf(out.get(1).path("error"))).isTrue();
        assertThat(out.get(2).has("types")).as(String.valueOf(out.get(2).path("error"))).isTrue();
        assertThat(two).hasSize(2);
        assertThat(two.get(1).has("types")).as(String.valueOf(two.get(1).path("error"))).isTrue();
    }

    @Test
    void an_object_written_over_lines_with_an_object_on_a_line_of_its_own_is_still_one_document() throws IOException {
        String good = data(OZG, 3);
        String inner = good.substring(0, good.length() - 1) + ",\"extra\":\n{\"a\":1}\n}";

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, (inner + "\n").getBytes(StandardCharsets.UTF_8), Optional.of(OZG)));

        assertThat(out).singleElement().satisfies(row -> assertThat(row.path("error").path("code").asText()).isNotEqualTo("syntax"));
    }

    @Test
    void a_first_line_too_long_for_a_row_is_its_error_row_and_every_line_after_it_is_scored() throws IOException {
        String tooLong = "{\"respondentName\":\"" + "x".repeat(de.typwerk.engine.definition.Mappers.MAX_DOCUMENT_BYTES + 1000) + "\"}";
        String good = data(OZG, 3);

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, String.join("\n", tooLong, good, good, "").getBytes(StandardCharsets.UTF_8),
                Optional.of(OZG)));

        // as a line too long after the first one is
        assertThat(out).hasSize(3);
        assertThat(out.get(0).path("error").path("code").asText()).isEqualTo("too-large");
        assertThat(out.get(1).has("types")).as(String.valueOf(out.get(1).path("error"))).isTrue();
        assertThat(out.get(2).has("types")).as(String.valueOf(out.get(2).path("error"))).isTrue();
    }

    @Test
    void a_line_saved_in_windows_1252_is_an_error_row_saying_so_and_the_lines_around_it_are_scored() throws IOException {
        String good = data(OZG, 3);
        String umlaut = data(OZG, 3).replaceFirst("\"respondentName\":\"[^\"]*\"", "\"respondentName\":\"Gemeinde M\u00fchlhausen\"");
        assertThat(umlaut).contains("M\u00fchlhausen");
        java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
        input.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));
        input.writeBytes((umlaut + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        input.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));

        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS, input.toByteArray(), Optional.empty()));

        assertThat(out).hasSize(3);
        assertThat(out.get(0).has("types")).isTrue();
        assertThat(out.get(1).path("error").path("code").asText()).isEqualTo("not-utf8");
        assertThat(out.get(1).path("error").path("message").asText()).startsWith("Line 2 is not written in UTF-8: the byte 0xFC in column ")
                .endsWith("Save the file as UTF-8.");
        assertThat(out.get(2).has("types")).isTrue();

        // in an array, what follows cannot be told apart: the rows before it stand, one row says where and why it ends
        java.io.ByteArrayOutputStream array = new java.io.ByteArrayOutputStream();
        array.writeBytes(("[\n" + good + ",\n").getBytes(StandardCharsets.UTF_8));
        array.writeBytes((umlaut + ",\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        array.writeBytes((good + "\n]\n").getBytes(StandardCharsets.UTF_8));
        List<JsonNode> ended = rows(Shipped.score(ResponseFormat.SURVEYJS, array.toByteArray(), Optional.empty()));
        assertThat(ended).hasSize(2);
        assertThat(ended.get(0).has("types")).isTrue();
        assertThat(ended.get(1).path("error").path("code").asText()).isEqualTo("not-utf8");
        assertThat(ended.get(1).path("error").path("message").asText())
                .startsWith("From line 3, column ").endsWith(" on, the file is not written in UTF-8 (such as an umlaut of a file in"
                        + " Windows-1252). What follows is not read; save the file as UTF-8.");
    }

    @Test
    void a_result_that_names_no_questionnaire_is_read_against_the_one_given_and_else_refused_with_its_reason() throws IOException {
        String unnamed = data(OZG, 5).replaceFirst(",?\"typwerkQuestionnaire\":\"[^\"]+\"", "");
        assertThat(unnamed).doesNotContain("typwerkQuestionnaire");
        byte[] input = (unnamed + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode scored = rows(Shipped.score(ResponseFormat.SURVEYJS, input, Optional.of(OZG))).get(0);
        assertThat(scored.has("types")).as(String.valueOf(scored.path("error"))).isTrue();
        JsonNode refused = rows(Shipped.score(ResponseFormat.SURVEYJS, input, Optional.empty())).get(0);
        assertThat(refused.path("error").path("code").asText()).isEqualTo("no-questionnaire");
        assertThat(refused.path("error").path("message").asText()).contains("--questionnaire");
    }

    @Test
    void numbers_stored_as_texts_by_a_text_question_without_input_type_number_score_as_the_numbers() throws IOException {
        String numbers = data(OEFIT, 8);
        var texts = (com.fasterxml.jackson.databind.node.ObjectNode) Shipped.tree(numbers);
        List<String> quoted = new ArrayList<>();
        for (String id : List.of("einwohner", "it-personal", "fokus", "bewaehrtes")) {
            if (texts.path(id).isNumber()) {
                texts.put(id, texts.get(id).asText());
                quoted.add(id);
            }
        }
        assertThat(quoted).contains("einwohner", "fokus");
        String asTexts = new String(Json.line(texts), StandardCharsets.UTF_8);

        String scored = Shipped.score(ResponseFormat.SURVEYJS, (asTexts + "\n").getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(rows(scored).get(0).has("types")).as(scored).isTrue();
        assertThat(scored).isEqualTo(Shipped.score(ResponseFormat.SURVEYJS, (numbers + "\n").getBytes(StandardCharsets.UTF_8), Optional.empty()));

        // a text that is no number in that notation stays a text, refused for what it is
        texts.put("einwohner", "2,5");
        JsonNode comma = rows(Shipped.score(ResponseFormat.SURVEYJS, Json.line(texts), Optional.empty())).get(0);
        assertThat(comma.path("error").path("code").asText()).isEqualTo("wrong-kind");
        assertThat(comma.path("error").path("question").asText()).isEqualTo("einwohner");
    }

    @Test
    void a_wrong_ags_is_named_by_its_surveyjs_question() throws IOException {
        String bad = data(OZG, 6).replaceFirst("\"respondentAgs\":\"[0-9]+\"", "\"respondentAgs\":\"123\"");
        assertThat(bad).contains("\"respondentAgs\":\"123\"");
        JsonNode row = rows(Shipped.score(ResponseFormat.SURVEYJS, (bad + "\n").getBytes(StandardCharsets.UTF_8), Optional.empty())).get(0);
        assertThat(row.path("error").path("question").asText()).isEqualTo("respondentAgs");
    }

    @Test
    void a_broken_array_keeps_the_rows_before_the_break_and_says_where_it_broke() throws IOException {
        String a = data(OZG, 7);
        List<JsonNode> out = rows(Shipped.score(ResponseFormat.SURVEYJS,
                ("[\n" + a + ",\n{\"x\": ]\n").getBytes(StandardCharsets.UTF_8), Optional.empty()));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).has("types")).as(String.valueOf(out.get(0).path("error"))).isTrue();
        assertThat(out.get(1).path("error").path("code").asText()).isEqualTo("syntax");
        assertThat(out.get(1).path("error").path("line").asInt()).isEqualTo(3);
    }

    @Test
    void the_export_is_the_same_bytes_every_time_and_keeps_ids_as_names_and_values() throws IOException {
        String export = ExportFormat.SURVEYJS.export(OEFIT, "de");
        assertThat(ExportFormat.SURVEYJS.export(OEFIT, "de")).isEqualTo(export);
        JsonNode survey = Shipped.tree(export);
        JsonNode first = survey.path("pages").get(1).path("elements").get(0);
        assertThat(first.path("name").asText()).isEqualTo(OEFIT.questionnaire().questions().get(0).id());
        assertThat(survey.path("calculatedValues").get(0).path("expression").asText()).isEqualTo("'oefit-digitalisierungstypen@1.0.0'");
        assertThat(ExportFormat.SURVEYJS.export(OEFIT, "en")).contains("\"default\": \"Digital municipalities");
        // SurveyJS keeps its default language, English, under "default": German by its tag, and the
        // survey opens in the language exported for
        assertThat(survey.path("locale").asText()).isEqualTo("de");
        assertThat(survey.path("title").path("de").asText()).startsWith("Digitale Kommunen");
        assertThat(Shipped.tree(ExportFormat.SURVEYJS.export(OEFIT, "en")).has("locale")).isFalse();
    }
}
