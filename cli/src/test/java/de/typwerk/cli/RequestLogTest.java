package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.Typwerk;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The request log of {@code typwerk serve}: one line per request, logged through SLF4J to the
 * logger {@value HttpApi#REQUEST_LOGGER}, and written by the CLI's own binding ({@link CliLogging},
 * found by SLF4J as any provider is) to where serve says. Each line is read back here as it came
 * out of SLF4J.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RequestLogTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void quiet() {
        CliLogging.requestsTo(CliLogging.NOWHERE);
    }

    private HttpResponse<byte[]> send(TypwerkServer server, String method, String path, String id, String contentType, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).header("X-Request-Id", id)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) request.header("Content-Type", contentType);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The lines logged with {@code id}; the server logs once the answer is sent, so it waits until there is one. */
    private List<String> linesOf(String id) throws InterruptedException {
        while (true) {
            synchronized (lines) {
                List<String> found = lines.stream().filter(l -> l.contains(id)).toList();
                if (!found.isEmpty()) return found;
            }
            Thread.sleep(10);
        }
    }

    @Test
    void the_cli_binds_slf4j_to_its_own_provider_which_writes_the_request_log_and_silences_everything_else() {
        CliLogging.requestsTo(lines::add);
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith(CliLogging.class.getName());
        assertThat(LoggerFactory.getLogger(HttpApi.REQUEST_LOGGER).isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("com.networknt.schema.JsonSchema").isErrorEnabled()).isFalse();
    }

    @Test
    void a_request_log_that_goes_nowhere_is_off_so_that_serve_quiet_makes_no_line_at_all() {
        CliLogging.requestsTo(CliLogging.NOWHERE);

        assertThat(LoggerFactory.getLogger(HttpApi.REQUEST_LOGGER).isInfoEnabled()).isFalse();
    }

    @Test
    void every_request_gets_one_json_line_with_time_id_method_route_status_duration_and_bytes() throws Exception {
        CliLogging.requestsTo(lines::add);
        byte[] persona = Files.readAllBytes(Repository.persona("optimierer"));
        byte[] refused = new String(persona, StandardCharsets.UTF_8).replace("  finanzierung:", "  finanzirung:")
                .getBytes(StandardCharsets.UTF_8);
        String row = new ObjectMapper().writeValueAsString(
                new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(persona));
        byte[] batch = (row + "\n" + row.substring(0, 40) + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        Map<Language, Typwerk> engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        Instant before = Instant.now();
        try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                new HttpApi(engines, Language.DE, 1, Set.of(), HttpApi.LogFormat.JSON))) {
            var health = send(server, "GET", "/health", "log-health", null, null);
            var missing = send(server, "GET", "/v1/questionnaires/gibtsnicht?lang=en", "log-404", null, null);
            var unreadable = send(server, "POST", "/v1/score", "log-422", "application/yaml", refused);
            var streamed = send(server, "POST", "/v1/batch?detail=compact", "log-batch", "application/x-ndjson", batch);
            var head = send(server, "HEAD", "/health", "log-head", null, null);
            var nowhere = send(server, "GET", "/nirgends/" + OEFIT, "log-nowhere", null, null);

            record Expected(String id, String method, String route, HttpResponse<byte[]> response) {
            }
            for (Expected e : List.of(new Expected("log-health", "GET", "/health", health),
                    new Expected("log-404", "GET", "/v1/questionnaires/{id}", missing),
                    new Expected("log-422", "POST", "/v1/score", unreadable),
                    new Expected("log-batch", "POST", "/v1/batch", streamed),
                    new Expected("log-head", "HEAD", "/health", head),
                    new Expected("log-nowhere", "GET", "other", nowhere))) {
                List<String> logged = linesOf(e.id());
                assertThat(logged).as(e.id()).hasSize(1);
                JsonNode line = mapper.readTree(logged.get(0));
                assertThat(line.path("id").asText()).isEqualTo(e.id()).isEqualTo(e.response().headers().firstValue("X-Request-Id").orElseThrow());
                assertThat(Instant.parse(line.path("time").asText())).isBetween(before, Instant.now());
                assertThat(line.path("time").asText()).endsWith("Z");
                assertThat(line.path("method").asText()).isEqualTo(e.method());
                assertThat(line.path("route").asText()).as(e.id()).isEqualTo(e.route());
                assertThat(line.path("status").asInt()).isEqualTo(e.response().statusCode());
                assertThat(line.path("ms").isIntegralNumber()).isTrue();
                assertThat(line.path("ms").asLong()).isNotNegative();
                assertThat(line.path("bytes").asLong()).as(e.id()).isEqualTo(e.response().body().length);
                assertThat(logged.get(0)).doesNotContain("gibtsnicht", "finanzirung");
            }
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(unreadable.statusCode()).isEqualTo(422);
            assertThat(streamed.statusCode()).isEqualTo(200);
            assertThat(streamed.body().length).isPositive();
            assertThat(mapper.readTree(linesOf("log-batch").get(0)).path("note").asText()).isEqualTo("(3 rows, 1 errors)");
            assertThat(mapper.readTree(linesOf("log-head").get(0)).path("bytes").asLong()).isZero();
        } finally {
            engines.values().forEach(Typwerk::close);
        }
    }

    @Test
    void the_self_tests_pages_tell_a_person_what_the_line_of_their_request_holds_and_it_holds_that() throws Exception {
        CliLogging.requestsTo(lines::add);
        try (Typwerk de = Typwerk.builder().build();
             TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, de, Language.EN, de.speaking(java.util.Locale.ENGLISH)), Language.DE, 1))) {
            var page = send(server, "GET", "/self-test/" + OEFIT + "?lang=de", "page-1", null, null);
            String told = org.jsoup.Jsoup.parse(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).select("footer").text();
            assertThat(told).contains("(Zeit, Art der Seite, Status, Dauer, Größe), ohne die Adresse und ohne Ihre Antworten");
            // time, id, method, the kind of page (its route, not the address with the questionnaire), status, duration, size
            assertThat(linesOf("page-1")).singleElement().asString()
                    .matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z page-1 GET /self-test/\\{id} 200 \\d+ ms \\d+ bytes")
                    .doesNotContain(OEFIT).doesNotContain("lang=");
            var english = send(server, "GET", "/self-test/" + OEFIT + "?lang=en", "page-2", null, null);
            assertThat(org.jsoup.Jsoup.parse(new String(english.body(), java.nio.charset.StandardCharsets.UTF_8)).select("footer").text())
                    .contains("(time, kind of page, status, duration, size), without the address and without your answers");
        }
    }

    @Test
    void the_text_line_has_the_same_fields_in_a_row() throws Exception {
        CliLogging.requestsTo(lines::add);
        try (Typwerk de = Typwerk.builder().build();
             TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, de), Language.DE, 1))) {
            var r = send(server, "GET", "/v1/questionnaires/" + OEFIT + "/template?format=csv", "text-1", null, null);

            assertThat(linesOf("text-1")).singleElement().asString()
                    .matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z text-1 GET /v1/questionnaires/\\{id}/template 200 \\d+ ms "
                            + r.body().length + " bytes");
        }
    }
}
