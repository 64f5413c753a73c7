package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.result.Result;
import de.typwerk.presentation.Language;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code POST /v1/score} answers with the result as {@code Typwerk.resultJson().write} gives it
 * and a line break, encoded as UTF-8 (what {@code typwerk score --format json} prints), though the
 * server writes the bytes straight away: also where the respondent's name is not plain text (a
 * character beyond 16 bits, as itself or as an escape), and whatever was written on the same thread
 * before. Half of a surrogate pair sent as an escape is refused with a finding that names it.
 */
@Timeout(120)
class ScoreAnswerBytesTest {

    /** Respondent names as they stand in a JSON answers file, escapes as sent. */
    private static final List<String> NAMES = List.of(
            "Landkreis Musterkreis",
            "Gemeinde „Süd“ – Ämter \\\"A\\\" \\\\ B\\tC",
            "Stadt \uD83C\uDFDB Nord",
            "Stadt \\uD83C\\uDFDB Nord");

    /** Names holding half of a surrogate pair, sent as an escape: no text in UTF-8 holds them. */
    private static final List<String> HALVES = List.of("halb \\uD83C Süd", "\\uDC00 allein", "am Ende \\uD800");

    private static Map<Language, Typwerk> engines;
    private static Typwerk engine;

    @BeforeAll
    static void engines() {
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        engine = engines.get(Language.DE);
    }

    @AfterAll
    static void close() {
        engines.values().forEach(Typwerk::close);
    }

    /** The ÖFIT persona as a JSON answers file, its respondent's name written as given. */
    private static byte[] answers(String name) throws Exception {
        ObjectNode persona = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(Repository.persona("optimierer")));
        ((ObjectNode) persona.get("respondent")).put("name", "NAME");
        return new ObjectMapper().writeValueAsString(persona).replace("\"NAME\"", "\"" + name + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static Result scored(byte[] answers) {
        return engine.score("answers.json", answers, Optional.empty()).asResult()
                .orElseThrow(() -> new AssertionError("not scored: " + engine.score("answers.json", answers, Optional.empty()).problems()));
    }

    private static byte[] asText(Result result) {
        return (engine.resultJson().write(result) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_answer_is_the_result_written_as_text_and_encoded_whatever_the_respondents_name() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                new HttpApi(engines, Language.DE, 1, Set.of()))) {
            for (String name : NAMES) {
                byte[] answers = answers(name);
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/score"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(answers)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());

                assertThat(response.statusCode()).as(name).isEqualTo(200);
                assertThat(response.body()).as(name).isEqualTo(asText(scored(answers)));
            }
        }
    }

    @Test
    void half_a_surrogate_pair_in_the_name_is_refused_with_a_finding_that_names_it() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                new HttpApi(engines, Language.DE, 1, Set.of()))) {
            for (String name : HALVES) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/score"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(answers(name))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

                assertThat(response.statusCode()).as(name).isEqualTo(422);
                assertThat(response.body()).as(name).contains("respondent-lone-surrogate");
            }
        }
    }

    @Test
    void a_document_is_whole_whatever_the_same_thread_wrote_before() throws Exception {
        List<Result> results = new ArrayList<>();
        for (String name : List.of("A", "Gemeinde mit einem sehr langen Namen ".repeat(400), "B")) results.add(scored(answers(name)));
        List<byte[]> expected = results.stream().map(ScoreAnswerBytesTest::asText).toList();

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < results.size(); i++) {
                assertThat(engine.resultJson().document(results.get(i))).isEqualTo(expected.get(i));
            }
        }
    }
}
