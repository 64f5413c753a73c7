package de.typwerk.server;

import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.typwerk.engine.Typwerk;
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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bytes of {@code typwerk serve}'s answers, held still: a fixed set of requests (every route,
 * its errors, the web self-test's pages, CORS) and each answer's status, headers (but
 * {@code Date}) and body, compared with {@code src/test/resources/http/recorded.txt}. A change
 * to the server's code that changes an answer fails here; a change meant to change one is
 * recorded again with {@code -Dtypwerk.http.record=true} and shows in the diff of that file.
 * ({@code /metrics} counts and {@code /v1/openapi.json} are held by their own tests.)
 */
class HttpRecordedResponsesTest {

    private static final Path RECORDED = Path.of("src/test/resources/http/recorded.txt");
    private static final String OEFIT = "oefit-digitalisierungstypen";

    private record Call(String method, String path, List<String> headers, byte[] body) {
    }

    private static Call call(String method, String path, String... headers) {
        return new Call(method, path, List.of(headers), new byte[0]);
    }

    private static Call send(String method, String path, byte[] body, String... headers) {
        return new Call(method, path, List.of(headers), body);
    }

    @Test
    @Timeout(300)
    void every_recorded_request_gets_the_recorded_answer_byte_for_byte() throws Exception {
        byte[] persona = Files.readAllBytes(Repository.persona("optimierer"));
        String personaText = new String(persona, StandardCharsets.UTF_8);
        byte[] refused = personaText.replace("  finanzierung:", "  finanzirung:").getBytes(StandardCharsets.UTF_8);
        String row = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(persona));
        byte[] batch = (row + "\n" + row.substring(0, 40) + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] form = ("answers=" + java.net.URLEncoder.encode("questionnaire: " + OEFIT + "\n", StandardCharsets.UTF_8) + "&at=&go=result")
                .getBytes(StandardCharsets.UTF_8);
        List<Call> calls = List.of(
                call("GET", "/health"), call("HEAD", "/health"), call("POST", "/health"), call("OPTIONS", "/health"),
                call("GET", "/health?lang=fr"), call("GET", "/health?lang=en&lang=de"),
                call("GET", "/ready"),
                call("GET", "/v1/questionnaires"), call("GET", "/v1/questionnaires?verbose=true"),
                call("GET", "/v1/questionnaires/" + OEFIT), call("GET", "/v1/questionnaires/oefit-kreise?resolved"),
                call("GET", "/v1/questionnaires/" + OEFIT + "?resolved=ja"), call("GET", "/v1/questionnaires/nix", "Accept-Language", "en"),
                call("DELETE", "/v1/questionnaires/" + OEFIT),
                call("GET", "/v1/questionnaires/" + OEFIT + "/template"), call("GET", "/v1/questionnaires/" + OEFIT + "/template?format=yaml"),
                call("GET", "/v1/questionnaires/" + OEFIT + "/template?format=csv&lang=en"),
                call("GET", "/v1/questionnaires/" + OEFIT + "/template?format=xml"),
                call("GET", "/v1/questionnaires/" + OEFIT + "/answers.schema.json?lang=en"),
                send("POST", "/v1/score", persona, "Content-Type", "application/yaml"),
                send("POST", "/v1/score?strategy=points&lang=en", persona, "Content-Type", "application/yaml"),
                send("POST", "/v1/score?lang=en", refused, "Content-Type", "application/yaml"),
                send("POST", "/v1/score", persona),
                send("POST", "/v1/score", persona, "Content-Type", "application/yaml; charset=ISO-8859-1"),
                send("POST", "/v1/score", persona, "Content-Type", "application/json", "Content-Encoding", "gzip"),
                send("POST", "/v1/score?strategy=gibtsnicht", persona, "Content-Type", "application/yaml"),
                call("GET", "/v1/score"), call("OPTIONS", "/v1/score", "Origin", "https://portal.example.de"),
                send("POST", "/v1/validate?lang=en", persona, "Content-Type", "application/yaml"),
                send("POST", "/v1/validate?lang=en", refused, "Content-Type", "application/yaml"),
                send("POST", "/v1/batch?detail=compact", batch, "Content-Type", "application/x-ndjson"),
                send("POST", "/v1/batch?format=xml", batch, "Content-Type", "application/x-ndjson"),
                send("POST", "/v1/batch", new byte[0], "Content-Type", "application/x-ndjson"),
                send("POST", "/v1/batch", batch, "Content-Type", "application/json"),
                call("GET", "/v1/result.schema.json"), call("GET", "/v1/questionnaire.schema.json"),
                call("GET", "/v2/score"), call("GET", "/v1"), call("PUT", "/v1/nichts/da"),
                call("GET", "/"), call("GET", "/?lang=en"), call("PUT", "/"), call("POST", "/"),
                call("GET", "/self-test/" + OEFIT), call("GET", "/self-test/nix"),
                call("GET", "/self-test/nix", "Accept", "application/json"), call("DELETE", "/self-test/" + OEFIT),
                call("GET", "/self-test"), call("GET", "/self-test/a/b"),
                send("POST", "/self-test/" + OEFIT, persona, "Content-Type", "application/yaml"),
                send("POST", "/self-test/" + OEFIT + "?lang=en", form, "Content-Type", "application/x-www-form-urlencoded"),
                call("GET", "/assets/selftest.css"), call("GET", "/assets/report.css"), call("GET", "/assets/nichts.css"),
                call("POST", "/assets/selftest.css"),
                call("HEAD", "/v1/questionnaires/" + OEFIT), call("HEAD", "/"), call("HEAD", "/gibt/es/nicht"),
                send("POST", "/v1/score", persona, "Content-Type", ";;;"), call("GET", "/?lang=fr"),
                call("GET", "/health?lang=fr", "Accept-Language", "en"),
                send("POST", "/v1/score", persona, "Content-Type", "application/yaml", "Accept", "text/csv"),
                call("GET", "/v1/result.schema.json", "Accept", "text/html", "Accept-Language", "en"),
                send("POST", "/v1/batch?detail=compact", batch, "Content-Type", "application/x-ndjson", "Accept", "text/csv"));

        Map<Language, Typwerk> engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        StringBuilder recorded = new StringBuilder();
        HttpClient client = HttpClient.newHttpClient();
        try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                new HttpApi(engines, Language.DE, 1, java.util.Set.of("https://portal.example.de")))) {
            int n = 0;
            for (Call c : calls) {
                List<String> headers = new ArrayList<>(c.headers());
                headers.addAll(List.of("X-Request-Id", "recorded-" + ++n));
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + c.path().substring(1)))
                        .method(c.method(), c.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(c.body()))
                        .headers(headers.toArray(String[]::new)).build();
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                recorded.append("### ").append(c.method()).append(' ').append(c.path()).append(' ').append(c.headers()).append('\n');
                recorded.append(r.statusCode()).append('\n');
                new TreeMap<>(r.headers().map()).forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("date") && !name.equals(":status")) {
                        recorded.append(name.toLowerCase(Locale.ROOT)).append(": ").append(String.join(" | ", values)).append('\n');
                    }
                });
                recorded.append('\n').append(new String(r.body(), StandardCharsets.UTF_8)).append("\n");
            }
        } finally {
            engines.values().forEach(Typwerk::close);
        }

        if (Boolean.getBoolean("typwerk.http.record")) {
            Files.createDirectories(RECORDED.getParent());
            Files.writeString(RECORDED, recorded);
        }
        assertThat(recorded.toString()).isEqualTo(Files.readString(RECORDED));
    }
}
