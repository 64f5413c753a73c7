package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.Typwerk;
import de.typwerk.presentation.Language;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /v1/score} on one response of SurveyJS, FHIR or LimeSurvey, as an association's
 * form or FHIR server sends it: a shipped persona answered in the tool's own terms
 * ({@code engine/interop/src/test/resources/personas}, kept true by {@code PersonaResponsesTest})
 * gets exactly the result its answers file gets, with the tool named ({@code input-format}) or
 * told by the content, as {@code typwerk score} reads it. A bad response gets the 422 problem
 * document with its findings placed in the response; parameters that cannot apply are 400.
 */
@Timeout(120)
class HttpToolResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<Language, Typwerk> engines;
    private static TypwerkServer server;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, new HttpApi(engines, Language.DE, 1));
    }

    @AfterAll
    static void stop() {
        server.close();
        engines.values().forEach(Typwerk::close);
    }

    static Stream<Arguments> personasInEveryTool() {
        List<Arguments> all = new ArrayList<>();
        for (String[] persona : List.of(new String[] {"oefit", "optimierer"}, new String[] {"oefit-kreise", "bedaechtiger-kreis"},
                new String[] {"ozg-reifegrad", "stufe-3-stadt"})) {
            for (String tool : List.of("surveyjs", "fhir", "limesurvey")) all.add(Arguments.of(persona[0], persona[1], tool));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} from {2}")
    @MethodSource("personasInEveryTool")
    void a_persona_answered_in_a_tool_gets_the_result_of_its_answers_file_named_or_told_by_its_content(String folder, String persona,
                                                                                                         String tool) throws Exception {
        Path answers = Repository.root().resolve("questionnaires/" + folder + "/src/test/resources/personas/" + persona + ".yaml");
        Path response = toolFile(persona, tool);

        HttpResponse<String> expected = post("/v1/score?lang=en", "application/yaml", Files.readString(answers));
        HttpResponse<String> named = post("/v1/score?lang=en&input-format=" + tool, typeOf(tool), Files.readString(response));
        HttpResponse<String> told = post("/v1/score?lang=en", typeOf(tool), Files.readString(response));

        assertThat(expected.statusCode()).as(expected.body()).isEqualTo(200);
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        assertThat(named.body()).isEqualTo(expected.body());
        assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
        assertThat(told.body()).isEqualTo(expected.body());
    }

    @Test
    void a_surveyjs_result_that_does_not_name_its_questionnaire_is_scored_against_the_one_the_request_names() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(toolFile("optimierer", "surveyjs").toFile());
        data.remove("typwerkQuestionnaire");
        HttpResponse<String> expected = post("/v1/score?lang=en", "application/yaml", Files.readString(Repository.persona("optimierer")));

        HttpResponse<String> given = post("/v1/score?lang=en&input-format=surveyjs&questionnaire=oefit-digitalisierungstypen",
                "application/json", JSON.writeValueAsString(data));
        HttpResponse<String> without = post("/v1/score?lang=en&input-format=surveyjs", "application/json", JSON.writeValueAsString(data));

        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(given.body()).isEqualTo(expected.body());
        assertThat(without.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(without.body()).path("problems").get(0).path("source").asText()).isEqualTo("response.json");
    }

    @Test
    void a_fhir_response_with_an_answer_the_question_does_not_offer_is_a_422_placed_at_its_item() throws Exception {
        String fhir = Files.readString(toolFile("optimierer", "fhir"));
        // the kind of municipality, answered with a code the question does not have
        String broken = fhir.replaceFirst("\"code\": \"kreis\"", "\"code\": \"gibt-es-nicht\"");
        assertThat(broken).isNotEqualTo(fhir);

        HttpResponse<String> r = post("/v1/score?lang=en", "application/fhir+json", broken);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body()).path("problems").get(0);
        assertThat(problem.path("source").asText()).isEqualTo("response.json");
        assertThat(problem.path("message").asText()).contains("gibt-es-nicht");
        assertThat(problem.path("pointer").asText()).startsWith("/item/");
        // line and column of the item the pointer names, in the pretty-printed resource: not line 1 with column 0 ("no place")
        String atPlace = broken.lines().toList().get(problem.path("line").asInt() - 1).substring(problem.path("column").asInt() - 1);
        assertThat(problem.path("line").asInt()).isGreaterThan(1);
        assertThat(atPlace).startsWith("{");
    }

    @Test
    void a_fhir_response_without_items_has_its_findings_at_a_place_in_the_body_line_and_column_together() throws Exception {
        HttpResponse<String> r = post("/v1/score?questionnaire=oefit-digitalisierungstypen&lang=en", "application/fhir+json",
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode problems = JSON.readTree(r.body()).path("problems");
        assertThat(problems).isNotEmpty();
        // the answers are missing from the resource: placed at the resource, the nearest node there is (OpenAPI Finding: 0 is no place)
        for (JsonNode problem : problems) {
            assertThat(problem.path("line").asInt()).as(problem.toString()).isEqualTo(1);
            assertThat(problem.path("column").asInt()).as(problem.toString()).isEqualTo(1);
        }
    }

    @Test
    void parameters_that_cannot_apply_are_400_and_csv_that_is_no_limesurvey_response_is_415_saying_so() throws Exception {
        String answers = Files.readString(Repository.persona("optimierer"));

        HttpResponse<String> questionnaireForAnswers = post("/v1/score?lang=en&questionnaire=oefit-digitalisierungstypen",
                "application/yaml", answers);
        HttpResponse<String> unknownQuestionnaire = post("/v1/score?lang=en&input-format=surveyjs&questionnaire=oefit-digitalisierungstyp",
                "application/json", "{}");
        HttpResponse<String> unknownFormat = post("/v1/score?lang=en&input-format=xml", "application/json", "{}");
        HttpResponse<String> csv = post("/v1/score?lang=en", "text/csv", "a,b\n1,2\n");

        assertThat(questionnaireForAnswers.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(questionnaireForAnswers.body()).path("detail").asText())
                .startsWith("questionnaire=oefit-digitalisierungstypen does not work; possible: only with a response of another tool");
        assertThat(unknownQuestionnaire.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownQuestionnaire.body()).path("detail").asText()).contains("oefit-digitalisierungstypen");
        assertThat(unknownFormat.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownFormat.body()).path("detail").asText())
                .isEqualTo("input-format=xml does not work; possible: answers, surveyjs, fhir, limesurvey.");
        assertThat(csv.statusCode()).isEqualTo(415);
        // not "text/csv is not read here; possible: …, text/csv": what this CSV is not, and what to do
        assertThat(JSON.readTree(csv.body()).path("detail").asText()).startsWith("This CSV is not recognised as a response export of"
                + " LimeSurvey").contains("input-format=limesurvey", "POST /v1/batch").doesNotContain("Possible");
        HttpResponse<String> csvAsAnswers = post("/v1/score?lang=en&input-format=answers", "text/csv", "a,b\n1,2\n");
        assertThat(csvAsAnswers.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(csvAsAnswers.body()).path("detail").asText())
                .isEqualTo("The format “text/csv” is not read here. Possible: application/json, application/yaml.");
    }

    @Test
    void a_response_without_its_questionnaire_or_a_body_of_several_is_told_the_http_way_too_not_only_the_command_line() throws Exception {
        HttpResponse<String> unnamed = post("/v1/score?lang=en&input-format=surveyjs", "application/json", "{\"art\": \"kreis\"}");
        HttpResponse<String> several = post("/v1/score?lang=en&input-format=surveyjs&questionnaire=oefit-digitalisierungstypen",
                "application/json", "[{\"art\": \"kreis\"}, {\"art\": \"gemeinde\"}]");

        assertThat(unnamed.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unnamed.body()).path("problems").get(0).path("message").asText())
                .contains("--questionnaire ID (over HTTP: questionnaire=ID)");
        assertThat(several.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(several.body()).path("problems").get(0).path("message").asText())
                .endsWith("(over HTTP: POST /v1/batch?input-format=surveyjs)");
    }

    @Test
    void an_answers_file_named_as_such_is_read_as_one_whatever_its_content_looks_like() throws Exception {
        String fhir = Files.readString(toolFile("optimierer", "fhir"));

        HttpResponse<String> r = post("/v1/score?lang=en&input-format=answers", "application/json", fhir);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).path("problems").get(0).path("source").asText()).isEqualTo("answers.json");
    }

    @Test
    void a_batch_of_fhir_responses_named_with_input_format_gives_the_rows_of_the_same_answers_files() throws Exception {
        // one QuestionnaireResponse per line (NDJSON), as a FHIR server exports them: ÖFIT and the Kreis variant
        String fhir = JSON.readTree(toolFile("optimierer", "fhir").toFile()) + "\n"
                + JSON.readTree(toolFile("bedaechtiger-kreis", "fhir").toFile()) + "\n";
        String answers = jsonLine(Repository.persona("optimierer"))
                + jsonLine(Repository.root().resolve("questionnaires/oefit-kreise/src/test/resources/personas/bedaechtiger-kreis.yaml"));

        HttpResponse<String> expected = post("/v1/batch?lang=en&detail=compact", "application/x-ndjson", answers);
        HttpResponse<String> named = post("/v1/batch?lang=en&detail=compact&input-format=fhir", "application/fhir+ndjson", fhir);
        HttpResponse<String> unnamed = post("/v1/batch?lang=en&detail=compact", "application/json", fhir);

        assertThat(expected.statusCode()).as(expected.body()).isEqualTo(200);
        assertThat(expected.body().lines()).hasSize(2).allSatisfy(row -> assertThat(row).doesNotContain("\"error\""));
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        assertThat(named.body()).isEqualTo(expected.body());
        // a batch is never guessed, as typwerk batch does not guess: JSON without input-format is not Typwerk's rows
        assertThat(unnamed.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(unnamed.body()).path("detail").asText())
                .endsWith("Responses from SurveyJS or FHIR are read with input-format: POST /v1/batch?input-format=surveyjs or ?input-format=fhir.");
    }

    @Test
    void a_batch_of_surveyjs_results_as_an_array_is_scored_against_the_questionnaire_the_request_names() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(toolFile("optimierer", "surveyjs").toFile());
        data.remove("typwerkQuestionnaire");
        String array = "[" + data + "," + data + "]";

        HttpResponse<String> r = post("/v1/batch?lang=en&detail=compact&input-format=surveyjs&questionnaire=oefit-digitalisierungstypen",
                "application/json", array);
        HttpResponse<String> forAnswers = post("/v1/batch?questionnaire=oefit-digitalisierungstypen", "application/x-ndjson",
                jsonLine(Repository.persona("optimierer")));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> rows = r.body().lines().toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(JSON.readTree(row).path("types").get(0).path("id").asText()).isEqualTo("optimierer"));
        assertThat(forAnswers.statusCode()).isEqualTo(400);
    }

    @Test
    void another_tools_responses_sent_as_rows_without_input_format_are_a_422_naming_the_tool_and_the_parameter() throws Exception {
        for (String tool : List.of("surveyjs", "fhir", "limesurvey")) {
            String body = tool.equals("limesurvey") ? Files.readString(toolFile("optimierer", tool))
                    : JSON.writeValueAsString(JSON.readTree(toolFile("optimierer", tool).toFile())) + "\n";
            HttpResponse<String> r = post("/v1/batch?lang=en", tool.equals("limesurvey") ? "text/csv" : "application/x-ndjson", body);

            assertThat(r.statusCode()).as(tool + ": " + r.body()).isEqualTo(422);
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("detail").asText()).as(tool).startsWith("The body looks like responses from "
                    + Map.of("surveyjs", "SurveyJS", "fhir", "FHIR", "limesurvey", "LimeSurvey").get(tool))
                    .endsWith("; POST /v1/batch?input-format=" + tool + " reads them.");
            // the way to send them said once, not twice
            assertThat(problem.path("detail").asText().split("input-format", -1)).as(tool).hasSize(2);
            assertThat(problem.path("problems").get(0).path("code").asText()).isEqualTo("input-refused");
            HttpResponse<String> de = post("/v1/batch?lang=de", tool.equals("limesurvey") ? "text/csv" : "application/x-ndjson", body);
            String detail = JSON.readTree(de.body()).path("detail").asText();
            assertThat(detail).as(tool).endsWith("; POST /v1/batch?input-format=" + tool + " liest sie.");
            assertThat(detail.split("input-format", -1)).as(tool).hasSize(2);
        }
    }

    @Test
    void a_tools_response_sent_to_validate_is_one_422_naming_score_with_its_input_format_not_a_finding_per_key() throws Exception {
        for (String tool : List.of("surveyjs", "fhir")) {
            HttpResponse<String> r = post("/v1/validate?lang=en", typeOf(tool), Files.readString(toolFile("optimierer", tool)));

            assertThat(r.statusCode()).as(tool + ": " + r.body()).isEqualTo(422);
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("detail").asText()).as(tool).startsWith("The body looks like a response from "
                    + Map.of("surveyjs", "SurveyJS", "fhir", "FHIR").get(tool)).endsWith("POST /v1/score?input-format=" + tool);
            assertThat(problem.path("problems")).as(tool).hasSize(1);
            assertThat(problem.path("problems").get(0).path("code").asText()).isEqualTo("input-refused");
        }
        // an answers file is validated as before
        Path answers = Repository.root().resolve("questionnaires/oefit/src/test/resources/personas/optimierer.yaml");
        assertThat(post("/v1/validate", "application/yaml", Files.readString(answers)).statusCode()).isEqualTo(200);
    }

    /** An answers file as one line of JSON. */
    private static String jsonLine(Path yaml) throws IOException {
        return JSON.writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(yaml.toFile())) + "\n";
    }

    private static Path toolFile(String persona, String tool) {
        String ending = tool.equals("limesurvey") ? ".csv" : ".json";
        return Repository.root().resolve("engine/interop/src/test/resources/personas/" + persona + "." + tool + ending);
    }

    private static String typeOf(String tool) {
        return switch (tool) {
            case "limesurvey" -> "text/csv";
            case "fhir" -> "application/fhir+json";
            default -> "application/json";
        };
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
