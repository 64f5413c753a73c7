package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps {@code typwerk serve} answering under a load it should not carry: a cap on requests
 * in flight (503 with {@code Retry-After}, not a hang), {@code /health} outside that cap, and a
 * strategy that computes for ever stopped after its time limit, so the server's processors go
 * back to idle. (Slow clients against a real process: {@code ServeSlowClientsTest}.)
 */
class ServerLimitsTest {

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    private static HttpRequest score(URI uri, String strategy, byte[] answers) {
        return HttpRequest.newBuilder(uri.resolve("/v1/score?strategy=" + strategy)).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(answers)).build();
    }

    /** Whether a thread of this JVM is inside the spinning strategy's {@code score} now. */
    private static boolean spinning() {
        return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(f -> f.getClassName().equals("de.typwerk.cli.strategies.SpinningStrategy") && f.getMethodName().equals("score"));
    }

    @Test
    @Timeout(60)
    void a_request_over_the_cap_gets_503_with_retry_after_while_health_still_answers() throws Exception {
        Path plugins = PluginFolder.brokenStrategies(temp);
        byte[] answers = Files.readAllBytes(Repository.answers("kaputt/a.yaml"));
        try (Typwerk de = Typwerk.builder().pluginsFrom(plugins).scoringTimeout(Duration.ofSeconds(3)).build()) {
            HttpApi api = new HttpApi(Map.of(Language.DE, de), Language.DE, 1);
            try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api,
                    new TypwerkServer.Limits(64, 1, Duration.ofSeconds(120), Duration.ofSeconds(30)))) {
                URI uri = server.uri();
                // the sleepy strategy holds the one request allowed until the time limit ends it
                CompletableFuture<HttpResponse<String>> held = client.sendAsync(score(uri, "sleepy", answers),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                while (api.active() == 0) Thread.sleep(10);

                HttpResponse<String> refused = client.send(score(uri, "sleepy", answers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).contains("1");
                assertThat(refused.body()).contains("\"status\" : 503", "so viele Anfragen, wie es darf (1)");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(held.get().statusCode()).isEqualTo(500);
            }
        }
    }

    @Test
    @Timeout(60)
    void head_on_health_answers_200_without_a_body() throws Exception {
        try (Typwerk de = Typwerk.builder().build()) {
            HttpApi api = new HttpApi(Map.of(Language.DE, de), Language.DE, 1);
            try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api)) {
                HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.uri().resolve("/health"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(head.statusCode()).isEqualTo(200);
                assertThat(head.body()).isEmpty();
                assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            }
        }
    }

    @Test
    @Timeout(60)
    void a_strategy_that_computes_for_ever_is_stopped_after_its_time_limit_in_score_and_in_batch() throws Exception {
        Path plugins = PluginFolder.brokenStrategies(temp);
        byte[] answers = Files.readAllBytes(Repository.answers("kaputt/a.yaml"));
        String row = "{\"questionnaire\":\"test-kaputt\",\"version\":\"1.0.0\",\"answers\":{\"q\":\"a\"}}\n";
        try (Typwerk de = Typwerk.builder().pluginsFrom(plugins).scoringTimeout(Duration.ofMillis(500)).build()) {
            HttpApi api = new HttpApi(Map.of(Language.DE, de), Language.DE, 2);
            try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api)) {
                URI uri = server.uri();
                HttpResponse<String> scored = client.send(score(uri, "spinning", answers), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> batch = client.send(HttpRequest.newBuilder(uri.resolve("/v1/batch?strategy=spinning"))
                        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(row.repeat(3))).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(scored.statusCode()).isEqualTo(500);
                assertThat(scored.body()).contains("strategy-timeout");
                assertThat(batch.statusCode()).isEqualTo(200);
                assertThat(batch.body().lines()).hasSize(3).allMatch(l -> l.contains("strategy-timeout"));
                // no thread left computing: the server is idle again (the time limit of this test ends a wait that never ends)
                while (spinning()) Thread.sleep(100);
                assertThat(spinning()).isFalse();
            }
        }
    }
}
