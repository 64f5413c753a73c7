package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged requests, generated: whatever the body and its declared format, {@code POST /v1/score}
 * answers with a result or one problem document saying why (never a 500, never a stack trace), and
 * {@code POST /v1/batch} with exactly one output row per input row.
 */
class HttpApiPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Map<Language, Typwerk> engines;
    private static TypwerkServer server;
    private static List<String> validLines;

    @BeforeContainer
    static void start() throws IOException {
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 4, new HttpApi(engines, Language.DE, 2));
        Path home = Files.createTempDirectory("typwerk-http-properties");
        Path out = home.resolve("answers.jsonl");
        Cli.Result generated = new Cli(home).run("generate", "oefit-digitalisierungstypen", "--count", "20", "--seed", "17",
                "--out", out.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        validLines = Files.readAllLines(out);
    }

    @AfterContainer
    static void stop() {
        server.close();
        engines.values().forEach(Typwerk::close);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void a_damaged_answers_body_gets_a_result_or_a_problem_document_that_says_where(@ForAll("bodies") String body,
                                                                                 @ForAll("contentTypes") String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/v1/score?lang=en"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!contentType.isEmpty()) request.header("Content-Type", contentType);

        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(r.body()).isIn(200, 415, 422);
        assertThat(r.body()).doesNotContain("\tat ", "\\tat ");
        JsonNode answer = MAPPER.readTree(r.body());
        if (r.statusCode() == 200) {
            assertThat(answer.path("outcome").path("kind").asText()).isNotEmpty();
            return;
        }
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(answer.path("status").asInt()).isEqualTo(r.statusCode());
        assertThat(answer.path("detail").asText()).isNotBlank();
        if (r.statusCode() == 422) {
            assertThat(answer.path("problems")).isNotEmpty().allSatisfy(p -> {
                assertThat(p.path("message").asText()).isNotBlank();
                assertThat(p.path("source").asText()).isIn("answers.json", "answers.yaml");
                assertThat(p.path("line").asInt()).isNotNegative();
            });
        }
    }

    @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
    void a_batch_with_damaged_rows_answers_one_row_per_row(@ForAll("batches") List<String> rows) throws Exception {
        String body = String.join("\n", rows) + "\n";

        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/v1/batch?detail=compact"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = r.body().lines().toList();
        assertThat(out).hasSize(rows.size());
        for (int i = 0; i < out.size(); i++) {
            JsonNode row = MAPPER.readTree(out.get(i));
            assertThat(row.path("row").asInt()).isEqualTo(i + 1);
            assertThat(row.has("error") || row.has("outcome")).as(out.get(i)).isTrue();
        }
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=UTF-8", "application/yaml", "text/yaml",
                "application/problem+json", "", "text/plain", "application/json; charset=latin1");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> line = Arbitraries.integers().between(0, 19).map(i -> validLines.get(i));
        return Arbitraries.oneOf(
                line,
                line.flatMap(l -> Arbitraries.integers().between(0, l.length()).map(n -> l.substring(0, n))),
                line.flatMap(l -> damaged(l)),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789abc \n-").ofMaxLength(120));
    }

    @Provide
    Arbitrary<List<String>> batches() {
        Arbitrary<String> row = Arbitraries.integers().between(0, 19).map(i -> validLines.get(i));
        Arbitrary<String> bad = row.flatMap(HttpApiPropertiesTest::damaged).map(s -> s.replace('\n', ' ').replace('\r', ' '))
                .filter(s -> !s.isBlank());
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, row), net.jqwik.api.Tuple.of(1, bad)).list().ofMinSize(1).ofMaxSize(30);
    }

    /** A line with a few characters replaced, deleted or inserted. */
    private static Arbitrary<String> damaged(String line) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Math.max(0, line.length() - 1));
        Arbitrary<Character> c = Arbitraries.of('{', '}', '[', ']', '"', ':', ',', 'x', '0', ' ', '\\', 'é', '€');
        return Combinators.combine(at, c, Arbitraries.integers().between(0, 2)).as((i, ch, how) -> {
            List<String> parts = new ArrayList<>(List.of(line.substring(0, i), line.substring(i)));
            return switch (how) {
                case 0 -> parts.get(0) + ch + (parts.get(1).isEmpty() ? "" : parts.get(1).substring(1));
                case 1 -> parts.get(0) + (parts.get(1).isEmpty() ? "" : parts.get(1).substring(1));
                default -> parts.get(0) + ch + parts.get(1);
            };
        });
    }
}
