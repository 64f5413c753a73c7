package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.typwerk.engine.Typwerk;
import de.typwerk.presentation.Language;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.event.Level;

/**
 * The request log as a host's logger receives it: one INFO record per request on
 * {@value HttpApi#REQUEST_LOGGER}, its fields as SLF4J key-value pairs and its message the line
 * of the chosen format (here JSON), whatever the request came to: 404, 422, a streamed batch.
 */
class RequestLogRecordsTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(TypwerkServer server, String method, String path, String id, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).header("X-Request-Id", id)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) request.header("Content-Type", type);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The records of {@code id}; one is logged once the answer is sent, so this waits for it (the test's timeout bounds it). */
    private static List<CapturedLogs.Record> recordsOf(String id) throws InterruptedException {
        while (true) {
            List<CapturedLogs.Record> found = CapturedLogs.of(HttpApi.REQUEST_LOGGER).stream()
                    .filter(r -> id.equals(r.values().get("id"))).toList();
            if (!found.isEmpty()) return found;
            Thread.sleep(10);
        }
    }

    @Test
    @Timeout(120)
    void each_request_is_one_info_record_with_its_fields_as_key_value_pairs_and_the_json_line_as_message() throws Exception {
        byte[] persona = Files.readAllBytes(Repository.persona("optimierer"));
        byte[] refused = new String(persona, StandardCharsets.UTF_8).replace("  finanzierung:", "  finanzirung:")
                .getBytes(StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        String row = json.writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(persona));
        byte[] batch = (row + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        Instant before = Instant.now();
        try (Typwerk de = Typwerk.builder().build();
             TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, de), Language.DE, 1, Set.of(), HttpApi.LogFormat.JSON))) {
            var missing = send(server, "GET", "/v1/questionnaires/gibtsnicht", "rec-404", null, null);
            var unreadable = send(server, "POST", "/v1/score", "rec-422", "application/yaml", refused);
            var streamed = send(server, "POST", "/v1/batch", "rec-batch", "application/x-ndjson", batch);

            record Expected(String id, String method, String route, HttpResponse<byte[]> response) {
            }
            for (Expected e : List.of(new Expected("rec-404", "GET", "/v1/questionnaires/{id}", missing),
                    new Expected("rec-422", "POST", "/v1/score", unreadable), new Expected("rec-batch", "POST", "/v1/batch", streamed))) {
                List<CapturedLogs.Record> records = recordsOf(e.id());
                assertThat(records).as(e.id()).hasSize(1);
                CapturedLogs.Record r = records.get(0);
                assertThat(r.level()).isEqualTo(Level.INFO);
                assertThat(r.values()).containsEntry("method", e.method()).containsEntry("route", e.route())
                        .containsEntry("status", e.response().statusCode()).containsEntry("bytes", (long) e.response().body().length)
                        .containsKeys("time", "ms");
                assertThat(Instant.parse((String) r.values().get("time"))).isBetween(before, Instant.now());
                // the message is the JSON line of the same fields
                assertThat(json.readTree(r.message())).isEqualTo(json.readTree(json.writeValueAsString(r.values())));
            }
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(unreadable.statusCode()).isEqualTo(422);
            assertThat(streamed.statusCode()).isEqualTo(200);
            assertThat(recordsOf("rec-batch").get(0).values()).containsEntry("note", "(2 rows, 0 errors)");
        }
    }
}
