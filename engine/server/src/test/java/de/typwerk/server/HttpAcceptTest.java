package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Accept} over real HTTP (docs/http.md, "Accept"): a {@code /v1/} route whose answers the
 * request's {@code Accept} takes none of gets 406 with a problem document naming what the route
 * gives; the clients of today (none, {@code *}{@code /*}, a browser's, {@code application/json} on
 * the schema routes) get what they got; {@code POST /v1/batch} and the template answer with the
 * type {@code Accept} prefers where no {@code format} names one; errors are sent whatever it says.
 */
@Timeout(120)
class HttpAcceptTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    private static final String PROBLEM = "application/problem+json; charset=utf-8";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private static Map<Language, Typwerk> engines;
    private static TypwerkServer server;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static byte[] persona;
    private static byte[] rows;

    @BeforeAll
    static void start() throws IOException {
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, new HttpApi(engines, Language.DE, 1));
        persona = Files.readAllBytes(Repository.persona("optimierer"));
        String row = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(persona));
        rows = (row + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
        engines.values().forEach(Typwerk::close);
    }

    /** {@code headers}: name, value, …; an Accept of {@code null} is left out. */
    private static HttpResponse<String> request(String method, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String accept, String... headers) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("Accept", accept == null ? "" : accept));
        all.addAll(List.of(headers));
        if (accept == null) all.set(1, null);
        return request("GET", path, null, all.toArray(String[]::new));
    }

    private static HttpResponse<String> score(String accept) throws IOException, InterruptedException {
        return request("POST", "/v1/score", persona, "Content-Type", "application/yaml", "Accept", accept);
    }

    private static HttpResponse<String> batch(String query, String accept) throws IOException, InterruptedException {
        return request("POST", "/v1/batch" + query, rows, "Content-Type", "application/x-ndjson", "Accept", accept);
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void the_clients_of_today_get_what_they_got_whatever_their_accept() throws Exception {
        // {path, Accept (null: none), the Content-Type of the 200}
        String json = "application/json; charset=utf-8";
        String schema = "application/schema+json; charset=utf-8";
        String[][] cases = {
                {"/v1/questionnaires", null, json}, {"/v1/questionnaires", "*/*", json}, {"/v1/questionnaires", BROWSER, json},
                {"/v1/questionnaires", "application/json", json}, {"/v1/questionnaires", "application/*", json},
                {"/v1/questionnaires", "application/json; charset=utf-8; q=0.5", json},
                {"/v1/questionnaires", "text/html, application/json;q=0.1", json},
                {"/v1/questionnaires/" + OEFIT, "APPLICATION/JSON", json},
                {"/v1/result.schema.json", "application/json", schema}, {"/v1/result.schema.json", "application/schema+json", schema},
                {"/v1/result.schema.json", null, schema}, {"/v1/questionnaire.schema.json", "application/json", schema},
                {"/v1/questionnaires/" + OEFIT + "/answers.schema.json", "application/json, */*;q=0.1", schema},
                {"/v1/openapi.json", "application/json", json},
                // an Accept that does not read as media ranges is as none
                {"/v1/questionnaires", "json", json},
                // the probes and the metrics do not negotiate: a monitor keeps getting them whatever it asks for
                {"/health", "text/html", json}, {"/metrics", "application/openmetrics-text", "text/plain; version=0.0.4; charset=utf-8"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0], c[1]);
            assertThat(r.statusCode()).as(c[0] + " Accept: " + c[1]).isEqualTo(200);
            assertThat(type(r)).as(c[0] + " Accept: " + c[1]).isEqualTo(c[2]);
        }
        // curl's default
        assertThat(score("*/*").statusCode()).isEqualTo(200);
        assertThat(score(null).statusCode()).isEqualTo(200);
        // the self-test's start page, as a browser and curl ask for it
        assertThat(type(get("/", BROWSER))).isEqualTo("text/html; charset=utf-8");
        assertThat(type(get("/", "*/*"))).isEqualTo("text/html; charset=utf-8");
        assertThat(get("/", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void an_accept_that_takes_none_of_a_routes_answers_gets_406_naming_them_in_the_requests_language() throws Exception {
        HttpResponse<String> csv = score("text/csv");
        assertThat(csv.statusCode()).isEqualTo(406);
        assertThat(type(csv)).isEqualTo(PROBLEM);
        assertThat(json(csv).path("status").asInt()).isEqualTo(406);
        assertThat(json(csv).path("title").asText()).isEqualTo("Nicht annehmbar");
        assertThat(json(csv).path("detail").asText()).isEqualTo("Die Anfrage nimmt laut Accept (text/csv) keines der Formate an,"
                + " die es hier gibt: application/json. Accept weglassen oder eines davon nennen.");
        assertThat(csv.headers().firstValue("Content-Language")).hasValue("de");

        HttpResponse<String> english = get("/v1/result.schema.json", "text/html", "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(406);
        assertThat(json(english).path("title").asText()).isEqualTo("Not acceptable");
        assertThat(json(english).path("detail").asText()).isEqualTo("The request’s Accept (text/html) takes none of the formats"
                + " given here: application/schema+json. Leave Accept out or name one of them.");

        // q=0 excludes, also where a wider range would take it; the most specific range counts
        for (String accept : List.of("application/json;q=0", "application/json;q=0, */*", "text/*", "application/yaml, text/*;q=0.5",
                "application/problem+json")) {
            HttpResponse<String> r = get("/v1/questionnaires", accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(406);
            assertThat(type(r)).as(accept).isEqualTo(PROBLEM);
        }
        // HEAD as GET: the status, without a body
        HttpResponse<String> head = request("HEAD", "/v1/questionnaires", null, "Accept", "text/html");
        assertThat(head.statusCode()).isEqualTo(406);
        assertThat(head.body()).isEmpty();
        // the batch names both of its types
        HttpResponse<String> batch = batch("", "application/json");
        assertThat(batch.statusCode()).isEqualTo(406);
        assertThat(json(batch).path("detail").asText()).contains("application/x-ndjson, text/csv");
    }

    @Test
    void errors_are_sent_whatever_accept_says() throws Exception {
        HttpResponse<String> unknown = get("/v1/questionnaires/nix", "text/csv");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(type(unknown)).isEqualTo(PROBLEM);

        HttpResponse<String> refused = request("POST", "/v1/score", "{}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json", "Accept", "text/csv");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(type(refused)).isEqualTo(PROBLEM);

        HttpResponse<String> unsupported = request("POST", "/v1/score", persona, "Content-Type", "text/plain", "Accept", "text/html");
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertThat(get("/v1/questionnaires?nix=1", "text/html").statusCode()).isEqualTo(400);
        assertThat(batch("?format=xml", "text/html").statusCode()).isEqualTo(400);
    }

    @Test
    void the_batch_answers_with_the_type_accept_prefers_where_no_format_names_one() throws Exception {
        String ndjson = "application/x-ndjson; charset=utf-8";
        String csv = "text/csv; charset=utf-8";
        // {query, Accept (null: none), the Content-Type of the 200}
        String[][] cases = {
                {"", null, ndjson}, {"", "*/*", ndjson}, {"", "text/*", csv}, {"", "text/csv", csv}, {"", "application/x-ndjson", ndjson},
                {"", "text/csv, application/x-ndjson", ndjson}, {"", "text/csv;q=0.5, application/x-ndjson", ndjson},
                {"", "application/x-ndjson;q=0.5, text/csv", csv}, {"", "text/csv, */*;q=0.1", csv},
                {"", "application/x-ndjson;q=0, */*", csv},
                {"?format=csv", null, csv}, {"?format=csv", "text/csv", csv}, {"?format=jsonl", "*/*", ndjson},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = batch(c[0], c[1]);
            assertThat(r.statusCode()).as(c[0] + " Accept: " + c[1]).isEqualTo(200);
            assertThat(type(r)).as(c[0] + " Accept: " + c[1]).isEqualTo(c[2]);
            assertThat(r.headers().allValues("Vary")).as(c[0] + " Accept: " + c[1]).contains("Accept");
        }
        assertThat(batch("", "text/csv").body()).startsWith("row,questionnaire,");

        // a format that Accept does not take: neither is quietly dropped
        HttpResponse<String> conflict = request("POST", "/v1/batch?format=jsonl&lang=en", rows,
                "Content-Type", "application/x-ndjson", "Accept", "text/csv");
        assertThat(conflict.statusCode()).isEqualTo(406);
        assertThat(json(conflict).path("detail").asText()).isEqualTo("The request’s Accept (text/csv) does not take"
                + " application/x-ndjson, which format=jsonl gives. Leave format out to get the answer Accept asks for, or send a"
                + " matching Accept.");
    }

    @Test
    void csv_for_german_excel_comes_with_csv_dialect_excel_de_and_json_lines_with_it_are_a_bad_request() throws Exception {
        HttpResponse<String> named = batch("?format=csv&csv-dialect=excel-de", null);
        HttpResponse<String> accepted = batch("?csv-dialect=excel-de", "text/csv");
        HttpResponse<String> standard = batch("?format=csv&csv-dialect=standard", null);

        for (HttpResponse<String> r : List.of(named, accepted)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(type(r)).isEqualTo("text/csv; charset=utf-8");
            // a byte order mark, semicolons, CR LF and decimal commas; the same rows as the standard dialect's otherwise
            assertThat(r.body()).startsWith("\uFEFFrow;questionnaire;version;name;").endsWith("\r\n");
            assertThat(r.body().substring(1).split("\r\n")).hasSize(3);
            assertThat(r.body()).containsPattern(";0,[0-9]{6};");
        }
        assertThat(named.body()).isEqualTo(accepted.body());
        assertThat(standard.body()).isEqualTo(batch("?format=csv", null).body()).startsWith("row,questionnaire,");

        HttpResponse<String> jsonLines = request("POST", "/v1/batch?format=jsonl&csv-dialect=excel-de&lang=en", rows,
                "Content-Type", "application/x-ndjson");
        HttpResponse<String> chosenJsonLines = request("POST", "/v1/batch?csv-dialect=excel-de&lang=en", rows,
                "Content-Type", "application/x-ndjson");
        HttpResponse<String> unknown = request("POST", "/v1/batch?format=csv&csv-dialect=excel&lang=en", rows,
                "Content-Type", "application/x-ndjson");
        for (HttpResponse<String> r : List.of(jsonLines, chosenJsonLines)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(type(r)).isEqualTo(PROBLEM);
            assertThat(json(r).path("detail").asText()).isEqualTo("csv-dialect=excel-de is for rows as CSV: format=csv (or Accept: text/csv).");
        }
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("detail").asText()).isEqualTo("csv-dialect=excel does not work; possible: standard, excel-de.");
    }

    @Test
    void the_csv_template_for_german_excel_comes_with_csv_dialect_excel_de_and_is_read_back_by_the_batch() throws Exception {
        String path = "/v1/questionnaires/" + OEFIT + "/template";
        HttpResponse<String> named = get(path + "?format=csv&csv-dialect=excel-de", null);
        HttpResponse<String> accepted = get(path + "?csv-dialect=excel-de", "text/csv");
        HttpResponse<String> standard = get(path + "?format=csv", null);

        for (HttpResponse<String> r : List.of(named, accepted)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(type(r)).isEqualTo("text/csv; charset=utf-8");
        }
        // a byte order mark, semicolons and CR LF: the columns of the standard template otherwise
        assertThat(named.body()).isEqualTo(accepted.body()).isEqualTo("\uFEFF" + standard.body().strip().replace(',', ';') + "\r\n");
        assertThat(get(path + "?format=csv&csv-dialect=standard", null).body()).isEqualTo(standard.body());

        // filled in as Excel saves it (a decimal comma in a number), the batch reads it as the standard file
        String row = "oefit-digitalisierungstypen;1.0.0;Gemeinde Süd;09475123;gemeinde;Bayern;gemeinde;3200;1,5";
        String header = named.body().substring(1).strip();
        String cells = row + ";".repeat(header.split(";").length - row.split(";").length);
        HttpResponse<String> scored = request("POST", "/v1/batch?format=jsonl&lang=en",
                (named.body() + cells + "\r\n").getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv");
        HttpResponse<String> scoredStandard = request("POST", "/v1/batch?format=jsonl&lang=en", (standard.body()
                + cells.replace("1,5", "1.5").replace(';', ',') + "\n").getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv");
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
        assertThat(scored.body()).isEqualTo(scoredStandard.body()).contains("\"row\":1,").doesNotContain("\"wrong-kind\"");

        HttpResponse<String> json = get(path + "?csv-dialect=excel-de&lang=en", null);
        HttpResponse<String> yaml = get(path + "?format=yaml&csv-dialect=excel-de&lang=en", null);
        HttpResponse<String> unknown = get(path + "?format=csv&csv-dialect=excel&lang=en", null);
        for (HttpResponse<String> r : List.of(json, yaml)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(type(r)).isEqualTo(PROBLEM);
            assertThat(json(r).path("detail").asText()).isEqualTo("csv-dialect=excel-de is for the template as CSV: format=csv (or Accept: text/csv).");
        }
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("detail").asText()).isEqualTo("csv-dialect=excel does not work; possible: standard, excel-de.");
    }

    @Test
    void the_answers_template_comes_as_accept_prefers_where_no_format_names_one() throws Exception {
        String path = "/v1/questionnaires/" + OEFIT + "/template";
        assertThat(type(get(path, null))).isEqualTo("application/json; charset=utf-8");
        assertThat(type(get(path, BROWSER))).isEqualTo("application/json; charset=utf-8");
        assertThat(type(get(path, "application/yaml"))).isEqualTo("application/yaml; charset=utf-8");
        assertThat(type(get(path, "text/csv"))).isEqualTo("text/csv; charset=utf-8");
        assertThat(type(get(path + "?format=yaml", "*/*"))).isEqualTo("application/yaml; charset=utf-8");
        assertThat(get(path + "?format=yaml", "application/json").statusCode()).isEqualTo(406);
        assertThat(get(path, "text/html").statusCode()).isEqualTo(406);
        assertThat(get(path, "application/yaml").headers().allValues("Vary")).contains("Accept");
    }

    @Test
    void a_questionnaire_asked_again_with_its_etag_by_a_client_that_takes_no_json_is_a_406_without_the_etag() throws Exception {
        // RFC 9110, 13.2.2: If-None-Match is evaluated only where the answer would have been a success; the 406
        // is no representation of the definition, so it names none (a cache would otherwise pair the tag with the problem)
        String q = "/v1/questionnaires/" + OEFIT;
        String etag = get(q, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> refused = get(q, "text/csv");
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> again = get(q, "text/csv", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(406);
        assertThat(type(again)).isEqualTo(PROBLEM);
        assertThat(again.headers().firstValue("ETag")).isEmpty();
        // a JSON client keeps its 304, with the tag
        HttpResponse<String> kept = get(q, "application/json", "If-None-Match", etag);
        assertThat(kept.statusCode()).isEqualTo(304);
        assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
    }

    /** Whether {@code r} says {@code Vary: Accept}, in one header of several values or a header of its own. */
    private static boolean variesByAccept(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).anyMatch("Accept"::equalsIgnoreCase);
    }

    @Test
    void every_answer_of_a_v1_route_and_of_a_path_without_one_says_that_it_varies_by_accept() throws Exception {
        String q = "/v1/questionnaires/" + OEFIT;
        String etag = get(q, null).headers().firstValue("ETag").orElseThrow();
        // {what, the answer}: successes Accept may turn into a 406, and every error of the same routes
        List<Object[]> answers = List.of(
                new Object[] {"200 listing", get("/v1/questionnaires", null)},
                new Object[] {"200 questionnaire", get(q, "application/json")},
                new Object[] {"304 questionnaire", get(q, null, "If-None-Match", etag)},
                new Object[] {"200 template", get(q + "/template?format=csv", null)},
                new Object[] {"200 answers schema", get(q + "/answers.schema.json", null)},
                new Object[] {"200 openapi", get("/v1/openapi.json", null)},
                new Object[] {"200 result schema", get("/v1/result.schema.json", null)},
                new Object[] {"200 score", score(null)},
                new Object[] {"200 batch", batch("?format=jsonl", null)},
                new Object[] {"200 validate", request("POST", "/v1/validate", persona, "Content-Type", "application/yaml")},
                new Object[] {"406", get("/v1/questionnaires", "text/csv")},
                new Object[] {"400 parameter", get("/v1/questionnaires?nix=1", null)},
                new Object[] {"400 lang", get("/v1/questionnaires?lang=fr", null)},
                new Object[] {"400 template format", get(q + "/template?format=xml", null)},
                new Object[] {"404 questionnaire", get("/v1/questionnaires/nix/template", null)},
                new Object[] {"415", request("POST", "/v1/score", persona, "Content-Type", "text/plain")},
                new Object[] {"422", request("POST", "/v1/score", "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json")},
                // a path without a route: the problem document or, for a browser, the error page
                new Object[] {"404 /nope", get("/nope", null)},
                new Object[] {"404 /v1/nope, browser", get("/v1/nope", BROWSER)},
                new Object[] {"404 /self-test/x/y", get("/self-test/x/y", null)},
                new Object[] {"404 /assets/nope.css, JSON", get("/assets/nope.css", "application/json")});
        for (Object[] a : answers) {
            HttpResponse<?> r = (HttpResponse<?>) a[1];
            assertThat(variesByAccept(r)).as(a[0] + " " + r.statusCode() + " " + r.headers().allValues("Vary")).isTrue();
            assertThat(r.headers().allValues("Vary")).as(a[0] + ": Accept once").filteredOn("Accept"::equals).hasSize(1);
        }
        // what Accept does not change says nothing of it: the probes, the metrics, a stylesheet, a page
        for (String path : List.of("/health", "/ready", "/metrics", "/assets/selftest.css", "/", "/self-test/" + OEFIT)) {
            assertThat(variesByAccept(get(path, null))).as(path).isFalse();
        }
    }

    @Test
    void a_path_without_a_route_is_an_error_page_only_where_accept_prefers_html_and_a_pages_refusal_json_only_where_it_prefers_json()
            throws Exception {
        String html = "text/html; charset=utf-8";
        // {Accept (null: none), what /v1/nope answers with, what /self-test/x/y answers with}
        String[][] cases = {
                {null, PROBLEM, html}, {"*/*", PROBLEM, html}, {BROWSER, html, html},
                {"application/json", PROBLEM, PROBLEM}, {"application/problem+json", PROBLEM, PROBLEM},
                {"text/html", html, html}, {"application/json;q=0.1, text/html", html, html},
                // JSON preferred, or HTML refused: the problem document, where a mention of text/html gave the page
                {"application/json, text/html;q=0.1", PROBLEM, PROBLEM}, {"text/html;q=0, application/json", PROBLEM, PROBLEM},
                {"text/html;q=0, */*", PROBLEM, PROBLEM},
                // of equal preference, or neither named: as without Accept
                {"text/html, application/json", PROBLEM, html}, {"image/png", PROBLEM, html},
        };
        for (String[] c : cases) {
            HttpResponse<String> api = get("/v1/nope", c[0]);
            assertThat(api.statusCode()).as("/v1/nope Accept: " + c[0]).isEqualTo(404);
            assertThat(type(api)).as("/v1/nope Accept: " + c[0]).isEqualTo(c[1]);
            HttpResponse<String> page = get("/self-test/x/y", c[0]);
            assertThat(page.statusCode()).as("/self-test/x/y Accept: " + c[0]).isEqualTo(404);
            assertThat(type(page)).as("/self-test/x/y Accept: " + c[0]).isEqualTo(c[2]);
        }
        // a method the start page does not take: the page's refusal, by the same rule
        HttpResponse<String> put = request("PUT", "/", null, "Accept", "application/json, text/html;q=0.1");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(type(put)).isEqualTo(PROBLEM);
    }
}
