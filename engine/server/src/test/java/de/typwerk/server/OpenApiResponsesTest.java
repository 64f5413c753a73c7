package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.typwerk.engine.Typwerk;
import de.typwerk.presentation.Language;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the server answers, success and every error a client can provoke, checked with a JSON
 * Schema validator (networknt, 2020-12) against the schema {@code docs/openapi.json} gives for that
 * operation, status and media type, so that a client generated from the description reads every
 * body it is sent. The description's status and media type must name the answer as well; which
 * documented JSON answers no request here reaches is listed, and must stay that short list.
 */
@Timeout(180)
class OpenApiResponsesTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    /** Where the description's own references ({@code result.schema.json}) are read from: the copies in docs/. */
    private static final String BASE = "https://typwerk.invalid/v1/";

    private static Map<Language, Typwerk> engines;
    private static TypwerkServer server;
    private static JsonNode description;
    private static JsonSchemaFactory factory;
    private static SchemaValidatorsConfig config;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, new HttpApi(engines, Language.DE, 1));
        description = mapper.readTree(Files.readString(Repository.root().resolve("docs/openapi.json")));
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(
                mappers -> mappers.mapPrefix(BASE, Repository.root().resolve("docs").toUri().toString())));
        config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        engines.values().forEach(Typwerk::close);
    }

    /** One request: the path as described ({@code /v1/questionnaires/{id}}), what is sent, how. */
    private record Ask(String method, String described, String uri, String contentType, byte[] body, String... headers) {
        static Ask get(String described, String uri, String... headers) {
            return new Ask("GET", described, uri, null, null, headers);
        }

        static Ask post(String described, String uri, String contentType, String body, String... headers) {
            return new Ask("POST", described, uri, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
        }
    }

    @Test
    void every_json_answer_success_and_error_is_valid_against_the_schema_the_description_gives_it() throws Exception {
        String persona = Files.readString(Repository.persona("optimierer"));
        String misspelt = persona.replace("finanzierung:", "finanzirung:");
        String rows = "{\"questionnaire\":\"" + OEFIT + "\",\"version\":\"1.0.0\",\"answers\":{\"art\":\"stadt\"}}\n";
        String csvHeaderWrong = "questionnaire,version,name,ags,kind,state,fokuss\n" + OEFIT + ",1.0.0,,,,,3\n";
        String template = "/v1/questionnaires/{id}/template";
        String schema = "/v1/questionnaires/{id}/answers.schema.json";
        List<Ask> asks = new ArrayList<>(List.of(
                Ask.get("/health", "/health"), Ask.get("/health", "/health?lang=fr"),
                new Ask("DELETE", "/health", "/health", null, null),
                Ask.get("/ready", "/ready"), Ask.get("/ready", "/ready?verbose=1"),
                Ask.get("/v1/questionnaires", "/v1/questionnaires"),
                Ask.get("/v1/questionnaires", "/v1/questionnaires?verbose=1"),
                Ask.get("/v1/questionnaires", "/v1/questionnaires", "Accept", "text/csv"),
                new Ask("PUT", "/v1/questionnaires", "/v1/questionnaires", null, null),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/" + OEFIT),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/oefit-kreise"),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/oefit-kreise?resolved"),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/ozg-reifegrad"),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/nope"),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/" + OEFIT + "?resolved=ja"),
                Ask.get("/v1/questionnaires/{id}", "/v1/questionnaires/" + OEFIT, "Accept", "text/html"),
                Ask.get(template, "/v1/questionnaires/" + OEFIT + "/template"),
                Ask.get(template, "/v1/questionnaires/" + OEFIT + "/template?format=xml"),
                Ask.get(template, "/v1/questionnaires/nope/template"),
                Ask.get(template, "/v1/questionnaires/" + OEFIT + "/template", "Accept", "text/html"),
                Ask.get(schema, "/v1/questionnaires/" + OEFIT + "/answers.schema.json"),
                Ask.get(schema, "/v1/questionnaires/nope/answers.schema.json"),
                Ask.get(schema, "/v1/questionnaires/" + OEFIT + "/answers.schema.json?lang=fr"),
                Ask.get(schema, "/v1/questionnaires/" + OEFIT + "/answers.schema.json", "Accept", "text/csv"),
                Ask.post("/v1/score", "/v1/score", "application/yaml", persona),
                Ask.post("/v1/score", "/v1/score?strategy=points&lang=en", "application/yaml", persona),
                Ask.post("/v1/score", "/v1/score?strategy=nope", "application/yaml", persona),
                Ask.post("/v1/score", "/v1/score", "application/yaml", misspelt),
                Ask.post("/v1/score", "/v1/score", "application/json", "{"),
                Ask.post("/v1/score", "/v1/score", "text/plain", persona),
                Ask.post("/v1/score", "/v1/score", "application/yaml", persona, "Accept", "text/csv"),
                Ask.post("/v1/score", "/v1/score", "application/yaml", "x".repeat(4 * 1024 * 1024 + 1)),
                new Ask("GET", "/v1/score", "/v1/score", null, null),
                Ask.post("/v1/validate", "/v1/validate", "application/yaml", persona),
                Ask.post("/v1/validate", "/v1/validate", "application/yaml", persona.replace("1.0.0", "1.0")),
                Ask.post("/v1/validate", "/v1/validate", "application/yaml", misspelt),
                Ask.post("/v1/validate", "/v1/validate?strict=1", "application/yaml", persona),
                Ask.post("/v1/validate", "/v1/validate", "text/plain", persona),
                Ask.post("/v1/validate", "/v1/validate", "application/yaml", persona, "Accept", "text/csv"),
                Ask.post("/v1/validate", "/v1/validate", "application/yaml", "x".repeat(4 * 1024 * 1024 + 1)),
                Ask.post("/v1/batch", "/v1/batch", "application/x-ndjson", rows),
                Ask.post("/v1/batch", "/v1/batch?format=xml", "application/x-ndjson", rows),
                Ask.post("/v1/batch", "/v1/batch", "application/json", rows),
                Ask.post("/v1/batch", "/v1/batch", "text/csv", ""),
                Ask.post("/v1/batch", "/v1/batch", "text/csv", csvHeaderWrong),
                Ask.post("/v1/batch", "/v1/batch", "application/x-ndjson", rows, "Accept", "application/json"),
                Ask.get("/v1/openapi.json", "/v1/openapi.json"),
                Ask.get("/v1/openapi.json", "/v1/openapi.json?lang=fr"),
                Ask.get("/v1/openapi.json", "/v1/openapi.json", "Accept", "text/html"),
                Ask.get("/v1/result.schema.json", "/v1/result.schema.json"),
                Ask.get("/v1/result.schema.json", "/v1/result.schema.json", "Accept", "text/html"),
                Ask.get("/v1/questionnaire.schema.json", "/v1/questionnaire.schema.json"),
                Ask.get("/v1/questionnaire.schema.json", "/v1/questionnaire.schema.json?x=1"),
                Ask.get("/self-test/{id}", "/self-test/nope", "Accept", "application/json")));
        // and on every path: each operation with a language not spoken (400), a method the path does not take (405), and
        // each GET asked for a type it does not give (406, where a route negotiates), a client of JSON on the pages' paths
        description.path("paths").properties().forEach(path -> {
            String uri = path.getKey().replace("{id}", OEFIT);
            String[] json = {"Accept", "application/json"};
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("head")) asks.add(new Ask(method.toUpperCase(Locale.ROOT), path.getKey(), uri + "?lang=fr", null, null, json));
            });
            asks.add(new Ask("PUT", path.getKey(), uri, null, null, json));
            if (path.getValue().has("get")) asks.add(Ask.get(path.getKey(), uri, "Accept", "image/png"));
        });

        List<String> wrong = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        for (Ask ask : asks) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + ask.uri().substring(1)));
            if (ask.headers().length > 0) request.headers(ask.headers());
            if (ask.contentType() != null) request.header("Content-Type", ask.contentType());
            HttpResponse<byte[]> r = client.send(request.method(ask.method(), ask.body() == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(ask.body())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String what = ask.method() + " " + ask.uri() + " → " + r.statusCode();
            JsonNode operations = description.path("paths").path(ask.described());
            assertThat(operations.isMissingNode()).as(ask.described()).isFalse();
            // a method the path does not take is answered as its operations describe their 405
            String method = ask.method().toLowerCase(Locale.ROOT);
            if (!operations.has(method)) method = operations.fieldNames().next();
            String pointer = "/paths/" + escape(ask.described()) + "/" + method + "/responses/" + r.statusCode();
            JsonNode response = description.at(pointer);
            if (response.has("$ref")) {
                pointer = response.get("$ref").asText().substring(1);
                response = description.at(pointer);
            }
            if (response.isMissingNode()) {
                wrong.add(what + ": status not described");
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("").replace("; charset=utf-8", "");
            if (!response.path("content").has(type)) {
                wrong.add(what + ": " + type + " not described, only " + response.path("content").properties().stream().map(Map.Entry::getKey).toList());
                continue;
            }
            reached.add(method + " " + ask.described() + " " + r.statusCode() + " " + type);
            // JSON Lines are described as a string: OpenAPI 3.1 has no schema per line (3.2's itemSchema)
            if (!type.endsWith("json") || type.equals("application/x-ndjson")) continue;
            JsonSchema schemaOfIt = factory.getSchema(SchemaLocation.of(BASE + "openapi.json#" + pointer + "/content/" + escape(type) + "/schema"), config);
            Set<ValidationMessage> findings = schemaOfIt.validate(mapper.readTree(r.body()));
            findings.forEach(f -> wrong.add(what + " " + type + ": " + f.getMessage()));
        }
        assertThat(wrong).isEmpty();

        // every JSON answer the description gives is reached above, but those a client cannot provoke on a healthy server
        // with the shipped plugins alone (a stopping server's 503 and a slow body's 408: HttpApiTest, HttpEdgesTest; a failing
        // strategy's 500: HttpApiTest), and the refusals of a page's form in JSON
        Set<String> described = new TreeSet<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            // the pages' forms refused as JSON: SelfTest's tests
            if (op.getKey().equals("head") || op.getKey().equals("post") && !path.getKey().startsWith("/v1/")) return;
            op.getValue().path("responses").properties().forEach(status -> {
                JsonNode response = status.getValue().has("$ref")
                        ? description.at(status.getValue().get("$ref").asText().substring(1)) : status.getValue();
                response.path("content").fieldNames().forEachRemaining(type -> {
                    if (type.endsWith("json") && !type.equals("application/x-ndjson") && !status.getKey().matches("408|500|503")) {
                        described.add(op.getKey() + " " + path.getKey() + " " + status.getKey() + " " + type);
                    }
                });
            });
        }));
        described.removeAll(reached);
        assertThat(described).as("described JSON answers no request here reached").isEmpty();
    }

    @Test
    void each_full_row_of_a_batch_is_a_result_of_docs_result_schema_with_its_row_first_and_each_error_row_an_error_record()
            throws Exception {
        String good = new String(Files.readAllBytes(Repository.persona("optimierer")), StandardCharsets.UTF_8);
        // a persona as one JSON line, then a row that does not read and one whose AGS is refused
        String line = mapper.writeValueAsString(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(good));
        String body = line + "\n{broken\n" + line.replaceFirst("\"ags\":\"[0-9]{8}\"", "\"ags\":\"9162000\"") + "\n";
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.uri() + "v1/batch?detail=full"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonSchema result = factory.getSchema(SchemaLocation.of(BASE + "result.schema.json"), config);

        List<String> lines = r.body().lines().toList();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(lines).hasSize(3);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode row = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(lines.get(i));
            assertThat(row.fieldNames().next()).isEqualTo("row");
            assertThat(row.path("row").asLong()).isEqualTo(i + 1);
            row.remove("row");
            if (row.has("error")) {
                assertThat(row.size()).isEqualTo(1);
                assertThat(row.path("error").path("code").isTextual()).isTrue();
                assertThat(row.path("error").path("message").isTextual()).isTrue();
                assertThat(row.path("error").path("more").isInt()).isTrue();
            } else {
                result.validate(row).forEach(f -> wrong.add(lines.get(0).substring(0, 20) + ": " + f.getMessage()));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(lines.get(0)).doesNotContain("\"error\"");
        assertThat(lines.get(1)).contains("\"error\"");
        assertThat(lines.get(2)).contains("\"bad-ags\"");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
