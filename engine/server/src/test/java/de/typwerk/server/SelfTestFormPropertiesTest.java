package de.typwerk.server;

import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.jsoup.Jsoup;

/**
 * Self-test forms changed at random, as a hostile or broken client would send them: fields
 * left out, sent twice, renamed, with values of the wrong kind, unknown ids and very long texts,
 * carried answers damaged. Every one gets a page (or the next question) and never a 500.
 */
class SelfTestFormPropertiesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String OEFIT = "oefit-digitalisierungstypen";
    private static Typwerk engine;
    private static TypwerkServer server;
    private static String carried;

    @BeforeContainer
    static void start() throws IOException, InterruptedException {
        engine = Typwerk.builder().locale(Locale.GERMAN).build();
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                new HttpApi(Map.of(Language.DE, engine, Language.EN, engine.speaking(Locale.ENGLISH)), Language.DE, 1));
        String first = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/self-test/" + OEFIT)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        carried = Jsoup.parse(first).selectFirst("input[name=answers]").attr("value");
    }

    @AfterContainer
    static void stop() {
        server.close();
        engine.close();
    }

    @Property(tries = 120, edgeCases = EdgeCasesMode.MIXIN)
    void a_changed_form_never_gets_a_500(@ForAll("forms") List<Map.Entry<String, String>> form) throws Exception {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> f : form) {
            pairs.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/self-test/" + OEFIT + "?lang=en"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isIn(200, 400, 413, 422);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(Jsoup.parse(r.body()).select("h1").text()).isNotEmpty();
    }

    @Provide
    Arbitrary<List<Map.Entry<String, String>>> forms() {
        Arbitrary<String> names = Arbitraries.of("answers", "at", "go", "answer", "rank-1", "rank-2", "rank-3", "rank-0", "rank-999", "x", "");
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("next", "back", "download", "result", "art", "einwohner", "ziele-prioritaet", "kreis", "gemeinde",
                        "12", "-1", "1e999", "12,5", "null", "[]", "{}", "effizienz", ""),
                Arbitraries.just(carried),
                Arbitraries.just(carried.replace(OEFIT, "ozg-reifegrad")),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars('<', '>', '"', '\'', '&', 'a', '1', ',').ofMinLength(1).ofMaxLength(2_000));
        Arbitrary<Map.Entry<String, String>> field = Combinators.combine(names, values).as(Map::entry);
        return field.list().ofMaxSize(8).map(list -> {
            // most forms carry the answers and name the question, as a page sent them, so the answer itself is what varies
            List<Map.Entry<String, String>> all = new ArrayList<>(list);
            if (all.hashCode() % 3 != 0) {
                all.add(0, Map.entry("answers", carried));
                all.add(1, Map.entry("at", "art"));
            }
            return all;
        });
    }
}
