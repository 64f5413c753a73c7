package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.cli.strategies.CountingStrategy;
import de.typwerk.engine.Typwerk;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk serve} holds one engine: each plugin is loaded and each strategy prepared once, and
 * the same loaded engine answers German and English callers, each in their language.
 */
class ServeOneEngineTest {

    private static final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void loads_and_prepares_each_plugin_once_and_answers_every_caller_in_their_language() throws Exception {
        Path plugins = PluginFolder.counting(temp);
        System.clearProperty(CountingStrategy.LOADED);
        System.clearProperty(CountingStrategy.PREPARED);
        try (Typwerk engine = Typwerk.builder().pluginsFrom(plugins).build()) {
            HttpApi api = new HttpApi(ServeCommand.languages(engine, Language.DE), Language.DE, 1);
            try (TypwerkServer server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api)) {
                String answers = "questionnaire: test-zaehler\nversion: 1.0.0\nanswers:\n  q: a\n";
                String unknown = "questionnaire: test-zaehler\nversion: 1.0.0\nanswers:\n  q: a\n  gibtsnicht: b\n";

                HttpResponse<String> german = score(server, answers, "de");
                HttpResponse<String> english = score(server, answers, "en");
                HttpResponse<String> germanError = score(server, unknown, "de");
                HttpResponse<String> englishError = score(server, unknown, "en");

                assertThat(german.statusCode()).isEqualTo(200);
                assertThat(english.statusCode()).isEqualTo(200);
                assertThat(german.body()).isEqualTo(english.body()).contains("\"primary\"", "\"a\"");
                assertThat(germanError.statusCode()).isEqualTo(422);
                assertThat(englishError.statusCode()).isEqualTo(422);
                assertThat(germanError.headers().firstValue("Content-Language")).hasValue("de");
                assertThat(englishError.headers().firstValue("Content-Language")).hasValue("en");
                assertThat(germanError.body()).contains("gibtsnicht").isNotEqualTo(englishError.body());
                assertThat(englishError.body()).contains("gibtsnicht");
            }
        }
        assertThat(Integer.getInteger(CountingStrategy.LOADED)).as("class initialisations of the plugin's strategy").isEqualTo(1);
        assertThat(Integer.getInteger(CountingStrategy.PREPARED)).as("preparations of the plugin's strategy").isEqualTo(1);
    }

    private static HttpResponse<String> score(TypwerkServer server, String answers, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/score"))
                .header("Content-Type", "application/yaml").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(answers, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
