package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP routes of {@code typwerk serve} as a client sees them: a real server on a free port, a
 * real HTTP client, and every answer compared with what the CLI gives for the same input.
 */
class HttpApiTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";

    @TempDir
    static Path shared;

    private static Map<Language, Typwerk> engines;
    private static TypwerkServer server;
    private static HttpApi api;
    private static final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        // the request log, through SLF4J and the CLI's binding, into the list
        CliLogging.requestsTo(log::add);
        api = new HttpApi(engines, Language.DE, 2);
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 4, api);
    }

    @AfterAll
    static void stop() {
        CliLogging.requestsTo(line -> { });
        server.close();
        engines.values().forEach(Typwerk::close);
    }

    private static Cli cli() {
        return new Cli(shared.resolve("home"));
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) request.header("Content-Type", contentType);
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Whether the server logs a line like that; it logs after the client has its answer, so wait a little. */
    private static boolean logged(java.util.function.Predicate<String> line) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            synchronized (log) {
                if (log.stream().anyMatch(line)) return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode document = mapper.readTree(response.body());
        assertThat(document.path("status").asInt()).isEqualTo(status);
        assertThat(document.path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ", "\\tat ");
        return document;
    }

    @Test
    void scores_answers_to_exactly_the_bytes_typwerk_score_prints() throws Exception {
        for (String persona : List.of("optimierer", "bedaechtig", "mixed-optimierer-serviceorientiert")) {
            Path answers = Repository.persona(persona);
            Cli.Result expected = cli().run("score", answers.toString(), "--format", "json");

            HttpResponse<String> r = post("/v1/score", "application/yaml", Files.readAllBytes(answers));

            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(r.body()).isEqualTo(expected.out());
        }
    }

    @Test
    void scores_json_answers_and_with_another_strategy_the_questionnaire_offers() throws Exception {
        Path line = shared.resolve("one.jsonl");
        assertThat(cli().run("generate", OEFIT, "--count", "1", "--seed", "5", "--out", line.toString()).exitCode()).isZero();
        Path answers = Files.writeString(shared.resolve("one.json"), Files.readString(line));

        HttpResponse<String> own = post("/v1/score", "application/json", Files.readAllBytes(answers));
        HttpResponse<String> points = post("/v1/score?strategy=points", "application/json", Files.readAllBytes(answers));

        assertThat(own.body()).isEqualTo(cli().run("score", answers.toString(), "--format", "json").out());
        assertThat(points.body()).isEqualTo(cli().run("score", answers.toString(), "--format", "json", "--strategy", "points").out());
        assertThat(mapper.readTree(points.body()).path("strategy").path("id").asText()).isEqualTo("points");
    }

    @Test
    void refused_answers_get_422_with_every_problem_at_its_line_and_column_in_the_language_asked_for() throws Exception {
        String answers = Files.readString(Repository.persona("optimierer")).replace("  finanzierung:", "  finanzirung:");

        HttpResponse<String> r = post("/v1/score", "application/yaml", answers.getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en-GB,en;q=0.9,de;q=0.5");

        JsonNode document = problem(r, 422);
        assertThat(r.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode unknown = document.path("problems").get(0);
        assertThat(unknown.path("code").asText()).isEqualTo("unknown-question");
        assertThat(unknown.path("source").asText()).isEqualTo("answers.yaml");
        int line = answers.lines().toList().indexOf(answers.lines().filter(l -> l.startsWith("  finanzirung:")).findFirst().orElseThrow()) + 1;
        assertThat(unknown.path("line").asInt()).isEqualTo(line);
        assertThat(unknown.path("column").asInt()).isEqualTo(3);
        assertThat(unknown.path("message").asText()).contains("finanzirung", "finanzierung");
        // the same problems the CLI reports for the same file
        Path file = Files.writeString(shared.resolve("answers.yaml"), answers);
        Cli.Result cliRun = cli().locale(Locale.ENGLISH).run("score", file.toString(), "--format", "json");
        assertThat(document.path("problems")).isEqualTo(mapper.readTree(cliRun.out().replace(file.toString(), "answers.yaml")));
    }

    @Test
    void the_error_document_of_docs_http_md_is_what_the_server_sends() throws Exception {
        String doc = Files.readString(Repository.root().resolve("docs/http.md"));
        String errors = doc.substring(doc.indexOf("## Errors"));
        String documented = errors.substring(errors.indexOf("```json\n") + "```json\n".length(), errors.indexOf("\n```", errors.indexOf("```json")));
        String answers = Files.readString(Repository.persona("optimierer")).replace("  finanzierung:", "  finanzirung:");

        HttpResponse<String> r = post("/v1/score?lang=en", "application/yaml", answers.getBytes(StandardCharsets.UTF_8));

        assertThat(r.body()).isEqualTo(documented + "\n");
    }

    @Test
    void a_cut_off_json_document_is_refused_with_its_line_and_column() throws Exception {
        HttpResponse<String> r = post("/v1/score?lang=en", "application/json",
                "{\"questionnaire\": \"oefit-digitalisierungstypen\",\n \"answers\": {".getBytes(StandardCharsets.UTF_8));

        JsonNode p = problem(r, 422).path("problems").get(0);
        assertThat(p.path("code").asText()).isEqualTo("truncated");
        assertThat(p.path("line").asInt()).isEqualTo(2);
        assertThat(p.path("message").asText()).contains("ends in the middle");
    }

    @Test
    void the_lang_parameter_wins_over_accept_language_and_a_language_we_do_not_speak_is_a_bad_request() throws Exception {
        HttpResponse<String> german = get("/v1/questionnaires/nix?lang=de", "Accept-Language", "en");
        HttpResponse<String> english = get("/v1/questionnaires/nix", "Accept-Language", "fr-CH, en;q=0.8");
        HttpResponse<String> fallback = get("/v1/questionnaires/nix", "Accept-Language", "fr, ja");
        HttpResponse<String> unspoken = get("/health?lang=fr");

        assertThat(problem(german, 404).path("detail").asText()).startsWith("Einen Fragebogen „nix“ gibt es nicht. Geladen: ");
        assertThat(problem(english, 404).path("detail").asText()).startsWith("There is no questionnaire “nix”. Loaded: ")
                .contains(OEFIT);
        assertThat(fallback.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(problem(unspoken, 400).path("detail").asText()).contains("lang=fr", "de, en");
    }

    @Test
    void a_strategy_the_questionnaire_has_no_parameters_for_is_a_bad_request() throws Exception {
        HttpResponse<String> r = post("/v1/score?strategy=gibtsnicht&lang=en", "application/yaml",
                Files.readAllBytes(Repository.persona("optimierer")));

        JsonNode document = problem(r, 400);
        assertThat(document.path("detail").asText()).contains("gibtsnicht");
    }

    @Test
    void a_strategy_that_fails_is_the_servers_fault_500_named_by_its_id() throws Exception {
        Path plugins = PluginFolder.brokenStrategies(shared.resolve("broken"));
        try (Typwerk de = Typwerk.builder().pluginsFrom(plugins).build();
             TypwerkServer broken = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, de), Language.DE, 1))) {
            HttpRequest request = HttpRequest.newBuilder(broken.uri().resolve("/v1/score"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Repository.answers("kaputt/a.yaml")))).build();

            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            JsonNode document = problem(r, 500);
            assertThat(document.path("problems").get(0).path("code").asText()).isEqualTo("strategy-failed");
            assertThat(document.path("problems").get(0).path("message").asText()).contains("boom", "kaputt");
        }
    }

    @Test
    void answers_in_a_format_not_read_are_415_and_a_body_over_the_limit_413() throws Exception {
        byte[] persona = Files.readAllBytes(Repository.persona("optimierer"));

        assertThat(problem(post("/v1/score", null, persona), 415).path("detail").asText()).contains("application/json");
        assertThat(problem(post("/v1/score", "application/x-www-form-urlencoded", persona), 415).path("detail").asText())
                .contains("application/x-www-form-urlencoded");
        assertThat(problem(post("/v1/score", "application/yaml; charset=ISO-8859-1", persona), 415).path("detail").asText())
                .contains("ISO-8859-1", "UTF-8");
        byte[] huge = new byte[HttpApi.MAX_ANSWERS_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(problem(post("/v1/score", "application/json", huge), 413).path("detail").asText())
                .contains(String.valueOf(HttpApi.MAX_ANSWERS_BYTES));
    }

    @Test
    void wrong_paths_methods_and_parameters_say_what_there_is() throws Exception {
        HttpResponse<String> noRoute = get("/v2/score");
        HttpResponse<String> wrongMethod = get("/v1/score");
        HttpResponse<String> unknownParameter = get("/v1/questionnaires?verbose=true");
        HttpResponse<String> twice = get("/v1/questionnaires/" + OEFIT + "?resolved=true&resolved=false");
        HttpResponse<String> badFlag = get("/v1/questionnaires/" + OEFIT + "?resolved=ja");

        assertThat(problem(noRoute, 404).path("detail").asText()).contains("/v2/score", "POST /v1/score", "GET /v1/questionnaires");
        assertThat(problem(wrongMethod, 405).path("detail").asText()).contains("GET", "POST");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(problem(unknownParameter, 400).path("detail").asText()).contains("verbose", "lang");
        assertThat(problem(twice, 400).path("detail").asText()).contains("resolved");
        assertThat(problem(badFlag, 400).path("detail").asText()).contains("resolved=ja", "true, false");
    }

    @Test
    void lists_the_questionnaires_with_their_strategies_and_shows_each_as_typwerk_show_does() throws Exception {
        HttpResponse<String> listing = get("/v1/questionnaires");

        assertThat(listing.statusCode()).isEqualTo(200);
        JsonNode list = mapper.readTree(listing.body());
        assertThat(list.findValuesAsText("id")).containsExactly(OEFIT, "oefit-kreise", "ozg-reifegrad");
        JsonNode oefit = list.get(0);
        assertThat(oefit.path("title").path("en").asText()).isNotBlank();
        assertThat(oefit.path("strategies").get(0).asText()).isEqualTo("prototype");
        assertThat(oefit.has("base")).isFalse();
        assertThat(list.get(1).path("base").asText()).startsWith(OEFIT + "@");

        assertThat(get("/v1/questionnaires/" + OEFIT).body()).isEqualTo(cli().run("show", OEFIT, "--format", "json").out());
        assertThat(get("/v1/questionnaires/oefit-kreise").body()).isEqualTo(cli().run("show", "oefit-kreise", "--format", "json").out());
        assertThat(get("/v1/questionnaires/oefit-kreise?resolved").body())
                .isEqualTo(cli().run("show", "oefit-kreise", "--resolved", "--format", "json").out());
        assertThat(get("/v1/questionnaires/" + OEFIT + "@1.0").statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_that_has_the_questionnaire_already_gets_304_by_its_etag() throws Exception {
        HttpResponse<String> first = get("/v1/questionnaires/oefit-kreise");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> resolved = get("/v1/questionnaires/oefit-kreise?resolved");

        HttpResponse<String> again = get("/v1/questionnaires/oefit-kreise", "If-None-Match", tag);
        HttpResponse<String> other = get("/v1/questionnaires/oefit-kreise?resolved", "If-None-Match", tag);

        assertThat(tag).startsWith("\"sha256:");
        assertThat(resolved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(tag);
        assertThat(mapper.readTree(get("/v1/openapi.json").body()).at("/paths/~1v1~1questionnaires~1{id}/get/responses/304/headers").has("ETag"))
                .as("the description names the ETag a 304 carries").isTrue();
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(resolved.body());
    }

    @Test
    void a_client_behind_a_compressing_proxy_gets_304_by_the_weak_etag_the_proxy_handed_it() throws Exception {
        String tag = get("/v1/questionnaires/" + OEFIT).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> weak = get("/v1/questionnaires/" + OEFIT, "If-None-Match", "W/" + tag);
        HttpResponse<String> listed = get("/v1/questionnaires/" + OEFIT, "If-None-Match", "\"other\", W/" + tag);

        assertThat(weak.statusCode()).isEqualTo(304);
        assertThat(listed.statusCode()).isEqualTo(304);
        assertThat(get("/v1/questionnaires/" + OEFIT, "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void templates_are_those_of_typwerk_template_in_each_format() throws Exception {
        for (String format : List.of("json", "yaml", "csv")) {
            HttpResponse<String> r = get("/v1/questionnaires/" + OEFIT + "/template?format=" + format + "&lang=en");

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(format).isEqualTo(cli().run("template", OEFIT, "--format", format, "--lang", "en").out());
        }
        assertThat(get("/v1/questionnaires/" + OEFIT + "/template").headers().firstValue("Content-Type"))
                .hasValue("application/json; charset=utf-8");
        assertThat(problem(get("/v1/questionnaires/" + OEFIT + "/template?format=xml"), 400).path("detail").asText())
                .contains("json, yaml, csv");
    }

    @Test
    void the_answers_schema_is_that_of_typwerk_template_and_tells_a_filled_in_template_from_a_refused_one() throws Exception {
        HttpResponse<String> r = get("/v1/questionnaires/" + OEFIT + "/answers.schema.json?lang=en");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/schema+json; charset=utf-8");
        assertThat(r.body()).isEqualTo(cli().run("template", OEFIT, "--format", "schema", "--lang", "en").out());
        assertThat(get("/v1/questionnaires/" + OEFIT + "/answers.schema.json?lang=de").body()).contains("Pflichtfrage");
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(r.body());
        JsonNode empty = mapper.readTree(get("/v1/questionnaires/" + OEFIT + "/template").body());
        assertThat(schema.validate(empty)).as("required questions left empty").isNotEmpty();
        JsonNode persona = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Files.readAllBytes(Repository.persona("optimierer")));
        assertThat(schema.validate(persona)).isEmpty();
        assertThat(post("/v1/score", "application/json", mapper.writeValueAsBytes(persona)).statusCode()).isEqualTo(200);
        assertThat(problem(get("/v1/questionnaires/gibtsnicht/answers.schema.json"), 404).path("detail").asText()).contains("gibtsnicht");
    }

    @Test
    void validate_says_valid_with_the_warnings_or_refuses_with_the_very_problem_document_of_score() throws Exception {
        byte[] good = Files.readAllBytes(Repository.persona("optimierer"));
        HttpResponse<String> valid = post("/v1/validate?lang=en", "application/yaml", good);

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(valid.body())).isEqualTo(mapper.readTree("{\"valid\": true, \"warnings\": []}"));

        byte[] earlier = new String(good, StandardCharsets.UTF_8).replace("version: 1.0.0", "version: 1.0.0-rc.1")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> warned = post("/v1/validate?lang=en", "application/yaml", earlier);
        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.headers().allValues("Typwerk-Warning")).containsExactly("other-version");
        assertThat(mapper.readTree(warned.body()).path("warnings").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(mapper.readTree(get("/v1/openapi.json").body()).at("/paths/~1v1~1validate/post/responses/200/headers").has("Typwerk-Warning"))
                .as("the description names the header a client generator is to read").isTrue();

        byte[] bad = new String(good, StandardCharsets.UTF_8).replace("fokus: 5", "fokus: 9").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = post("/v1/validate?lang=en", "application/yaml", bad);
        HttpResponse<String> scored = post("/v1/score?lang=en", "application/yaml", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).isEqualTo(scored.body());
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
    }

    @Test
    void metrics_count_requests_by_route_and_status_and_scorings_in_the_prometheus_text_format() throws Exception {
        assertThat(post("/v1/score", "application/yaml", Files.readAllBytes(Repository.persona("optimierer"))).statusCode()).isEqualTo(200);
        assertThat(get("/v1/questionnaires/gibtsnicht").statusCode()).isEqualTo(404);

        // a request is counted once its answer is sent: the client may ask for the metrics before that
        HttpResponse<String> r = get("/metrics");
        for (int i = 0; i < 500 && !r.body().contains("method=\"GET\",route=\"GET /v1/questionnaires/{id}\",status=\"404\""); i++) {
            Thread.sleep(10);
            r = get("/metrics");
        }

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        Map<String, Double> samples = Exposition.parse(r.body());
        assertThat(samples.get("typwerk_http_requests_total{method=\"POST\",route=\"POST /v1/score\",status=\"200\"}")).isGreaterThanOrEqualTo(1);
        assertThat(samples.get("typwerk_http_requests_total{method=\"GET\",route=\"GET /v1/questionnaires/{id}\",status=\"404\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(samples.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).startsWith("typwerk_scorings_total{questionnaire=\"oefit-digitalisierungstypen@1.0.0\",strategy=");
            assertThat(e.getValue()).isGreaterThanOrEqualTo(1);
        });
        String route = "route=\"POST /v1/score\"";
        double previous = 0;
        // the buckets the server exposes, 5 ms to 10 s (docs/http.md)
        for (double le : new double[] {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}) {
            double count = samples.get("typwerk_http_request_duration_seconds_bucket{" + route + ",le=\"" + Exposition.number(le) + "\"}");
            assertThat(count).isGreaterThanOrEqualTo(previous);
            previous = count;
        }
        assertThat(samples.get("typwerk_http_request_duration_seconds_bucket{" + route + ",le=\"+Inf\"}"))
                .isEqualTo(samples.get("typwerk_http_request_duration_seconds_count{" + route + "}"));
        assertThat(samples.get("typwerk_jvm_heap_used_bytes")).isPositive();
        assertThat(samples.get("typwerk_jvm_threads")).isPositive();
        assertThat(samples.get("typwerk_plugins_refused")).isZero();
    }

    @Test
    void metrics_count_a_refused_method_and_a_preflight_under_the_method_used_not_as_the_routes_own() throws Exception {
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/score"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/score"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(preflight.statusCode()).isEqualTo(204);

        String options = "typwerk_http_requests_total{method=\"OPTIONS\",route=\"POST /v1/score\",status=\"204\"}";
        String delete = "typwerk_http_requests_total{method=\"DELETE\",route=\"POST /v1/score\",status=\"405\"}";
        // a request is counted once its answer is sent: on a busy machine the count may come a moment after the client has it
        HttpResponse<String> r = get("/metrics");
        for (int i = 0; i < 500 && !(r.body().contains(options) && r.body().contains(delete)); i++) {
            Thread.sleep(10);
            r = get("/metrics");
        }
        Map<String, Double> samples = Exposition.parse(r.body());
        assertThat(samples.get(delete)).isGreaterThanOrEqualTo(1);
        assertThat(samples.get(options)).isGreaterThanOrEqualTo(1);
        assertThat(samples.keySet()).noneMatch(k -> k.contains("method=\"POST\",route=\"POST /v1/score\",status=\"405\"")
                || k.contains("method=\"POST\",route=\"POST /v1/score\",status=\"204\""));
    }

    @Test
    void ready_names_the_plugins_loaded_and_every_answer_carries_a_request_id() throws Exception {
        HttpResponse<String> r = get("/ready", "X-Request-Id", "client-42");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode ready = mapper.readTree(r.body());
        assertThat(ready.path("ready").asBoolean()).isTrue();
        assertThat(ready.path("loaded").size()).isPositive();
        assertThat(ready.path("refused").size()).isZero();
        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("client-42");
        assertThat(get("/health", "X-Request-Id", "nicht erlaubt!").headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f]{16}"));
        // as the description says for every operation and every answer, so that a generated client offers it
        JsonNode description = mapper.readTree(get("/v1/openapi.json").body());
        List<String> without = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getValue().path("parameters").toString().contains("#/components/parameters/requestId")) {
                without.add(op.getKey() + " " + path.getKey() + " takes no X-Request-Id");
            }
            op.getValue().path("responses").fields().forEachRemaining(answer -> {
                JsonNode response = answer.getValue().has("$ref")
                        ? description.at(answer.getValue().get("$ref").asText().substring(1)) : answer.getValue();
                if (!response.path("headers").has("X-Request-Id")) without.add(op.getKey() + " " + path.getKey() + " " + answer.getKey());
            });
        }));
        assertThat(without).isEmpty();
        assertThat(description.at("/components/parameters/requestId/name").asText()).isEqualTo("X-Request-Id");
        assertThat(description.at("/components/headers/RequestId/required").asBoolean()).isTrue();
        assertThat(api.routeOf("GET", "/v1/questionnaires/x/template")).isEqualTo("GET /v1/questionnaires/{id}/template");
        assertThat(api.routeOf("POST", "/v1/questionnaires/x/template")).isEqualTo("GET /v1/questionnaires/{id}/template");
        assertThat(api.routeOf("HEAD", "/health")).isEqualTo("HEAD /health");
        assertThat(api.routeOf("GET", "/self-test/x")).isEqualTo("GET /self-test/{id}");
        assertThat(api.routeOf("GET", "/v1/nichts")).isEqualTo("other");
    }

    @Test
    void a_batch_gives_one_row_per_row_as_typwerk_batch_writes_them_damaged_rows_included() throws Exception {
        Path input = shared.resolve("batch.jsonl");
        assertThat(cli().run("generate", OEFIT, "--count", "300", "--seed", "11", "--out", input.toString()).exitCode()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(input));
        lines.set(7, lines.get(7).substring(0, 40));
        lines.set(99, lines.get(99).replace("\"answers\"", "\"antworten\""));
        Files.write(input, lines);
        Cli.Result expected = cli().run("batch", input.toString(), "--detail", "compact");

        HttpResponse<String> r = post("/v1/batch?detail=compact", "application/x-ndjson", Files.readAllBytes(input));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        assertThat(r.body().lines()).hasSize(300);
        assertThat(r.body()).isEqualTo(expected.out());
        assertThat(r.body().lines().filter(l -> l.contains("\"error\""))).hasSize(2);
        assertThat(logged(l -> l.contains(" POST /v1/batch 200 ") && l.endsWith("(300 rows, 2 errors)"))).isTrue();
    }

    // a raw socket, since the JDK's HttpClient reads no answer before it has sent the whole request
    @Test
    void a_batch_sends_each_row_back_before_the_client_has_sent_the_next() throws Exception {
        Path input = shared.resolve("trickle.jsonl");
        assertThat(cli().run("generate", OEFIT, "--count", "2", "--seed", "13", "--out", input.toString()).exitCode()).isZero();
        List<String> rows = Files.readAllLines(input);
        try (java.net.Socket socket = new java.net.Socket(server.address().getAddress(), server.address().getPort())) {
            // a server that waited for the whole body would never send row 1: fail instead of hanging
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            out.write(("POST /v1/batch?detail=compact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // the first row and the beginning of the second, as a client that stalls in the middle of a row sends them
            chunk(out, rows.get(0) + "\n" + rows.get(1).substring(0, 40));

            String first = readUntil(in, "{\"row\":1,");
            // only now the rest of the second row, and the end of the body
            chunk(out, rows.get(1).substring(40) + "\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String rest = readUntil(in, "\r\n0\r\n\r\n");

            assertThat(first).startsWith("HTTP/1.1 200 ").doesNotContain("{\"row\":2,");
            assertThat(rest).contains("{\"row\":2,");
        }
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What the socket gives until {@code end} has come (or the connection ends). */
    private static String readUntil(java.io.InputStream in, String end) throws IOException {
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!got.toString(StandardCharsets.UTF_8).contains(end)) {
            int n = in.read(buffer);
            if (n < 0) break;
            got.write(buffer, 0, n);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_csv_batch_answers_in_csv_and_input_without_rows_is_refused_before_anything_is_sent() throws Exception {
        Path input = shared.resolve("batch.csv");
        assertThat(cli().run("generate", OEFIT, "--count", "50", "--seed", "12", "--format", "csv", "--out", input.toString())
                .exitCode()).isZero();

        HttpResponse<String> r = post("/v1/batch?format=csv", "text/csv", Files.readAllBytes(input));
        HttpResponse<String> empty = post("/v1/batch?lang=en", "application/x-ndjson", new byte[0]);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli().run("batch", input.toString(), "--format", "csv").out());
        assertThat(problem(empty, 422).path("detail").asText()).contains("no rows");
        assertThat(problem(post("/v1/batch", "application/json", new byte[0]), 415).path("detail").asText())
                .contains("application/x-ndjson", "text/csv");
    }

    @Test
    void requests_from_many_threads_at_once_each_get_their_own_result() throws Exception {
        List<String> personas = List.of("optimierer", "bedaechtig", "serviceorientiert", "community-manager");
        Map<String, String> expected = new java.util.HashMap<>();
        for (String p : personas) expected.put(p, cli().run("score", Repository.persona(p).toString(), "--format", "json").out());
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String persona = personas.get(i % personas.size());
                calls.add(() -> post("/v1/score", "application/yaml", Files.readAllBytes(Repository.persona(persona)))
                        .body().equals(expected.get(persona)));
            }
            for (Future<Boolean> f : callers.invokeAll(calls)) assertThat(f.get()).isTrue();
        } finally {
            callers.shutdownNow();
        }
    }

    /** Waits until {@code condition} holds; fails after {@code seconds} (the test's own timeout bounds it too). */
    private static void await(String what, java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + seconds + " s: " + what);
            Thread.sleep(10);
        }
    }

    // the request in flight is a batch whose body the client has not finished sending: it lasts until the test says, not a time
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void stopping_lets_a_request_in_flight_finish_and_refuses_new_ones() throws Exception {
        Path input = shared.resolve("in-flight.jsonl");
        assertThat(cli().run("generate", OEFIT, "--count", "2", "--seed", "15", "--out", input.toString()).exitCode()).isZero();
        List<String> rows = Files.readAllLines(input);
        HttpApi stoppingApi = new HttpApi(engines, Language.DE, 1);
        TypwerkServer stopping = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, stoppingApi);
        Thread closing = new Thread(stopping::close);
        try (java.net.Socket socket = new java.net.Socket(stopping.address().getAddress(), stopping.address().getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            out.write(("POST /v1/batch?detail=compact HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, rows.get(0) + "\n");
            String first = readUntil(in, "{\"row\":1,");
            assertThat(stoppingApi.active()).isEqualTo(1);

            closing.start();
            await("the server drains", stoppingApi::draining, 60);
            // the server listens until the request in flight is answered: a new one reaches it, and is refused
            HttpResponse<String> refused = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(stopping.uri().resolve("/v1/questionnaires")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean closedMeanwhile = !closing.isAlive();
            // only now the rest of the batch
            chunk(out, rows.get(1) + "\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String rest = readUntil(in, "\r\n0\r\n\r\n");
            closing.join();

            assertThat(problem(refused, 503).path("detail").asText()).contains("beendet");
            assertThat(closedMeanwhile).as("the stop waits for the request in flight").isFalse();
            assertThat(first).startsWith("HTTP/1.1 200 ");
            assertThat(rest).contains("{\"row\":2,").endsWith("\r\n0\r\n\r\n");
            assertThat(stoppingApi.active()).isZero();
        } finally {
            if (closing.getState() == Thread.State.NEW) stopping.close();
        }
    }


    @Test
    void a_request_while_stopping_gets_503_and_the_connection_closed() throws Exception {
        HttpApi api = new HttpApi(engines, Language.DE, 1);
        TypwerkServer draining = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api);
        try {
            assertThat(api.drain(java.time.Duration.ZERO)).isTrue();

            HttpResponse<String> r = client.send(HttpRequest.newBuilder(draining.uri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(problem(r, 503).path("detail").asText()).contains("beendet");
        } finally {
            draining.close();
        }
    }

    @Test
    void a_stopping_server_says_so_in_the_language_the_request_asks_for() throws Exception {
        HttpApi api = new HttpApi(engines, Language.DE, 1);
        TypwerkServer draining = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api);
        try {
            assertThat(api.drain(java.time.Duration.ZERO)).isTrue();

            HttpResponse<String> byParameter = client.send(HttpRequest.newBuilder(draining.uri().resolve("/v1/questionnaires?lang=en")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> byHeader = client.send(HttpRequest.newBuilder(draining.uri().resolve("/v1/questionnaires"))
                    .header("Accept-Language", "en-GB, en;q=0.8").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            for (HttpResponse<String> r : List.of(byParameter, byHeader)) {
                assertThat(problem(r, 503).path("detail").asText()).isEqualTo("Typwerk is stopping and takes no more requests.");
                assertThat(r.headers().firstValue("Content-Language")).contains("en");
            }
        } finally {
            draining.close();
        }
    }

    @Test
    void the_openapi_description_is_valid_served_as_documented_and_names_exactly_the_routes_served() throws Exception {
        HttpResponse<String> served = get("/v1/openapi.json");
        Path documented = Repository.root().resolve("docs/openapi.json");
        // docs/openapi.json is a copy of what the route table describes: written again when asked
        if (Boolean.getBoolean("typwerk.openapi.write")) Files.writeString(documented, served.body());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Files.readString(documented));
        // valid OpenAPI 3.1 (the parser's own resolving would inline the definition schema's recursion without end)
        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(served.body(), null,
                new io.swagger.v3.parser.core.models.ParseOptions());
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        // every reference leads somewhere: within the document, or to a schema served beside it (and in docs/)
        JsonNode description = mapper.readTree(served.body());
        for (String ref : description.findValuesAsText("$ref")) {
            if (ref.startsWith("#")) {
                assertThat(description.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(get("/v1/" + ref).statusCode()).as(ref).isEqualTo(200);
                assertThat(Repository.root().resolve("docs").resolve(ref)).as(ref).isRegularFile();
            }
        }
        List<String> operations = new ArrayList<>();
        List<String> preflights = new ArrayList<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(method ->
                (method == io.swagger.v3.oas.models.PathItem.HttpMethod.OPTIONS ? preflights : operations).add(method + " " + path)));
        // every route, and HEAD wherever GET is, as the server answers it (with the GET route, docs/http.md)
        List<String> answered = new ArrayList<>(api.routeNames());
        api.routeNames().stream().filter(name -> name.startsWith("GET ")).map(name -> "HEAD " + name.substring(4))
                .filter(head -> !answered.contains(head)).forEach(answered::add);
        assertThat(operations).containsExactlyInAnyOrderElementsOf(answered);
        // OPTIONS answers on every path of the API (204 with Allow), on none of the self-test's pages (405)
        assertThat(preflights).containsExactlyInAnyOrderElementsOf(api.routeNames().stream().map(name -> name.substring(name.indexOf(' ') + 1))
                .filter(path -> !path.equals("/") && !path.startsWith("/self-test") && !path.startsWith("/assets")).distinct()
                .map(path -> "OPTIONS " + path).toList());
    }

    @Test
    void every_operation_documents_the_503_a_stopping_or_busy_server_gives_it_with_retry_after() throws Exception {
        JsonNode description = mapper.readTree(get("/v1/openapi.json").body());
        HttpApi api = new HttpApi(engines, Language.DE, 1);
        TypwerkServer draining = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api);
        try {
            assertThat(api.drain(java.time.Duration.ZERO)).isTrue();
            for (var path = description.path("paths").fields(); path.hasNext(); ) {
                var entry = path.next();
                for (var operation = entry.getValue().fields(); operation.hasNext(); ) {
                    var op = operation.next();
                    HttpRequest.Builder request = HttpRequest.newBuilder(draining.uri().resolve(entry.getKey().replace("{id}", OEFIT)));
                    HttpResponse<Void> r = client.send(request.method(op.getKey().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding());

                    assertThat(r.statusCode()).as("%s %s", op.getKey(), entry.getKey()).isEqualTo(503);
                    assertThat(op.getValue().path("responses").has("503")).as("%s %s documents 503", op.getKey(), entry.getKey()).isTrue();
                    assertHeadersDescribed(description, op.getKey() + " " + entry.getKey(), op.getValue(), r);
                }
            }
        } finally {
            draining.close();
        }
        assertThat(description.at("/components/responses/Stopping/headers").has("Retry-After")).isTrue();
        assertThat(description.at("/components/responses/Stopping/description").asText()).contains("--max-requests");
    }

    /**
     * Each of the headers Typwerk sets ({@code X-Request-Id}, {@code Content-Language}, {@code Vary},
     * {@code Allow}, the caching, CORS and security headers, …) that {@code r} carries is declared for
     * its status by the operation's description, and every header declared as required is there.
     */
    private static void assertHeadersDescribed(JsonNode description, String operation, JsonNode op, HttpResponse<?> r) {
        JsonNode response = op.path("responses").path(String.valueOf(r.statusCode()));
        if (response.has("$ref")) response = description.at(response.get("$ref").asText().substring(1));
        assertThat(response.isMissingNode()).as("%s documents %s", operation, r.statusCode()).isFalse();
        JsonNode declared = response.path("headers");
        for (String name : List.of("X-Request-Id", "Content-Language", "Vary", "Allow", "ETag", "Cache-Control", "Retry-After",
                "Typwerk-Warning", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Access-Control-Allow-Methods",
                "Access-Control-Allow-Headers", "Access-Control-Max-Age", "X-Content-Type-Options", "Content-Security-Policy",
                "Referrer-Policy", "X-Frame-Options")) {
            if (r.headers().firstValue(name).isPresent()) {
                assertThat(declared.has(name)).as("%s %s declares %s", operation, r.statusCode(), name).isTrue();
            }
        }
        declared.fields().forEachRemaining(header -> {
            JsonNode h = header.getValue().has("$ref") ? description.at(header.getValue().get("$ref").asText().substring(1)) : header.getValue();
            if (h.path("required").asBoolean()) {
                assertThat(r.headers().firstValue(header.getKey())).as("%s %s sends %s", operation, r.statusCode(), header.getKey()).isPresent();
            }
        });
    }

    @Test
    void the_description_names_the_fhir_bodies_the_server_reads_and_where_their_findings_are_placed() throws Exception {
        JsonNode description = mapper.readTree(get("/v1/openapi.json").body());
        byte[] response = "{\"resourceType\":\"QuestionnaireResponse\"}".getBytes(StandardCharsets.UTF_8);

        // docs/http.md: a FHIR response as application/fhir+json, a FHIR server's bulk export as application/fhir+ndjson
        assertThat(description.at("/paths/~1v1~1score/post/requestBody/content").has("application/fhir+json")).isTrue();
        assertThat(description.at("/paths/~1v1~1batch/post/requestBody/content").has("application/fhir+ndjson")).isTrue();
        assertThat(post("/v1/score?questionnaire=" + OEFIT, "application/fhir+json", response).statusCode()).isEqualTo(422);
        assertThat(post("/v1/batch?input-format=fhir&questionnaire=" + OEFIT, "application/fhir+ndjson", response).statusCode())
                .isEqualTo(200);
        assertThat(description.at("/components/schemas/Finding/properties/source/description").asText())
                .contains("`response.json`", "`response.csv`");
    }

    @Test
    void every_route_of_the_description_answers_with_a_status_it_documents() throws Exception {
        everyOperationAnswersAsDescribed(server);
        assertThat(get("/v1/result.schema.json").body()).isEqualTo(Files.readString(Repository.root().resolve("docs/result.schema.json")));
        assertThat(get("/v1/questionnaire.schema.json").body())
                .isEqualTo(Files.readString(Repository.root().resolve("docs/questionnaire.schema.json")));
    }

    @Test
    void every_route_answers_a_page_of_an_allowed_origin_with_the_cors_headers_its_description_declares() throws Exception {
        HttpApi cors = new HttpApi(engines, Language.DE, 1, java.util.Set.of("https://portal.example.de"));
        try (TypwerkServer allowing = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, cors)) {
            List<HttpResponse<String>> answers = everyOperationAnswersAsDescribed(allowing, "Origin", "https://portal.example.de",
                    "Access-Control-Request-Method", "GET");
            assertThat(answers).allSatisfy(r -> assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(r.request().method() + " " + r.uri()).hasValue("https://portal.example.de"));
        }
    }

    /**
     * Sends every operation of the description, as a client that read it would, to {@code to} with
     * {@code headers}: each answers 200 (204 for {@code OPTIONS}) in a media type and with headers
     * its description declares ({@link #assertHeadersDescribed}).
     */
    private List<HttpResponse<String>> everyOperationAnswersAsDescribed(TypwerkServer to, String... headers) throws Exception {
        JsonNode description = mapper.readTree(get("/v1/openapi.json").body());
        JsonNode paths = description.path("paths");
        Path batch = shared.resolve("described.jsonl");
        if (!Files.exists(batch)) {
            assertThat(cli().run("generate", OEFIT, "--count", "3", "--seed", "14", "--out", batch.toString()).exitCode()).isZero();
        }
        byte[] persona = Files.readAllBytes(Repository.persona("optimierer"));
        String carried = org.jsoup.Jsoup.parse(get("/self-test/" + OEFIT).body()).select("input[name=answers]").val();
        byte[] form = ("answers=" + java.net.URLEncoder.encode(carried, StandardCharsets.UTF_8) + "&at=&go=download")
                .getBytes(StandardCharsets.UTF_8);
        String boundary = "typwerk-test-boundary";
        byte[] upload = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"answers.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + new String(persona, StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (var path = paths.fields(); path.hasNext(); ) {
            var entry = path.next();
            String uri = entry.getKey().replace("{id}", OEFIT);
            for (var operation = entry.getValue().fields(); operation.hasNext(); ) {
                var op = operation.next();
                HttpRequest.Builder request = HttpRequest.newBuilder(to.uri().resolve(uri));
                if (headers.length > 0) request.headers(headers);
                String contentType = null;
                byte[] body = null;
                if (op.getKey().equals("post")) {
                    switch (uri) {
                        case "/v1/score", "/v1/validate" -> { contentType = "application/yaml"; body = persona; }
                        case "/v1/batch" -> { contentType = "application/x-ndjson"; body = Files.readAllBytes(batch); }
                        case "/" -> { contentType = "multipart/form-data; boundary=" + boundary; body = upload; }
                        default -> { contentType = "application/x-www-form-urlencoded"; body = form; }
                    }
                    request.header("Content-Type", contentType);
                }
                HttpResponse<String> r = client.send(request.method(op.getKey().toUpperCase(Locale.ROOT),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                answers.add(r);
                // the headers of the real answer are those its description declares, and those it requires are there
                assertHeadersDescribed(description, op.getKey() + " " + uri, op.getValue(), r);
                if (op.getKey().equals("options")) {
                    assertThat(r.statusCode()).as(op.getKey() + " " + uri).isEqualTo(204);
                    assertThat(r.headers().firstValue("Allow").orElseThrow()).as(uri).endsWith(", OPTIONS");
                    continue;
                }
                assertThat(r.statusCode()).as(op.getKey() + " " + uri).isEqualTo(200);
                String answered = r.headers().firstValue("Content-Type").orElseThrow().replace("; charset=utf-8", "");
                assertThat(op.getValue().path("responses").path("200").path("content").has(answered))
                        .as("%s %s documents %s", op.getKey(), uri, answered).isTrue();
                if (op.getKey().equals("head") && !uri.equals("/metrics")) {
                    // HEAD: the GET's status and headers, its length too, without the body (the metrics' counts move between the two)
                    HttpResponse<String> got = client.send(HttpRequest.newBuilder(to.uri().resolve(uri)).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    assertThat(r.body()).as("HEAD " + uri).isEmpty();
                    assertThat(r.headers().firstValue("Content-Length")).as("HEAD " + uri)
                            .hasValue(String.valueOf(got.body().getBytes(StandardCharsets.UTF_8).length));
                }
            }
        }
        return answers;
    }

    @Test
    void a_yaml_file_sent_as_json_is_told_to_send_it_as_yaml_and_broken_json_keeps_its_count() throws Exception {
        byte[] yaml = Files.readAllBytes(Repository.persona("optimierer"));

        JsonNode scored = problem(post("/v1/score?lang=en", "application/json", yaml), 422);
        JsonNode checked = problem(post("/v1/validate", "application/json", yaml), 422);
        JsonNode broken = problem(post("/v1/score?lang=en", "application/json", "{\"questionnaire\": x}".getBytes(StandardCharsets.UTF_8)), 422);

        assertThat(scored.path("detail").asText())
                .isEqualTo("The body is sent as application/json but is YAML: please send it with “Content-Type: application/yaml”.");
        assertThat(scored.path("problems").get(0).path("code").asText()).isEqualTo("syntax");
        assertThat(checked.path("detail").asText()).contains("application/json", "YAML", "„Content-Type: application/yaml“");
        assertThat(broken.path("detail").asText()).isEqualTo("Problems: 1; each with line and column under “problems”.");
    }

    @Test
    void a_questionnaire_parameter_with_typwerks_own_answers_is_refused_as_such_even_when_it_names_none_loaded() throws Exception {
        byte[] yaml = Files.readAllBytes(Repository.persona("optimierer"));
        byte[] row = "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"version\":\"1.0.0\",\"answers\":{}}\n"
                .getBytes(StandardCharsets.UTF_8);

        JsonNode scored = problem(post("/v1/score?lang=en&questionnaire=oefit-digitalisierungstypn", "application/yaml", yaml), 400);
        JsonNode batch = problem(post("/v1/batch?lang=en&questionnaire=nope", "application/x-ndjson", row), 400);

        // one round trip: not "no questionnaire 'oefit-digitalisierungstypn'", then, with the id corrected, "not with an answers file"
        assertThat(scored.path("detail").asText()).contains("questionnaire=oefit-digitalisierungstypn", "an answers file names its own");
        assertThat(batch.path("detail").asText()).contains("questionnaire=nope", "input-format");
    }

    @Test
    void a_strategy_that_is_not_loaded_is_said_so_naming_the_loaded_ones_as_the_batch_says_it() throws Exception {
        byte[] yaml = Files.readAllBytes(Repository.persona("optimierer"));

        JsonNode scored = problem(post("/v1/score?lang=en&strategy=point", "application/yaml", yaml), 400);
        JsonNode offered = problem(post("/v1/score?lang=en&strategy=levels", "application/yaml", yaml), 400);

        // where it read "The questionnaire … has no parameters for the strategy 'point'", as if it were loaded
        assertThat(scored.path("detail").asText()).isEqualTo("No strategy “point” is loaded. Loaded: levels, points, prototype. Did you mean: points?");
        assertThat(offered.path("detail").asText()).contains("has no parameters for the strategy 'levels'");
    }

    @Test
    void a_strategy_a_loaded_questionnaire_offers_but_no_jar_provides_is_said_to_miss_its_plugins_jar_as_the_cli_says_it()
            throws Exception {
        // a variant's plugin folder: the definition offers zaehler as an alternative, the strategy's jar is not there
        Path staging = shared.resolve("kreis-staging");
        Path plugins = shared.resolve("kreis-plugins");
        PluginJar.offeringZaehler(staging, plugins);
        byte[] answers = "questionnaire: kreis\nanswers:\n  q: o\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = "{\"questionnaire\":\"kreis\",\"version\":\"1.0.0\",\"answers\":{\"q\":\"o\"}}\n".getBytes(StandardCharsets.UTF_8);

        Typwerk german = Typwerk.builder().locale(Locale.GERMAN).pluginsFrom(plugins).build();
        Map<Language, Typwerk> kreis = new EnumMap<>(Language.class);
        for (Language l : Language.values()) kreis.put(l, l == Language.DE ? german : german.speaking(l.locale()));
        try (TypwerkServer withKreis = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, new HttpApi(kreis, Language.DE, 2))) {
            java.util.function.BiFunction<String, byte[], HttpResponse<String>> send = (path, body) -> {
                try {
                    return client.send(HttpRequest.newBuilder(withKreis.uri().resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .header("Content-Type", path.startsWith("/v1/batch") ? "application/x-ndjson" : "application/yaml").build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            String english = "No strategy \u201czaehler\u201d is loaded. Loaded: levels, points, prototype."
                    + " It is offered by kreis@1.0.0, so the jar of the plugin that provides it is missing from the plugin folders.";
            // where it said only that no strategy zaehler is loaded; the CLI told why
            assertThat(problem(send.apply("/v1/score?lang=en&strategy=zaehler", answers), 400).path("detail").asText()).isEqualTo(english);
            assertThat(problem(send.apply("/v1/batch?lang=en&strategy=zaehler", row), 400).path("detail").asText()).isEqualTo(english);
            assertThat(problem(send.apply("/v1/score?lang=de&strategy=zaehler", answers), 400).path("detail").asText())
                    .isEqualTo("Eine Strategie \u201ezaehler\u201c ist nicht geladen. Geladen: levels, points, prototype."
                            + " Angeboten wird sie von kreis@1.0.0: Das Jar des Plugins, das sie liefert, fehlt in den Plugin-Ordnern.");
            // a strategy no loaded questionnaire offers is told nothing of the kind
            assertThat(problem(send.apply("/v1/score?lang=en&strategy=median", answers), 400).path("detail").asText())
                    .isEqualTo("No strategy \u201cmedian\u201d is loaded. Loaded: levels, points, prototype.");
            // the CLI says the same of the same folder
            assertThat(cli().run("score", Files.write(shared.resolve("kreis.yaml"), answers).toString(), "--plugins", plugins.toString(),
                    "--strategy", "zaehler", "--lang", "en").err()).startsWith("typwerk: " + english);
        } finally {
            // the views first, then the engine they speak for
            kreis.forEach((l, e) -> { if (l != Language.DE) e.close(); });
            german.close();
        }
    }

    @Test
    void a_compressed_body_is_refused_with_415_not_misread() throws Exception {
        HttpResponse<String> r = post("/v1/score?lang=en", "application/json", new byte[] {0x1f, (byte) 0x8b, 8, 0},
                "Content-Encoding", "gzip");

        assertThat(problem(r, 415).path("detail").asText()).contains("gzip", "uncompressed");
    }

    @Test
    void web_pages_of_an_allowed_origin_may_call_the_routes_others_get_no_cors_headers() throws Exception {
        HttpApi api = new HttpApi(engines, Language.DE, 1, java.util.Set.of("https://portal.example.de"));
        try (TypwerkServer cors = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api)) {
            HttpRequest.Builder preflight = HttpRequest.newBuilder(cors.uri().resolve("/v1/score"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type");
            HttpResponse<String> allowed = client.send(preflight.copy().header("Origin", "https://portal.example.de").build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> other = client.send(preflight.copy().header("Origin", "https://elsewhere.example").build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> scored = client.send(HttpRequest.newBuilder(cors.uri().resolve("/v1/score"))
                    .header("Origin", "https://portal.example.de").header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Repository.persona("optimierer")))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(allowed.statusCode()).isEqualTo(204);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example.de");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).containsIgnoringCase("content-type");
            assertThat(other.statusCode()).isEqualTo(204);
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(scored.statusCode()).isEqualTo(200);
            assertThat(scored.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example.de");
            assertThat(scored.headers().allValues("Vary")).contains("Origin");
        }
        // the shared server allows no origin
        HttpResponse<String> none = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/score"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://portal.example.de").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(204);
        assertThat(none.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(none.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_page_of_an_allowed_origin_may_send_its_own_request_id_and_read_the_one_it_gets_back() throws Exception {
        HttpApi api = new HttpApi(engines, Language.DE, 1, java.util.Set.of("https://portal.example.de"));
        try (TypwerkServer cors = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api)) {
            HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(cors.uri().resolve("/v1/score"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://portal.example.de")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type,x-request-id").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(cors.uri().resolve("/health"))
                    .header("Origin", "https://portal.example.de").build(), HttpResponse.BodyHandlers.ofString());

            // a browser sends the request only when the preflight allows each header it names, and shows
            // the page only the headers exposed besides the safelisted ones
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).containsIgnoringCase("X-Request-Id");
            assertThat(health.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                    .contains("X-Request-Id", "Retry-After");
        }
    }

    @Test
    void a_page_of_an_allowed_origin_may_read_a_questionnaires_etag_and_send_it_back_in_if_none_match() throws Exception {
        HttpApi api = new HttpApi(engines, Language.DE, 1, java.util.Set.of("https://portal.example.de"));
        try (TypwerkServer cors = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api)) {
            URI definition = cors.uri().resolve("/v1/questionnaires/oefit-digitalisierungstypen");
            HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(definition)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://portal.example.de")
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "if-none-match").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> first = client.send(HttpRequest.newBuilder(definition)
                    .header("Origin", "https://portal.example.de").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = client.send(HttpRequest.newBuilder(definition).header("Origin", "https://portal.example.de")
                    .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());

            // the page's script sees the ETag only when it is exposed, and may send If-None-Match only when the preflight allows it
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).containsIgnoringCase("If-None-Match");
            assertThat(first.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
        }
    }

    @Test
    void health_says_ok_with_the_version_and_the_number_of_questionnaires() throws Exception {
        HttpResponse<String> r = get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode health = mapper.readTree(r.body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("questionnaires").asInt()).isEqualTo(3);
        assertThat(logged(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z [0-9a-f]{16} GET /health 200 \\d+ ms \\d+ bytes"))).isTrue();
    }

    @Test
    void the_address_is_reported_with_the_port_chosen() {
        URI uri = server.uri();

        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPort()).isPositive().isEqualTo(server.address().getPort());
    }
}
