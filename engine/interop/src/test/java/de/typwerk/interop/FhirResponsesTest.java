package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.engine.LoadedQuestionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * QuestionnaireResponses that are wrong in the ways a FHIR platform's export can be: each is one
 * error row that names the item (linkId) and its JSON pointer in the input, and the rows around it
 * are scored as the same answers given natively. The files are FHIR R4 JSON as a server hands it out.
 */
class FhirResponsesTest {

    private static final LoadedQuestionnaire OZG = Shipped.ENGINE.questionnaire("ozg-reifegrad").orElseThrow();

    @Test
    void each_bad_response_of_an_ndjson_export_is_a_located_error_row_and_the_others_are_scored() throws IOException {
        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, fixture("responses.ndjson"), Optional.of(OZG)));
        String nativeResult = Shipped.scoreNative(List.of(nativeRow()));

        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).toString()).isEqualTo(Shipped.tree(nativeResult).toString());
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) rows.get(6).deepCopy()).without("row").toString()).isEqualTo(((com.fasterxml.jackson.databind.node.ObjectNode) Shipped.tree(nativeResult)).without("row").toString());

        assertError(rows.get(1), "coding-system", "q-meldewesen", "/item/2/item/0/answer/0/valueCoding/system", 2);
        assertThat(rows.get(1).path("error").path("message").asText())
                .contains("urn:typwerk:questionnaire:ozg-reifegrad:q-meldewesen");
        assertError(rows.get(2), "wrong-resource", null, "/resourceType", 3);
        assertThat(rows.get(2).path("error").path("message").asText()).contains("Patient");
        assertError(rows.get(3), "other-questionnaire", null, "/questionnaire", 4);
        assertThat(rows.get(4).path("error").path("question").asText()).isEqualTo("q-unbekannt");
        assertThat(rows.get(4).path("error").path("pointer").asText()).isEqualTo("/item/2/item/6");
        assertError(rows.get(5), "unknown-option", "q-kita", "/item/2/item/4", 6);
        assertThat(rows.get(5).path("error").path("message").asText()).contains("nie-gehoert");
    }

    @Test
    void a_search_bundle_is_read_entry_by_entry_and_its_outcome_entry_is_no_row() throws IOException {
        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, fixture("bundle.json"), Optional.empty()));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).has("error")).as(rows.get(0).toString()).isFalse();
        assertThat(rows.get(1).path("error").path("question").asText()).isEqualTo("q-kita");
        assertThat(rows.get(1).path("error").path("pointer").asText()).isEqualTo("/entry/1/resource/item/2/item/4");
        // the Bundle written over many lines: the row's line is that of the item whose answer is at fault (its '{'
        // on the line before its linkId), not the Bundle's line 1 nor the line its response starts on
        List<String> lines = new String(fixture("bundle.json"), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        int second = 0;
        int kita = 0;
        for (int i = 0, seen = 0; i < lines.size() && second == 0; i++) if (lines.get(i).contains("\"resource\": {") && ++seen == 2) second = i + 1;
        for (int i = second; i < lines.size() && kita == 0; i++) if (lines.get(i).contains("\"linkId\": \"q-kita\"")) kita = i;
        assertThat(second).isGreaterThan(1);
        assertThat(kita).isGreaterThan(second);
        assertThat(lines.get(kita - 1).strip()).isEqualTo("{");
        assertThat(rows.get(1).path("error").path("line").asInt()).isEqualTo(kita);
    }

    @Test
    void an_answer_at_fault_in_a_bundle_or_a_response_written_over_many_lines_is_an_error_row_at_its_items_line() throws IOException {
        // the first response's answer to q-meldewesen given a code the question does not have
        String bundle = new String(fixture("bundle.json"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = bundle.lines().toList();
        int item = lines.indexOf("                \"linkId\": \"q-meldewesen\",");
        assertThat(item).isGreaterThan(0);
        int code = item;
        while (!lines.get(code).contains("\"code\": \"ende-zu-ende\"")) code++;
        List<String> changed = new java.util.ArrayList<>(lines);
        changed.set(code, lines.get(code).replace("ende-zu-ende", "bogus"));
        byte[] input = String.join("\n", changed).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input, Optional.empty()));

        assertError(rows.get(0), "unknown-option", "q-meldewesen", "/entry/0/resource/item/2/item/0", item);
        assertThat(rows.get(0).path("error").path("message").asText()).contains("bogus");
        // the second response's fault stays at its own item, below
        assertThat(rows.get(1).path("error").path("line").asInt()).isGreaterThan(item);

        // the first response alone, written over many lines as a document of its own: its item's line there too
        JsonNode response = Shipped.tree(new String(input, java.nio.charset.StandardCharsets.UTF_8)).path("entry").path(0).path("resource");
        String pretty = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(response);
        List<String> own = pretty.lines().toList();
        int ownItem = 0;
        while (!own.get(ownItem).contains("\"linkId\" : \"q-meldewesen\"")) ownItem++;
        List<JsonNode> alone = rows(Shipped.score(ResponseFormat.FHIR, pretty.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));
        assertError(alone.get(0), "unknown-option", "q-meldewesen", "/item/2/item/0", ownItem);
    }

    @Test
    void bundles_one_per_line_give_a_row_for_every_entry_of_every_line_in_order() throws IOException {
        String bundle = Shipped.tree(new String(fixture("bundle.json"), java.nio.charset.StandardCharsets.UTF_8)).toString();
        String lines = (bundle + "\n").repeat(3);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, lines.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty()));

        // two responses a bundle (its outcome entry is none), three bundles: six rows, each line's in turn
        assertThat(rows).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(rows.get(i).path("row").asInt()).isEqualTo(i + 1);
            assertThat(rows.get(i).has("error")).as(rows.get(i).toString()).isEqualTo(i % 2 == 1);
            if (i % 2 == 1) assertThat(rows.get(i).path("error").path("line").asInt()).isEqualTo(i / 2 + 1);
        }
    }

    @Test
    void many_lines_of_empty_bundles_are_read_without_running_out_of_stack() throws IOException {
        String lines = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}\n".repeat(100_000);

        assertThat(Shipped.score(ResponseFormat.FHIR, lines.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()))
                .isBlank();
    }

    @Test
    void items_or_answers_that_are_not_lists_of_objects_are_one_located_error_not_a_response_without_answers() throws IOException {
        LoadedQuestionnaire oefit = Shipped.ENGINE.questionnaire("oefit-digitalisierungstypen").orElseThrow();
        String head = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"questionnaire\":\"urn:typwerk:questionnaire:oefit-digitalisierungstypen|1.0.0\",";
        String lines = head + "\"item\":\"nope\"}\n"
                + head + "\"item\":[{\"linkId\":\"kommune\",\"item\":[{\"linkId\":\"einwohner\",\"answer\":{\"valueInteger\":5}}]}]}\n"
                + head + "\"item\":[{\"linkId\":\"kommune\",\"item\":[7]}]}\n";

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, lines.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of(oefit)));

        assertThat(rows).hasSize(3);
        assertError(rows.get(0), "not-a-list", null, "/item", 1);
        assertThat(rows.get(0).path("error").path("message").asText())
                .isEqualTo("A list (JSON array) belongs here, as FHIR R4 writes item; found a text.");
        assertError(rows.get(1), "not-a-list", null, "/item/0/item/0/answer", 2);
        assertError(rows.get(2), "not-a-list", null, "/item/0/item/0", 3);
        assertThat(rows.get(2).path("error").path("message").asText())
                .isEqualTo("Every entry of a list item must be an object, as FHIR R4 writes it; found a number.");
    }

    @Test
    void a_ranking_with_a_place_left_out_is_an_error_and_not_a_shorter_ranking() throws IOException {
        LoadedQuestionnaire oefit = Shipped.ENGINE.questionnaire("oefit-digitalisierungstypen").orElseThrow();
        String response = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"questionnaire\":\"urn:typwerk:questionnaire:oefit-digitalisierungstypen|1.0.0\",\"item\":[{\"linkId\":\"ziele\","
                + "\"item\":[{\"linkId\":\"ziele-prioritaet\",\"item\":["
                + place(1, "effizienz") + "," + place(3, "it-sicherheit") + "]}]}]}\n";
        JsonNode row = rows(Shipped.score(ResponseFormat.FHIR, response.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of(oefit))).get(0);
        assertThat(row.path("error").path("code").asText()).as(row.toString()).isEqualTo("ranking-place-missing");
        assertThat(row.path("error").path("question").asText()).isEqualTo("ziele-prioritaet");
        assertThat(row.path("error").path("message").asText()).contains("ziele-prioritaet.2");
    }

    @Test
    void a_coding_with_only_a_display_is_an_error_naming_the_missing_code_and_the_codes_expected() throws IOException {
        org.hl7.fhir.r4.model.QuestionnaireResponse response = answeredInTheFhirTool();
        // a form filler that keeps the option's display and drops its code and system
        org.hl7.fhir.r4.model.Coding coding = response.getItem().get(2).getItem().get(0).getAnswerFirstRep().getValueCoding();
        assertThat(coding.getDisplay()).isNotEmpty();
        coding.setCode(null).setSystem(null);

        JsonNode row = rows(Shipped.score(ResponseFormat.FHIR, (FhirTool.json(response) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty())).get(0);

        assertError(row, "coding-without-code", "q-meldewesen", "/item/2/item/0/answer/0/valueCoding/code", 1);
        assertThat(row.path("error").path("message").asText()).isEqualTo("The answer to q-meldewesen has no code, only the display '"
                + coding.getDisplay() + "'; expected one of the codes offline, information, formular, online-antrag, ende-zu-ende"
                + " of the code system urn:typwerk:questionnaire:ozg-reifegrad:q-meldewesen, as the export writes them into the answerOptions.");
    }

    @Test
    void an_answered_item_without_its_link_id_is_an_error_row_pointing_at_it() throws IOException {
        org.hl7.fhir.r4.model.QuestionnaireResponse response = answeredInTheFhirTool();
        // a form filler that lost the linkId of one answered item
        response.getItem().get(2).getItem().get(0).setLinkId(null);
        byte[] input = (FhirTool.json(response) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        JsonNode row = rows(Shipped.score(ResponseFormat.FHIR, input, Optional.empty())).get(0);

        assertError(row, "no-link-id", null, "/item/2/item/0", 1);
        assertThat(row.path("error").path("message").asText()).startsWith("An answered item has no linkId, which FHIR R4 requires");
    }

    @Test
    void a_response_naming_its_questionnaire_by_the_servers_reference_is_read_against_the_one_given_and_else_told_to_give_one()
            throws IOException {
        org.hl7.fhir.r4.model.QuestionnaireResponse response = answeredInTheFhirTool();
        // a form filler that names the questionnaire by its id on the server, not by its url
        response.setQuestionnaire("Questionnaire/17");
        byte[] input = (FhirTool.json(response) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(Shipped.score(ResponseFormat.FHIR, input, Optional.of(OZG))).isEqualTo(Shipped.scoreNative(List.of(nativeRow())));
        JsonNode refused = rows(Shipped.score(ResponseFormat.FHIR, input, Optional.empty())).get(0);
        assertError(refused, "unknown-questionnaire", null, "/questionnaire", 1);
        assertThat(refused.path("error").path("message").asText()).isEqualTo("The response names its questionnaire as Questionnaire/17,"
                + " not by the URL of the export (urn:typwerk:questionnaire:<id>); say with --questionnaire ID (over HTTP: questionnaire=ID) which one it answers.");
    }

    @Test
    void a_status_that_is_no_text_is_one_error_row_at_its_pointer_and_the_next_response_is_scored() throws IOException {
        String good = FhirTool.json(answeredInTheFhirTool());
        com.fasterxml.jackson.databind.node.ObjectNode bad = (com.fasterxml.jackson.databind.node.ObjectNode) Shipped.tree(good);
        bad.set("status", Json.object().put("x", 1));
        byte[] input = (new String(Json.line(bad), java.nio.charset.StandardCharsets.UTF_8) + "\n" + good + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input, Optional.empty()));

        assertThat(rows).hasSize(2);
        assertError(rows.get(0), "not-a-text", null, "/status", 1);
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("The status of a QuestionnaireResponse must be a text,"
                + " one of the codes in-progress, completed, amended, entered-in-error, stopped; found: an object.");
        assertThat(rows.get(1).has("error")).as(rows.get(1).toString()).isFalse();
    }

    @Test
    void only_completed_and_amended_responses_are_scored_every_other_status_is_one_error_row_at_status() throws IOException {
        String good = FhirTool.json(answeredInTheFhirTool());
        StringBuilder input = new StringBuilder();
        List<String> statuses = java.util.Arrays.asList("completed", "amended", "in-progress", "stopped", "final", "", "Completed", null);
        for (String status : statuses) {
            com.fasterxml.jackson.databind.node.ObjectNode resource = (com.fasterxml.jackson.databind.node.ObjectNode) Shipped.tree(good);
            if (status == null) resource.remove("status");
            else resource.put("status", status);
            input.append(new String(Json.line(resource), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty()));

        assertThat(rows).hasSize(statuses.size());
        assertThat(rows.get(0).has("error")).as(rows.get(0).toString()).isFalse();
        assertThat(rows.get(1).has("error")).as(rows.get(1).toString()).isFalse();
        assertError(rows.get(2), "not-completed", null, "/status", 3);
        assertThat(rows.get(2).path("error").path("message").asText()).isEqualTo("The response is not completed (status in-progress)"
                + " and is not scored: its answers may still change or were given up on. Responses with status completed or amended are scored.");
        assertError(rows.get(3), "not-completed", null, "/status", 4);
        assertError(rows.get(4), "invalid-status", null, "/status", 5);
        assertThat(rows.get(4).path("error").path("message").asText()).isEqualTo("The status \"final\" is none of the codes FHIR R4 knows"
                + " for a QuestionnaireResponse: in-progress, completed, amended, entered-in-error, stopped (in lower case, as written there)."
                + " Responses with completed or amended are scored.");
        assertError(rows.get(5), "invalid-status", null, "/status", 6);
        assertError(rows.get(6), "invalid-status", null, "/status", 7);
        assertError(rows.get(7), "missing-status", null, "/status", 8);
        assertThat(rows.get(7).path("error").path("message").asText()).startsWith("The QuestionnaireResponse has no status, which FHIR R4 requires");
    }

    @Test
    void a_link_id_that_is_no_text_is_one_error_row_saying_so_not_an_unknown_question_and_a_missing_answer() throws IOException {
        LoadedQuestionnaire oefit = Shipped.ENGINE.questionnaire("oefit-digitalisierungstypen").orElseThrow();
        String head = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"questionnaire\":\"urn:typwerk:questionnaire:oefit-digitalisierungstypen|1.0.0\",";
        String lines = head + "\"item\":[{\"linkId\":\"kommune\",\"item\":[{\"linkId\":5,\"answer\":[{\"valueInteger\":5}]}]}]}\n"
                + head + "\"item\":[{\"linkId\":{\"x\":1},\"item\":[{\"linkId\":\"einwohner\",\"answer\":[{\"valueInteger\":5}]}]}]}\n";

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, lines.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of(oefit)));

        assertThat(rows).hasSize(2);
        assertError(rows.get(0), "not-a-text", null, "/item/0/item/0/linkId", 1);
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("A linkId must be a text, as FHIR R4 writes it"
                + " (the export writes each question’s id as its linkId, such as \"einwohner\"); found: a number, 5.");
        assertError(rows.get(1), "not-a-text", null, "/item/0/linkId", 2);
    }

    private static String place(int rank, String option) {
        return "{\"linkId\":\"ziele-prioritaet." + rank + "\",\"answer\":[{\"valueCoding\":{\"system\":"
                + "\"urn:typwerk:questionnaire:oefit-digitalisierungstypen:ziele-prioritaet\",\"code\":\"" + option + "\"}}]}";
    }

    @Test
    void a_bundle_entry_without_a_resource_or_with_a_number_for_one_says_what_is_there_not_a_question_mark() throws IOException {
        String bundle = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":5},{\"fullUrl\":\"x\"},{\"resource\":{\"id\":\"1\"}}]}";

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, bundle.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of(OZG)));

        assertThat(rows).extracting(r -> r.path("error").path("message").asText()).containsExactly(
                "Expected a FHIR QuestionnaireResponse resource (single, in a Bundle or one per line), found: a single value (a number, true, false).",
                "Expected a FHIR QuestionnaireResponse resource (single, in a Bundle or one per line), found: nothing (no resource).",
                "Expected a FHIR QuestionnaireResponse resource (single, in a Bundle or one per line), found: an object without resourceType.");
        assertError(rows.get(1), "wrong-resource", null, "/entry/1/resource/resourceType", 1);
    }

    @Test
    void a_bundle_whose_entry_is_no_list_is_one_error_row_not_none() throws IOException {
        String bundle = "{\"resourceType\":\"Bundle\",\"entry\":\"x\"}";

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, bundle.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of(OZG)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertError(row, "not-a-list", null, "/entry", 1);
            assertThat(row.path("error").path("message").asText())
                    .isEqualTo("A Bundle’s entry is a list of entries, each with a resource; here it is no list.");
        });
    }

    @Test
    void a_number_whose_exponent_no_decimal_holds_is_one_error_row_and_the_rows_after_it_are_scored() throws IOException {
        String persona = optimiererOnOneLine();
        String tiny = persona.replace("\"valueDecimal\":31", "\"valueDecimal\":1e-2147483649");
        String huge = persona.replace("\"valueDecimal\":31", "\"valueDecimal\":1e2147483648");
        assertThat(tiny).isNotEqualTo(persona);
        byte[] input = (tiny + "\n" + persona + "\n" + huge + "\n" + persona + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input, Optional.empty()));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).path("error").path("code").asText()).as(rows.get(0).toString()).isEqualTo("wrong-kind");
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("Line 1, column " + (tiny.indexOf("1e-2147483649") + 1)
                + " holds 1e-2147483649, a number whose exponent is too large to be read; please write the number in digits, such as 1000000 or 12.5.");
        assertThat(rows.get(1).has("error")).as(rows.get(1).toString()).isFalse();
        assertThat(rows.get(2).path("error").path("code").asText()).as(rows.get(2).toString()).isEqualTo("wrong-kind");
        assertThat(rows.get(2).path("error").path("line").asInt()).isEqualTo(3);
        assertThat(rows.get(3).has("error")).as(rows.get(3).toString()).isFalse();
    }

    @Test
    void in_an_array_or_documents_one_after_another_a_number_whose_exponent_no_decimal_holds_is_its_responses_row_only() throws IOException {
        String persona = new String(persona("optimierer.fhir.json"), java.nio.charset.StandardCharsets.UTF_8).strip();
        String tiny = persona.replaceFirst("\"valueDecimal\"\\s*:\\s*31", "\"valueDecimal\": 1e-2147483649");
        assertThat(tiny).isNotEqualTo(persona);
        String array = "[\n" + persona + ",\n" + tiny + ",\n" + persona + "\n]\n";
        String documents = persona + "\n" + tiny + "\n" + persona + "\n";

        for (String input : List.of(array, documents)) {
            List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).has("error")).as(rows.get(0).toString()).isFalse();
            JsonNode error = rows.get(1).path("error");
            assertThat(error.path("code").asText()).as(rows.get(1).toString()).isEqualTo("wrong-kind");
            String before = input.substring(0, input.indexOf("1e-2147483649"));
            long line = before.lines().count();
            int column = before.length() - before.lastIndexOf('\n');
            assertThat(error.path("message").asText()).isEqualTo("Line " + line + ", column " + column
                    + " holds 1e-2147483649, a number whose exponent is too large to be read; please write the number in digits, such as 1000000 or 12.5.");
            assertThat(rows.get(2).has("error")).as(rows.get(2).toString()).isFalse();
        }
    }

    @Test
    void in_a_bundle_as_a_document_or_on_one_line_a_number_whose_exponent_no_decimal_holds_is_its_entrys_row_only() throws IOException {
        String persona = optimiererOnOneLine();
        String tiny = persona.replaceFirst("\"valueDecimal\":31", "\"text\":\"B\u00fcrger\u00e4mter\",\"valueDecimal\":1e-2147483649");
        assertThat(tiny).isNotEqualTo(persona);
        String document = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n{\"resource\":" + persona
                + "},\n{\"resource\":" + tiny + "},\n{\"resource\":" + persona + "}\n]}\n";
        String oneLine = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + persona
                + "},{\"resource\":" + tiny + "},{\"resource\":" + persona + "}]}";
        String lines = persona + "\n" + oneLine + "\n" + persona + "\n";

        for (String input : List.of(document, lines)) {
            List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

            int entries = input == document ? 3 : 5;
            assertThat(rows).hasSize(entries);
            int refused = input == document ? 1 : 2;
            for (int i = 0; i < entries; i++) {
                if (i == refused) continue;
                assertThat(rows.get(i).has("error")).as(rows.get(i).toString()).isFalse();
            }
            JsonNode error = rows.get(refused).path("error");
            assertThat(error.path("code").asText()).as(rows.get(refused).toString()).isEqualTo("wrong-kind");
            String before = input.substring(0, input.indexOf("1e-2147483649"));
            long line = before.lines().count();
            int column = before.length() - before.lastIndexOf('\n');
            assertThat(error.path("message").asText()).isEqualTo("Line " + line + ", column " + column
                    + " holds 1e-2147483649, a number whose exponent is too large to be read; please write the number in digits, such as 1000000 or 12.5.");
        }
    }

    @Test
    void a_number_whose_exponent_no_decimal_holds_in_a_bundles_own_field_is_one_error_row_before_its_responses() throws IOException {
        String persona = optimiererOnOneLine();
        String document = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\n\"total\": 1e2147483648,\"entry\":[\n{\"resource\":" + persona
                + "},\n{\"resource\":" + persona + "}\n]}\n";
        String oneLine = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":1e2147483648,\"entry\":[{\"resource\":" + persona
                + "},{\"resource\":" + persona + "}]}";
        String lines = persona + "\n" + oneLine + "\n" + persona + "\n";

        for (String input : List.of(document, lines)) {
            List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

            int bundle = input == document ? 0 : 1;
            assertThat(rows).hasSize(input == document ? 3 : 5);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).path("row").asInt()).isEqualTo(i + 1);
                assertThat(rows.get(i).has("error")).as(rows.get(i).toString()).isEqualTo(i == bundle);
            }
            JsonNode error = rows.get(bundle).path("error");
            assertThat(error.path("code").asText()).isEqualTo("wrong-kind");
            assertThat(error.path("line").asInt()).isEqualTo(bundle + 1);
            String before = input.substring(0, input.indexOf("1e2147483648"));
            assertThat(error.path("message").asText()).isEqualTo("Line " + before.lines().count() + ", column " + (before.length() - before.lastIndexOf('\n'))
                    + " holds 1e2147483648, a number whose exponent is too large to be read; please write the number in digits, such as 1000000 or 12.5.");
        }
    }

    @Test
    void in_an_array_the_columns_of_a_refused_number_and_of_a_syntax_error_count_an_umlaut_as_one_character() throws IOException {
        String persona = optimiererOnOneLine();
        for (String broken : List.of("\"valueDecimal\":1e-2147483649", "\"valueDecimal\":31,,")) {
            java.util.function.Function<String, String> message = text -> {
                String input = "[\n" + persona + ",\n" + persona.replace("\"valueDecimal\":31", "\"text\":\"" + text + "\"," + broken)
                        + ",\n" + persona + "\n]\n";
                try {
                    List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));
                    return rows.get(1).path("error").path("message").asText();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            String ascii = message.apply("Burgeramter in Munster");
            assertThat(ascii).as(broken).containsPattern("(Line|line) 3, column [0-9]+");
            assertThat(message.apply("B\u00fcrger\u00e4mter in M\u00fcnster")).as(broken).isEqualTo(ascii);
        }
    }

    @Test
    void on_one_line_the_columns_of_a_refused_number_and_of_a_syntax_error_count_an_umlaut_as_one_character() throws IOException {
        String persona = optimiererOnOneLine();
        for (String broken : List.of("\"valueDecimal\":1e-2147483649", "\"valueDecimal\":31,,")) {
            String line = persona.replace("\"valueDecimal\":31", "\"text\":\"B\u00fcrger\u00e4mter in M\u00fcnster \u20ac \ud83c\udfdb\"," + broken);
            String input = persona + "\n" + line + "\n" + persona + "\n";

            List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, input.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

            assertThat(rows).hasSize(3);
            // where the parser stopped, counted in characters (the emoji one, too), as an editor counts them
            String before = line.substring(0, line.indexOf(broken) + (broken.endsWith(",,") ? broken.length() - 1 : "\"valueDecimal\":".length()));
            assertThat(rows.get(1).path("error").path("message").asText()).as(broken)
                    .containsPattern("(Line|line) 2, column " + (before.codePointCount(0, before.length()) + 1) + "\\b");
            assertThat(rows.get(0).has("error")).as(rows.get(0).toString()).isFalse();
            assertThat(rows.get(2).has("error")).as(rows.get(2).toString()).isFalse();
        }
    }

    @Test
    void a_number_beyond_a_double_is_refused_as_written_and_the_rows_after_it_are_scored() throws IOException {
        String persona = optimiererOnOneLine();
        String huge = persona.replace("\"valueDecimal\":31", "\"valueDecimal\":1e400");
        String almostWhole = persona.replace("\"valueInteger\":284000", "\"valueDecimal\":284000.0000000000000000001");
        assertThat(huge).isNotEqualTo(persona);
        assertThat(almostWhole).isNotEqualTo(persona);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, String.join("\n", huge, almostWhole, persona)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty()));

        assertThat(rows).hasSize(3);
        assertError(rows.get(0), "out-of-range", "it-personal", "/item/1/item/2", 1);
        assertThat(rows.get(0).path("error").path("message").asText()).contains("not 1E+400");
        // a double would round it to 284000, a whole number
        assertError(rows.get(1), "not-whole", "einwohner", "/item/1/item/1", 2);
        assertThat(rows.get(1).path("error").path("message").asText()).contains("not 284000.0000000000000000001");
        assertThat(rows.get(2).has("error")).as(rows.get(2).toString()).isFalse();
    }

    @Test
    void an_answer_with_two_values_is_an_error_row_naming_them_not_its_first_value_scored() throws IOException {
        String persona = optimiererOnOneLine();
        String twice = persona.replace("{\"valueInteger\":284000}", "{\"valueInteger\":284000,\"valueString\":\"etwa 300000\"}");
        assertThat(twice).isNotEqualTo(persona);

        List<JsonNode> rows = rows(Shipped.score(ResponseFormat.FHIR, (twice + "\n" + persona).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty()));

        assertThat(rows).hasSize(2);
        assertError(rows.get(0), "several-values", "einwohner", "/item/1/item/1/answer/0", 1);
        assertThat(rows.get(0).path("error").path("message").asText()).isEqualTo("The answer to einwohner has several values"
                + " (valueInteger, valueString); FHIR R4 allows one value[x] an answer, and which one is meant cannot be told.");
        assertThat(rows.get(1).has("error")).as(rows.get(1).toString()).isFalse();
    }

    @Test
    void a_coding_that_is_no_object_is_an_error_row_saying_what_stands_there_not_a_coding_without_code() throws IOException {
        String persona = optimiererOnOneLine();
        String text = persona.replaceFirst("\\{\"valueCoding\":\\{[^}]*\"code\":\"kreis\"[^}]*\\}\\}", "{\"valueCoding\":\"kreis\"}");
        assertThat(text).isNotEqualTo(persona);

        JsonNode row = rows(Shipped.score(ResponseFormat.FHIR, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty())).get(0);

        assertError(row, "not-an-object", "art", "/item/1/item/0/answer/0/valueCoding", 1);
        assertThat(row.path("error").path("message").asText())
                .isEqualTo("The valueCoding of the answer to art must be an object with system and code, as FHIR R4 writes it; found: a text.");
    }

    /** {@return the fixture's answers to OZG as Typwerk's own row, one line of JSON} */
    private static String nativeRow() throws IOException {
        return new String(fixture("ozg-native.jsonl"), java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    /** {@return the fixture's answers to OZG as a FHIR tool gives them: a QuestionnaireResponse to the questionnaire Typwerk exports} */
    private static org.hl7.fhir.r4.model.QuestionnaireResponse answeredInTheFhirTool() throws IOException {
        org.hl7.fhir.r4.model.Questionnaire questionnaire = new FhirTool().add(ExportFormat.FHIR.export(OZG, "de"));
        return FhirTool.answer(questionnaire, Shipped.tree(nativeRow()));
    }

    /** {@return the persona Optimierer's QuestionnaireResponse on one line, as NDJSON carries it} */
    private static String optimiererOnOneLine() throws IOException {
        return Shipped.tree(new String(persona("optimierer.fhir.json"), java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static byte[] persona(String name) throws IOException {
        try (InputStream in = FhirResponsesTest.class.getResourceAsStream("/personas/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void assertError(JsonNode row, String code, String question, String pointer, long line) {
        JsonNode error = row.path("error");
        assertThat(error.path("code").asText()).as(row.toString()).isEqualTo(code);
        if (question != null) assertThat(error.path("question").asText()).isEqualTo(question);
        assertThat(error.path("pointer").asText()).isEqualTo(pointer);
        assertThat(error.path("line").asLong()).isEqualTo(line);
    }

    private static List<JsonNode> rows(String jsonl) throws IOException {
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : jsonl.split("\n")) if (!line.isBlank()) rows.add(Shipped.tree(line));
        return rows;
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FhirResponsesTest.class.getResourceAsStream("/fhir/" + name)) {
            return in.readAllBytes();
        }
    }
}
