package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.ScoreRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A finding about the one response in another tool's file stands at the line and column of its
 * place in that file, the column counted in characters as an editor counts them (an umlaut before
 * it is one column, not two bytes): a LimeSurvey cell, a FHIR item, a SurveyJS question's key, and
 * the start of a second response.
 */
class OneResponsePlacesTest {

    private static final Path PERSONAS = Path.of("src/test/resources/personas");

    @Test
    void a_limesurvey_cell_the_question_does_not_allow_stands_at_its_line_and_column_after_umlauts() throws IOException {
        String csv = Files.readString(PERSONAS.resolve("optimierer.limesurvey.csv"), StandardCharsets.UTF_8)
                .replace("\"A03\";\"284000\"", "\"A99\";\"284000\"");
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row).contains("Baden-Württemberg");

        Problem p = only(score(ResponseFormat.LIMESURVEY, csv));

        assertThat(p.code()).isEqualTo("unknown-code");
        assertThat(p.location()).isEqualTo(new Location("antwort", 2, row.indexOf("\"A99\"") + 1, ""));
    }

    @Test
    void a_second_limesurvey_response_stands_at_the_start_of_its_line() throws IOException {
        String csv = Files.readString(PERSONAS.resolve("optimierer.limesurvey.csv"), StandardCharsets.UTF_8).strip();
        String twice = csv + "\r\n" + csv.lines().skip(1).findFirst().orElseThrow() + "\r\n";

        Problem p = only(score(ResponseFormat.LIMESURVEY, twice));

        assertThat(p.code()).isEqualTo(OneResponse.SEVERAL);
        assertThat(p.location()).isEqualTo(new Location("antwort", 3, 1, ""));
    }

    @Test
    void a_fhir_answer_on_a_line_with_umlauts_before_it_stands_at_its_column_in_characters() throws IOException {
        ObjectNode response = (ObjectNode) Shipped.tree(Files.readString(PERSONAS.resolve("optimierer.fhir.json"), StandardCharsets.UTF_8));
        ((ObjectNode) response.at("/item/0/item/0/answer/0")).put("valueString", "Gemeinde Überäöüß");
        ((ArrayNode) response.at("/item/1/item/1/answer")).set(0, Json.object().put("valueString", "viel"));
        String line = new String(Json.line(response), StandardCharsets.UTF_8);

        Problem p = only(score(ResponseFormat.FHIR, line));

        assertThat(p.location().line()).isEqualTo(1);
        assertThat(p.location().column()).isEqualTo(line.indexOf("{\"linkId\":\"einwohner\"") + 1);
    }

    @Test
    void a_number_whose_exponent_no_decimal_holds_stands_at_its_line_and_column_once_in_the_words_of_one_response() throws IOException {
        String file = Files.readString(PERSONAS.resolve("optimierer.fhir.json"), StandardCharsets.UTF_8);
        String pretty = file.replaceFirst("\"valueDecimal\": 31", "\"valueDecimal\": 1e-2147483649");
        ObjectNode response = (ObjectNode) Shipped.tree(file);
        ((ObjectNode) response.at("/item/0/item/0/answer/0")).put("valueString", "Gemeinde \u00dcber\u00e4\u00f6\u00fc\u00df");
        String line = new String(Json.line(response), StandardCharsets.UTF_8).replace("\"valueDecimal\":31", "\"valueDecimal\":1e-2147483649");
        assertThat(line).contains("1e-2147483649").contains("\u00dcber");
        assertThat(line.indexOf("\u00dcber")).isLessThan(line.indexOf("1e-2147483649"));
        String expected = "1e-2147483649 is a number whose exponent is too large to be read; please write the number in digits,"
                + " such as 1000000 or 12.5.";

        Problem p = only(score(ResponseFormat.FHIR, pretty));
        String before = pretty.substring(0, pretty.indexOf("1e-2147483649"));
        assertThat(p.code()).isEqualTo("wrong-kind");
        assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo(expected);
        assertThat(p.location()).isEqualTo(new Location("antwort", (int) before.lines().count(), before.length() - before.lastIndexOf('\n'), ""));

        Problem onOneLine = only(score(ResponseFormat.FHIR, line));
        assertThat(onOneLine.message(java.util.Locale.ENGLISH)).isEqualTo(expected);
        assertThat(onOneLine.location()).isEqualTo(new Location("antwort", 1, line.indexOf("1e-2147483649") + 1, ""));
    }

    @Test
    void a_number_whose_exponent_no_decimal_holds_in_a_bundles_own_field_stands_at_its_place_not_as_a_second_response() throws IOException {
        String persona = Files.readString(PERSONAS.resolve("optimierer.fhir.json"), StandardCharsets.UTF_8).strip();
        String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\",\n  \"total\": 1e2147483648,\n  \"entry\": [{\"resource\": "
                + persona + "}]\n}\n";

        Problem p = only(score(ResponseFormat.FHIR, bundle));

        assertThat(p.code()).isEqualTo("wrong-kind");
        assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("1e2147483648 is a number whose exponent is too large to be read;"
                + " please write the number in digits, such as 1000000 or 12.5.");
        assertThat(p.location()).isEqualTo(new Location("antwort", 2, "  \"total\": ".length() + 1, ""));
    }

    @Test
    void a_fhir_respondent_field_the_check_refuses_stands_at_its_item_not_at_the_start_of_the_file() throws IOException {
        ObjectNode response = (ObjectNode) Shipped.tree(Files.readString(PERSONAS.resolve("optimierer.fhir.json"), StandardCharsets.UTF_8));
        ((ArrayNode) response.at("/item/0/item/1/answer")).set(0, Json.object().put("valueInteger", 8436000));
        String pretty = Json.pretty(response);

        Problem p = only(score(ResponseFormat.FHIR, pretty));

        assertThat(p.code()).isEqualTo("bad-ags");
        // the item's object, which opens before its linkId
        String before = pretty.substring(0, pretty.lastIndexOf('{', pretty.indexOf("\"linkId\": \"respondentAgs\"")));
        assertThat(p.location().line()).isEqualTo(before.chars().filter(c -> c == '\n').count() + 1);
        assertThat(p.location().line()).isGreaterThan(1);
    }

    @Test
    void a_fhir_status_that_is_no_text_is_refused_at_its_value_not_read_as_a_completed_response() throws IOException {
        ObjectNode response = (ObjectNode) Shipped.tree(Files.readString(PERSONAS.resolve("optimierer.fhir.json"), StandardCharsets.UTF_8));
        response.set("status", Json.object().put("x", 1));
        String pretty = Json.pretty(response);

        Problem p = only(score(ResponseFormat.FHIR, pretty));

        assertThat(p.code()).isEqualTo("not-a-text");
        assertThat(p.location().pointer()).isEqualTo("/status");
        String before = pretty.substring(0, pretty.indexOf("{", pretty.indexOf("\"status\"")));
        assertThat(p.location().line()).isEqualTo(before.chars().filter(c -> c == '\n').count() + 1);
        assertThat(p.location().column()).isEqualTo(before.length() - before.lastIndexOf('\n'));
        assertThat(p.message()).contains("The status of a QuestionnaireResponse must be a text").endsWith("found: an object.");
    }

    @Test
    void a_fhir_link_id_that_is_a_number_is_refused_at_its_value_not_read_as_the_text_of_its_digits() throws IOException {
        ObjectNode response = (ObjectNode) Shipped.tree(Files.readString(PERSONAS.resolve("optimierer.fhir.json"), StandardCharsets.UTF_8));
        ((ObjectNode) response.at("/item/1/item/1")).put("linkId", 5);
        String pretty = Json.pretty(response);

        Problem p = only(score(ResponseFormat.FHIR, pretty));

        assertThat(p.code()).isEqualTo("not-a-text");
        assertThat(p.location().pointer()).isEqualTo("/item/1/item/1/linkId");
        String before = pretty.substring(0, pretty.indexOf("\"linkId\": 5") + "\"linkId\": ".length());
        assertThat(p.location().line()).isEqualTo(before.chars().filter(c -> c == '\n').count() + 1);
        assertThat(p.location().column()).isEqualTo(before.length() - before.lastIndexOf('\n'));
        assertThat(p.message()).contains("A linkId must be a text").endsWith("found: a number, 5.").doesNotContain("einwohner must");
    }

    @Test
    void a_surveyjs_answer_stands_at_its_questions_key_by_line_column_and_pointer_and_a_second_response_in_an_array_at_its_element() throws IOException {
        ObjectNode data = (ObjectNode) Shipped.tree(Files.readString(PERSONAS.resolve("optimierer.surveyjs.json"), StandardCharsets.UTF_8));
        data.put("respondentName", "Gemeinde Überäöüß");
        data.put("einwohner", "viel");
        String line = new String(Json.line(data), StandardCharsets.UTF_8);

        Problem wrong = only(score(ResponseFormat.SURVEYJS, line));
        // the pointer names the same node as line and column, the question's key (it was empty: a client
        // that maps findings to its form's fields by pointer, as for FHIR, found none)
        assertThat(wrong.location()).isEqualTo(new Location("antwort", 1, line.indexOf("\"viel\"") + 1, "/einwohner"));
        data.put("einwohner", 3200);
        data.put("respondentAgs", "9162000");
        String ags = new String(Json.line(data), StandardCharsets.UTF_8);
        assertThat(only(score(ResponseFormat.SURVEYJS, ags)).location())
                .isEqualTo(new Location("antwort", 1, ags.indexOf("\"9162000\"") + 1, "/respondentAgs"));

        JsonNode valid = Shipped.tree(Files.readString(PERSONAS.resolve("optimierer.surveyjs.json"), StandardCharsets.UTF_8));
        String two = "[" + new String(Json.line(valid), StandardCharsets.UTF_8) + ", " + new String(Json.line(valid), StandardCharsets.UTF_8) + "]";
        Problem several = only(score(ResponseFormat.SURVEYJS, two));
        assertThat(several.code()).isEqualTo(OneResponse.SEVERAL);
        assertThat(several.location()).isEqualTo(new Location("antwort", 1, two.indexOf("}, {") + 4, ""));
    }

    private static ScoreRun score(ResponseFormat format, String text) throws IOException {
        return OneResponse.score(Shipped.ENGINE, format, "antwort", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Optional.empty(), Optional.empty());
    }

    private static Problem only(ScoreRun run) {
        assertThat(run.ok()).isFalse();
        assertThat(run.problems()).hasSize(1);
        return run.problems().get(0);
    }
}
