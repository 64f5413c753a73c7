package de.typwerk.cli;

import de.typwerk.server.HttpApi;
import de.typwerk.server.TypwerkServer;

import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web self-test over plain HTTP, as a browser would post its forms, and as a hostile client
 * would change them: every changed form gets a page that says what was wrong (or a problem
 * document, where the client asks for JSON), never a 500.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SelfTestTest {

    static final String OEFIT = "oefit-digitalisierungstypen";

    private static Typwerk engine;
    private static TypwerkServer server;
    private static URI base;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path plugins) throws IOException {
        PluginJar.of(Fixtures.path("plugin-hostile"), plugins.resolve("hostile.jar"));
        PluginJar.of(Fixtures.path("plugin-kinds"), plugins.resolve("kinds.jar"));
        PluginJar.of(Fixtures.path("plugin-german-only"), plugins.resolve("german-only.jar"));
        engine = Typwerk.builder().pluginsFrom(plugins).locale(Locale.GERMAN).build();
        Map<Language, Typwerk> engines = Map.of(Language.DE, engine, Language.EN, engine.speaking(Locale.ENGLISH));
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, new HttpApi(engines, Language.DE, 1));
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String... headers)
            throws IOException, InterruptedException {
        return postRaw(path, encode(fields), headers);
    }

    static HttpResponse<String> postRaw(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(List<Map.Entry<String, String>> fields) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> f : fields) {
            pairs.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    /** The fields a page's form would send as it stands (hidden fields, and what is checked or selected). */
    static List<Map.Entry<String, String>> formOf(Document page) {
        return hidden(page.selectFirst("form.question, form.downloads"));
    }

    /** The hidden fields of {@code form}, in their order, as a browser sends them (a list the caller may add to). */
    static List<Map.Entry<String, String>> hidden(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[type=hidden]")) fields.add(Map.entry(input.attr("name"), input.attr("value")));
        return fields;
    }

    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry(name, value));
        return all;
    }

    static String action(Document page) {
        return page.selectFirst("form.question, form.downloads").attr("action");
    }

    @Test
    void theStartPageListsEveryLoadedQuestionnaireInEitherLanguage() throws Exception {
        for (String lang : List.of("de", "en")) {
            HttpResponse<String> start = get("/?lang=" + lang);
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(start.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(start.headers().firstValue("Content-Security-Policy")).get().asString()
                    .startsWith("default-src 'self'").doesNotContain("unsafe-inline");
            assertThat(start.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
            Document page = Jsoup.parse(start.body());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
            List<String> links = page.select("ul.questionnaires a").eachAttr("href");
            assertThat(links).hasSize(engine.questionnaires().size());
            assertThat(links).anyMatch(l -> l.contains(OEFIT)).anyMatch(l -> l.contains("oefit-kreise"))
                    .anyMatch(l -> l.contains("ozg-reifegrad")).anyMatch(l -> l.contains("test-fragearten"));
            assertThat(page.select("footer").text()).contains(lang.equals("de") ? "Was gespeichert wird" : "What is stored");
            // words for people: a version as people say it, no ids and no commands; "up to" where a
            // question is asked only after certain answers (take starts at "Frage 1 von 31")
            assertThat(page.select("main").text()).contains(lang.equals("de") ? "bis zu 32 Fragen · Version 1.0.0" : "up to 32 questions · version 1.0.0")
                    .doesNotContain(OEFIT + "@").doesNotContain("typwerk ");
        }
    }

    @Test
    void everyPageHasNoInlineScriptOrStyleAndStaysUnder60Kilobytes() throws Exception {
        List<String> pages = new ArrayList<>();
        pages.add(get("/").body());
        Document first = Jsoup.parse(get("/self-test/" + OEFIT).body());
        pages.add(first.outerHtml());
        pages.add(post(action(first), with(formOf(first), "go", "next")).body()); // the error state
        for (String html : pages) {
            assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(60 * 1024);
            Document page = Jsoup.parse(html);
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select("style")).isEmpty();
            assertThat(page.select("[style]")).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/assets/selftest.css");
        }
        HttpResponse<String> css = get("/assets/selftest.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void aRequiredQuestionLeftOpenIsShownAgainWithTheErrorAtTheFieldAndInTheSummary() throws Exception {
        Document first = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=en").body());
        HttpResponse<String> sent = post(action(first), with(formOf(first), "go", "next"));
        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        Document page = Jsoup.parse(sent.body());
        String at = first.selectFirst("input[name=at]").attr("value");
        assertThat(page.selectFirst("input[name=at]").attr("value")).isEqualTo(at);
        Element summary = page.selectFirst(".error-summary");
        // the summary names the question its link leads to; the message at the field says what its kind of question asks for
        assertThat(summary.select("li").eachText()).containsExactly("Please answer the question “What kind of local authority are you answering for?”.");
        String target = summary.selectFirst("a").attr("href").substring(1);
        assertThat(page.getElementById(target)).isNotNull();
        Element error = page.selectFirst(".error-message");
        assertThat(error.text()).isEqualTo("Error: Please choose an answer.");
        assertThat(page.select("[aria-describedby~=" + error.id() + "]")).isNotEmpty();
        assertThat(page.title()).startsWith("Error:");
    }

    @Test
    void everyControlOfAGroupWhoseAnswerIsRefusedIsMarkedInvalidAndDescribedByTheError() throws Exception {
        Document single = Jsoup.parse(next(Jsoup.parse(get("/self-test/test-fragearten?lang=de").body())).body());
        Document multi = Jsoup.parse(next(Jsoup.parse(next(Jsoup.parse(next(Jsoup.parse(get("/self-test/test-fragearten?lang=de").body()),
                "answer", "ja").body()), "answer", "4").body()), "answer", "melde", "answer", "kfz", "answer", "bau").body());
        Document ranking = Jsoup.parse(next(rankingPage("de"), "rank-1", "service").body());
        for (Document page : List.of(single, multi, ranking)) {
            String kind = page.selectFirst("form.question").attr("data-kind");
            String error = page.selectFirst(".error-message").id();
            assertThat(page.select("input[name=answer], input[name^=rank-]")).as(kind).hasSizeGreaterThan(1).allSatisfy(control -> {
                assertThat(control.attr("aria-invalid")).as(kind).isEqualTo("true");
                assertThat(control.attr("aria-describedby")).as(kind).isEqualTo(error);
            });
            // the group describes itself by its help and hint; the error is said at the control that has the focus, once
            assertThat(page.selectFirst("fieldset").attr("aria-describedby")).as(kind).doesNotContain(error);
        }
        // a page without an error marks nothing
        Document fine = Jsoup.parse(get("/self-test/test-fragearten?lang=de").body());
        assertThat(fine.select("[aria-invalid]")).isEmpty();
    }

    @Test
    void theErrorSummaryOfARankingLinksToThePlaceThatNeedsAnotherAnswerNotToTheFirstPlace() throws Exception {
        Document page = rankingPage("de");
        Document open = Jsoup.parse(next(page, "rank-1", "service", "rank-2", "").body());
        Document twice = Jsoup.parse(next(page, "rank-1", "effizienz", "rank-2", "effizienz").body());
        Document none = Jsoup.parse(next(page, "rank-1", "", "rank-2", "").body());

        // place 1 is answered: the link leads to place 2, the one left open, which the error names by its label
        assertThat(open.selectFirst(".error-summary a").attr("href")).isEqualTo("#f-q-ziele-rank-2");
        assertThat(open.selectFirst("#f-q-ziele-rank-2").closest("fieldset").selectFirst("legend").text()).isEqualTo("2. Platz");
        assertThat(open.select("input[name=rank-1][checked]").eachAttr("value")).containsExactly("service");
        // the same answer at two places: to the second, at the answer there to change (a screen reader says which), not at its
        // "no answer in this place"
        String target = twice.selectFirst(".error-summary a").attr("href").substring(1);
        assertThat(twice.getElementById(target).attr("name")).isEqualTo("rank-2");
        assertThat(twice.getElementById(target).attr("value")).isEqualTo("effizienz");
        assertThat(twice.getElementById(target).hasAttr("checked")).isTrue();
        assertThat(none.selectFirst(".error-summary a").attr("href")).isEqualTo("#f-q-ziele-rank-1");
    }

    @Test
    void aRefusedRankingShowsEachAnswerAgainAtThePlaceItWasPutWithTheLinkToThePlaceLeftOpen() throws Exception {
        // place 1 left open, place 2 answered: the answer must not move up into place 1, where the person did not put it
        Document gap = Jsoup.parse(next(rankingPage("en"), "rank-1", "", "rank-2", "beteiligung").body());

        assertThat(gap.selectFirst(".error-summary li").text()).isEqualTo("Question “Which goals matter most to you?”: Please choose an answer for each place.");
        assertThat(gap.select("input[name=rank-1][checked]").eachAttr("value")).containsExactly("");
        assertThat(gap.select("input[name=rank-2][checked]").eachAttr("value")).containsExactly("beteiligung");
        assertThat(gap.selectFirst(".error-summary a").attr("href")).isEqualTo("#f-q-ziele-rank-1");
        // the answers carried on are the ones before the page: nothing refused is kept as answered
        assertThat(gap.selectFirst("input[name=answers]").attr("value")).doesNotContain("beteiligung");
    }

    @Test
    void eachErrorPageIsTitledAndHeadedByWhatWentWrongSoTabsAndScreenReadersTellThemApart() throws Exception {
        Document questionnaire = Jsoup.parse(get("/self-test/no-such-questionnaire?lang=de").body());
        // as a browser's address bar asks, which gets a page, not the API's problem document
        Document address = Jsoup.parse(client.send(HttpRequest.newBuilder(base.resolve("/selbsttest?lang=en")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Document first = Jsoup.parse(get("/self-test/test-fragearten?lang=de").body());
        Document form = Jsoup.parse(post(action(first), with(with(formOf(first), "go", "next"), "evil", "1")).body());

        assertThat(List.of(questionnaire.title(), address.title(), form.title())).containsExactly(
                "Fehler: Seite nicht gefunden – Typwerk-Selbsttest",
                "Error: Page not found – Typwerk self-test",
                "Fehler: Formular nicht angenommen – Typwerk-Selbsttest");
        assertThat(List.of(questionnaire.selectFirst("h1").text(), address.selectFirst("h1").text(), form.selectFirst("h1").text()))
                .containsExactly("Seite nicht gefunden", "Page not found", "Formular nicht angenommen");
        // what exactly went wrong follows the heading
        assertThat(questionnaire.selectFirst(".lead").text()).isEqualTo("Den Fragebogen „no-such-questionnaire“ gibt es hier nicht.");
    }

    /** The ranking's page of the good plugin (strategy yes, implementation 4, services kfz), in a language. */
    @Test
    void theSitesNameOnAPageThatCarriesAnswersSaysThatFollowingItStartsAgainAndLosesThem() throws Exception {
        for (String lang : List.of("de", "en")) {
            String warning = lang.equals("de") ? "Neu beginnen – Ihre bisherigen Antworten gehen verloren" : "Start again – your answers so far will be lost";
            Document first = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
            Document second = Jsoup.parse(next(first, "answer", "ja").body());
            // nothing answered yet: nothing to lose
            assertThat(first.selectFirst(".site-name a").hasAttr("aria-describedby")).as(lang).isFalse();
            assertThat(first.select(".site-name").text()).as(lang).doesNotContain(warning);
            for (Document page : List.of(second, rankingPage(lang))) {
                Element link = page.selectFirst(".site-name a");
                assertThat(link.attr("href")).as(lang).isEqualTo("/?lang=" + lang);
                // the link's name stays the site's; what following it does is said beside it, seen and heard
                assertThat(link.text()).as(lang).isEqualTo(lang.equals("de") ? "Typwerk-Selbsttest" : "Typwerk self-test");
                Element described = page.getElementById(link.attr("aria-describedby"));
                assertThat(described).as(lang).isNotNull();
                assertThat(described.text()).as(lang).isEqualTo(warning);
            }
        }
    }

    /**
     * The page the header's button for the other language shows: its form sent as a browser sends it, with the button's value
     * and, on a question's page (whose form the button belongs to), what was {@code entered} on the page (name, value, …).
     */
    static Document inTheOtherLanguage(Document page, String lang, String... entered) throws Exception {
        Element button = page.selectFirst("header button[type=submit]");
        assertThat(button).as("a button for the other language in the header of " + page.title()).isNotNull();
        assertThat(button.text()).isEqualTo(lang.equals("en") ? "English" : "Deutsch");
        assertThat(button.attr("lang")).isEqualTo(lang);
        Element form = button.hasAttr("form") ? page.getElementById(button.attr("form")) : button.closest("form");
        assertThat(form).as("the form of the header's button in " + page.title()).isNotNull();
        // a button of the question's form posts to the page in the other language, whose address the browser then shows
        String to = button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
        assertThat(to).as("where the switch of " + page.title() + " posts").endsWith("?lang=" + lang);
        List<Map.Entry<String, String>> fields = hidden(form);
        if (entered.length == 0) {
            // what the page shows entered, as a browser sends it
            for (Element input : form.select("input[checked], input[type=text], textarea")) fields.add(Map.entry(input.attr("name"),
                    input.tagName().equals("textarea") ? input.wholeText() : input.attr("value")));
        }
        for (int i = 0; i < entered.length; i += 2) fields = with(fields, entered[i], entered[i + 1]);
        HttpResponse<String> sent = post(to, with(fields, button.attr("name"), button.attr("value")));
        Document shown = Jsoup.parse(sent.body());
        // 422 where the page says an entry is refused (a page that refused it, switched with it still wrong), else 200
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(shown.select(".error-summary").isEmpty() ? 200 : 422);
        assertThat(shown.selectFirst("html").attr("lang")).isEqualTo(lang);
        return shown;
    }

    @Test
    void everyQuestionAndTheReportSwitchToTheOtherLanguageKeepingTheAnswersAndThePlace() throws Exception {
        Document first = Jsoup.parse(get("/self-test/test-fragearten?lang=de").body());
        Document second = Jsoup.parse(next(first, "answer", "nein").body());
        assertThat(second.select("#progress-text").text()).startsWith("Frage 2 von");
        // the second question in English: the same question, its answers so far as they were
        Document english = inTheOtherLanguage(second, "en");
        assertThat(english.select("#progress-text").text()).startsWith("Question 2 of");
        assertThat(english.selectFirst("form.question input[name=at]").attr("value")).isEqualTo(second.selectFirst("form.question input[name=at]").attr("value"));
        assertThat(english.selectFirst("form.question input[name=answers]").attr("value")).isEqualTo(second.selectFirst("form.question input[name=answers]").attr("value"));
        assertThat(english.select("button[name=go]").eachText()).contains("Next", "Back");
        // and back to German, from where the walk goes on
        Document german = inTheOtherLanguage(english, "de");
        assertThat(german.select("#progress-text").text()).startsWith("Frage 2 von");
        Document back = Jsoup.parse(post(action(english), with(formOf(english), "go", "back")).body());
        assertThat(back.selectFirst("input[name=answer][value=nein]").hasAttr("checked")).isTrue();
        Document page = Jsoup.parse(next(english, "answer", "bau").body());
        page = Jsoup.parse(post(action(page), with(with(with(formOf(page), "rank-1", "beteiligung"), "rank-2", "service"), "go", "next")).body());
        Document report = Jsoup.parse(post(action(page), with(formOf(page), "go", "next")).body());
        assertThat(report.select("form.downloads")).isNotEmpty();
        Document bericht = inTheOtherLanguage(report, "de");
        assertThat(bericht.select("form.downloads button[name=go]").eachText()).contains("Antworten herunterladen");
        assertThat(bericht.selectFirst("[data-outcome]").attr("data-outcome")).isEqualTo(report.selectFirst("[data-outcome]").attr("data-outcome"));
        // the first question too: its switch is a button of its form, which keeps an option picked before it
        assertThat(first.select("header a[hreflang=en]")).isEmpty();
        assertThat(inTheOtherLanguage(first, "en", "answer", "ja").selectFirst("input[name=answer][value=ja]").hasAttr("checked")).isTrue();
    }

    @Test
    void theLanguageSwitchKeepsWhatWasEnteredOnThePageAndNotSentWithoutJudgingIt() throws Exception {
        Document single = Jsoup.parse(get("/self-test/test-fragearten?lang=de").body());
        // a number typed as the German page writes it is the same number on the English page, written as English writes it
        Document number = numberPage("de");
        Document english = inTheOtherLanguage(number, "en", "answer", "12.500");
        assertThat(english.select("[data-question]").attr("data-question")).isEqualTo(number.select("[data-question]").attr("data-question"));
        assertThat(english.selectFirst("input[name=answer]").attr("value")).isEqualTo("12500");
        // what is no answer yet is shown as typed, not refused: the switch is no answer
        Document typed = inTheOtherLanguage(number, "en", "answer", "zwölf");
        assertThat(typed.selectFirst("input[name=answer]").attr("value")).isEqualTo("zwölf");
        assertThat(typed.select(".error-summary, [aria-invalid=true]")).isEmpty();
        assertThat(typed.title()).doesNotStartWith("Error");
        // on a page that refused an answer, the refused entry goes along (and why it was refused: the test after this one)
        Document refused = Jsoup.parse(next(number, "answer", "zwölf").body());
        assertThat(refused.select(".error-summary")).isNotEmpty();
        Document after = inTheOtherLanguage(refused, "en", "answer", "zwölf");
        assertThat(after.selectFirst("input[name=answer]").attr("value")).isEqualTo("zwölf");
        // options picked, and options unpicked that the page had picked (its answer from before)
        Document multi = multiPage("en");
        Document picked = inTheOtherLanguage(multi, "de", "answer", "melde");
        assertThat(picked.select("input[name=answer][checked]").eachAttr("value")).containsExactly("melde");
        Document again = Jsoup.parse(post(action(multi), with(with(formOf(multi), "answer", "melde"), "go", "next")).body());
        again = Jsoup.parse(post(action(again), with(formOf(again), "go", "back")).body());
        assertThat(again.select("input[name=answer][checked]").eachAttr("value")).containsExactly("melde");
        assertThat(inTheOtherLanguage(again, "de").select("input[name=answer][checked]").eachAttr("value")).containsExactly("melde");
        assertThat(inTheOtherLanguage(again, "de", "answer", "").select("input[name=answer][checked]")).isEmpty();
        assertThat(single.select("header button[form=question]")).hasSize(1);
    }

    @Test
    void aPageThatRefusedAnEntrySaysWhyInTheOtherLanguageTooWhileTheEntryIsStillWrong() throws Exception {
        Document number = numberPage("de");
        Document refused = Jsoup.parse(next(number, "answer", "zwölf").body());
        assertThat(refused.select(".error-summary")).isNotEmpty();
        // the refused entry goes along, and so does why it was refused: said in English, at the field and in the summary
        Document after = inTheOtherLanguage(refused, "en", "answer", "zwölf");
        assertThat(after.selectFirst("input[name=answer]").attr("value")).isEqualTo("zwölf");
        assertThat(after.title()).startsWith("Error: ");
        assertThat(after.select(".error-summary li").eachText()).hasSize(1);
        assertThat(after.selectFirst(".error-message").text()).startsWith("Error: Please enter").doesNotContain("Bitte");
        assertThat(after.selectFirst("input[name=answer]").attr("aria-invalid")).isEqualTo("true");
        Document zurück = inTheOtherLanguage(after, "de", "answer", "zwölf");
        assertThat(zurück.selectFirst("input[name=answer]").attr("value")).isEqualTo("zwölf");
        assertThat(zurück.selectFirst(".error-message").text()).isEqualTo(refused.selectFirst(".error-message").text());
        // put right before the switch, it is taken as it stands there, no longer refused
        Document corrected = inTheOtherLanguage(refused, "en", "answer", "12.500");
        assertThat(corrected.select(".error-summary, .error-message, [aria-invalid=true]")).isEmpty();
        assertThat(corrected.selectFirst("input[name=answer]").attr("value")).isEqualTo("12500");
        // a number the page could not read, as it is written where the other page reads it: 12.000 (twelve thousand on the
        // German page, two ways on the English one) is taken there as it stands, as going on would take it, not refused as a text
        for (String lang : List.of("de", "en")) {
            String twoWays = lang.equals("de") ? "12,000" : "12.000";
            String other = lang.equals("de") ? "en" : "de";
            Document wrong = Jsoup.parse(next(budgetPage(lang), "answer", twoWays).body());
            assertThat(wrong.select(".error-summary")).isNotEmpty();
            Document there = inTheOtherLanguage(wrong, other, "answer", twoWays);
            assertThat(there.selectFirst("input[name=answer]").attr("value")).isEqualTo(twoWays);
            assertThat(there.select(".error-summary, .error-message, [aria-invalid=true]")).as(other).isEmpty();
            String carried = Jsoup.parse(next(there, "answer", twoWays).body()).selectFirst("input[name=answers]").attr("value");
            assertThat(carried).as(other).contains("\"q-budget\" : 12000\n");
        }
        // a required question left open stays asked for in the other language
        Document open = Jsoup.parse(next(Jsoup.parse(get("/self-test/test-fragearten?lang=de").body())).body());
        assertThat(inTheOtherLanguage(open, "en").select(".error-summary li").eachText()).containsExactly("Please answer the question “Is there a digital strategy?”.");
    }

    @Test
    void aQuestionsPageIsTitledWithItsStepAndItsQuestionAndARefusedAnswersPageSaysTheErrorFirst() throws Exception {
        for (String lang : List.of("de", "en")) {
            Document first = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
            String question = first.selectFirst("h1 > span, h1 > label > span").text();
            String step = first.selectFirst("#progress-text").ownText().replaceFirst(" ·$", "");
            assertThat(step).matches(lang.equals("de") ? "Frage 1 von [0-9]+" : "Question 1 of [0-9]+");
            String site = lang.equals("de") ? " – Typwerk-Selbsttest" : " – Typwerk self-test";
            assertThat(first.title()).isEqualTo(step + ": " + question + site);
            Document refused = Jsoup.parse(next(first).body());
            assertThat(refused.title()).isEqualTo((lang.equals("de") ? "Fehler: " : "Error: ") + step + ": " + question + site);
            Document second = Jsoup.parse(next(first, "answer", "ja").body());
            assertThat(second.title()).startsWith(lang.equals("de") ? "Frage 2 von " : "Question 2 of ")
                    .contains(": " + second.selectFirst("h1 > span, h1 > label > span").text());
        }
    }

    @Test
    void anErrorPageOffersTheSamePageInTheOtherLanguageKeepingWhatTheRefusedFormCarried() throws Exception {
        // a page asked for: a link to the same address in the other language, whatever else its query says
        Document missing = Jsoup.parse(get("/self-test/no-such-questionnaire?lang=de").body());
        Element link = missing.selectFirst("header a[hreflang=en]");
        assertThat(link).as(missing.title()).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/self-test/no-such-questionnaire?lang=en");
        HttpResponse<String> english = get(link.attr("href"));
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(Jsoup.parse(get("/self-test/nope?x=1&lang=en").body()).selectFirst("header a[hreflang=de]").attr("href")).isEqualTo("/self-test/nope?x=1&lang=de");
        // a form refused: sent again as it was to the other language, the same refusal there, the answers it carried still kept
        Document first = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=de").body());
        Document art = Jsoup.parse(next(first, "answer", "stadt").body());
        HttpResponse<String> refused = post(action(art), with(with(with(formOf(art), "answer", "12.500"), "evil", "1"), "go", "next"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        Element form = page.selectFirst("header form.language");
        assertThat(form).as(page.title()).isNotNull();
        assertThat(form.attr("action")).endsWith("?lang=en");
        Element button = form.selectFirst("button[type=submit]");
        assertThat(button.text()).isEqualTo("English");
        assertThat(button.attr("lang")).isEqualTo("en");
        List<Map.Entry<String, String>> fields = hidden(form);
        assertThat(fields).contains(Map.entry("answer", "12.500"), Map.entry("evil", "1"), Map.entry("at", "einwohner"));
        HttpResponse<String> again = post(form.attr("action"), with(fields, button.attr("name"), button.attr("value")));
        assertThat(again.statusCode()).isEqualTo(400);
        Document there = Jsoup.parse(again.body());
        assertThat(there.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(there.selectFirst("h1").text()).isEqualTo("Form not accepted");
        Element kept = there.selectFirst("form.kept");
        assertThat(kept.attr("action")).endsWith("?lang=en");
        assertThat(kept.selectFirst("input[name=answers]").attr("value")).contains("\"art\" : \"stadt\"");
        // and back to German the same way
        assertThat(there.selectFirst("header form.language").attr("action")).endsWith("?lang=de");
    }

    @Test
    void aQuestionOpenedFromTheReportStillLeadsBackToItInTheOtherLanguage() throws Exception {
        // answers that leave too much open for a type: the report suggests questions to answer now
        String carried = carried("viel-weiss-nicht");
        Document start = Jsoup.parse(get("/self-test/" + OEFIT).body());
        Document report = Jsoup.parse(post(action(start), List.of(Map.entry("answers", carried), Map.entry("at", ""), Map.entry("go", "next"))).body());
        Element ask = report.selectFirst(".answer-now button[name=go][value^=ask:]");
        assertThat(ask).isNotNull();
        Document asked = Jsoup.parse(post(action(report), with(formOf(report), "go", ask.attr("value"))).body());
        assertThat(asked.select("form.question button[name=go][value=report]")).hasSize(1);
        Document english = inTheOtherLanguage(asked, "en");
        assertThat(english.select("form.question button[name=go][value=report]").eachText()).containsExactly("Save and return to the result");
        // Enter in a field presses that button too, not the header's switch before it
        assertThat(english.selectFirst("button[type=submit][form=question], form.question button[type=submit]").attr("value")).isEqualTo("report");
    }

    /** test-fragearten's multiple choice question, with nothing answered on it. */
    static Document multiPage(String lang) throws Exception {
        Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
        page = Jsoup.parse(next(page, "answer", "ja").body());
        page = Jsoup.parse(next(page, "answer", "4").body());
        assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("multi");
        return page;
    }

    /** test-fragearten's number question, with nothing answered on it. */
    static Document numberPage(String lang) throws Exception {
        Document page = rankingPage(lang);
        page = Jsoup.parse(post(action(page), with(with(with(formOf(page), "rank-1", "beteiligung"), "rank-2", "service"), "go", "next")).body());
        assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("number");
        return page;
    }

    static Document rankingPage(String lang) throws Exception {
        Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
        page = Jsoup.parse(next(page, "answer", "ja").body());
        page = Jsoup.parse(next(page, "answer", "4").body());
        page = Jsoup.parse(next(page, "answer", "kfz").body());
        assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("ranking");
        return page;
    }

    /** Posts a page's form as it stands with these fields added and {@code go=next}. */
    static HttpResponse<String> next(Document page, String... fields) throws IOException, InterruptedException {
        List<Map.Entry<String, String>> form = formOf(page);
        for (int i = 0; i < fields.length; i += 2) form = with(form, fields[i], fields[i + 1]);
        return post(action(page), with(form, "go", "next"));
    }

    /** The error message at the field of a refused answer's page, whose error summary says it after the question's name. */
    static String errorOf(HttpResponse<String> sent) {
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        String message = page.selectFirst(".error-message").text().replaceFirst("^(Fehler|Error): ", "");
        String question = page.selectFirst("h1 > span, h1 > label > span").text();
        String named = page.selectFirst("html").attr("lang").equals("de") ? "Frage „" + question + "“: " : "Question “" + question + "”: ";
        assertThat(page.select(".error-summary li").eachText()).containsExactly(named + message);
        return message;
    }

    @Test
    void everyMistakeThePagesControlsAllowIsSaidInTheWordsOfThePageWithoutIds() throws Exception {
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (String lang : List.of("de", "en")) {
            List<String> errors = new ArrayList<>();
            Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
            page = Jsoup.parse(next(page, "answer", "ja").body());
            page = Jsoup.parse(next(page, "answer", "4").body());
            assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("multi");
            errors.add(errorOf(next(page, "answer", "melde", "answer", "kfz", "answer", "bau")));
            errors.add(errorOf(next(page, "answer", "kfz", "answer", "keine")));
            page = Jsoup.parse(next(page, "answer", "kfz").body());
            assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("ranking");
            errors.add(errorOf(next(page, "rank-1", "service", "rank-2", "")));
            errors.add(errorOf(next(page, "rank-1", "service", "rank-2", "service")));
            page = Jsoup.parse(next(page, "rank-1", "service", "rank-2", "effizienz").body());
            assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("number");
            errors.add(errorOf(next(page, "answer", "zwölf")));
            errors.add(errorOf(next(page, "answer", "12,5")));
            errors.add(errorOf(next(page, "answer", "2000000")));
            errors.add(errorOf(next(page, "answer", lang.equals("de") ? "1.000.001" : "1,000,001")));
            errors.add(errorOf(next(page, "answer", "-5")));
            page = Jsoup.parse(next(page, "answer", "12000").body());
            assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("text");
            errors.add(errorOf(next(page, "answer", "x".repeat(501))));
            said.put(lang, errors);
        }
        assertThat(said.get("de")).containsExactly(
                "Sie haben 3 Antworten gewählt; bitte wählen Sie höchstens 2.",
                "„Keinen davon“ lässt sich mit keiner anderen Antwort verbinden; wählen Sie es allein oder die anderen ohne es.",
                "Bitte wählen Sie für jeden Platz eine Antwort.",
                "Jede Antwort kann nur einen Platz belegen; bitte wählen Sie für jeden Platz eine andere.",
                "Bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.",
                // a fraction is told it is not whole, where it was told what a word is told
                "„12,5“ ist keine ganze Zahl; bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.",
                // a number beyond the range is told which bound it passed, where it was told what a word is told
                "Die Zahl ist zu groß; bitte geben Sie höchstens 1.000.000 ein.",
                "Die Zahl ist zu groß; bitte geben Sie höchstens 1.000.000 ein.",
                "Die Zahl ist zu klein; bitte geben Sie mindestens 0 ein.",
                "Bitte kürzen Sie den Text auf höchstens 500 Zeichen.");
        assertThat(said.get("en")).containsExactly(
                "You chose 3 answers; please choose at most 2.",
                "“None of these” cannot be combined with any other answer; choose it alone, or the others without it.",
                "Please choose an answer for each place.",
                "Each answer can take only one place; please choose a different one for each place.",
                "Please enter a whole number from 0 to 1,000,000.",
                "“12,5” is not a whole number; please enter a whole number from 0 to 1,000,000.",
                "The number is too large; please enter at most 1,000,000.",
                "The number is too large; please enter at most 1,000,000.",
                "The number is too small; please enter at least 0.",
                "Please shorten the text to at most 500 characters.");
    }

    @Test
    void aValueOnlyAFormChangedByHandSendsIsSaidInThePagesWordsWithTheQuestionShownAgainAndTheAnswersKept() throws Exception {
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (String lang : List.of("de", "en")) {
            List<String> errors = new ArrayList<>();
            Document single = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
            errors.add(errorOf(next(single, "answer", "vielleicht")));
            errors.add(errorOf(next(single, "answer", "ja", "answer", "nein")));
            Document scale = Jsoup.parse(next(single, "answer", "ja").body());
            errors.add(errorOf(next(scale, "answer", "9")));
            errors.add(errorOf(next(scale, "answer", "viel")));
            Document multi = Jsoup.parse(next(scale, "answer", "4").body());
            errors.add(errorOf(next(multi, "answer", "kfz", "answer", "hund")));
            errors.add(errorOf(next(multi, "answer", "kfz", "answer", "kfz")));
            Document ranking = Jsoup.parse(next(multi, "answer", "kfz").body());
            errors.add(errorOf(next(ranking, "rank-1", "service", "rank-2", "nichts")));
            errors.add(errorOf(next(ranking, "rank-1", "service", "rank-2", "effizienz", "rank-3", "beteiligung")));
            Document budget = Jsoup.parse(next(ranking, "rank-1", "service", "rank-2", "effizienz").body());
            Document text = Jsoup.parse(next(budget, "answer", "12000").body());
            assertThat(text.selectFirst("form.question").attr("data-kind")).isEqualTo("text");
            errors.add(errorOf(next(text, "answer", "eins", "answer", "zwei")));
            // the question is shown again, nothing picked, with the answers so far
            Document again = Jsoup.parse(next(multi, "answer", "hund").body());
            assertThat(again.selectFirst("input[name=at]").attr("value")).isEqualTo("q-dienste");
            assertThat(again.selectFirst("input[name=answers]").attr("value")).isEqualTo(multi.selectFirst("input[name=answers]").attr("value"));
            assertThat(again.select("input[name=answer][checked]")).isEmpty();
            said.put(lang, errors);
        }
        String offered = "Diese Antwort steht bei dieser Frage nicht zur Wahl; bitte wählen Sie eine der angebotenen.";
        assertThat(said.get("de")).containsExactly(offered, offered, offered, offered, offered, offered, offered, offered,
                "Bitte geben Sie nur einen Text ein.");
        String shown = "This question does not offer that answer; please choose one of those shown.";
        assertThat(said.get("en")).containsExactly(shown, shown, shown, shown, shown, shown, shown, shown, "Please enter one text only.");
    }

    @Test
    void aStoppingServerGivesAPersonAPageInItsLanguageThatOffersTheFormAsSentAndAJsonClientItsProblem() throws Exception {
        HttpApi api = new HttpApi(Map.of(Language.DE, engine, Language.EN, engine.speaking(Locale.ENGLISH)), Language.DE, 1);
        TypwerkServer stopping = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api);
        try {
            Document first = Jsoup.parse(get("/self-test/test-fragearten?lang=en").body());
            List<Map.Entry<String, String>> sent = with(formOf(first), "answer", "ja");
            assertThat(api.drain(java.time.Duration.ZERO)).isTrue();
            // the page's form sent while the server stops, to an address as a proxy may join it ("//self-test/…")
            byte[] body = encode(with(sent, "go", "next")).getBytes(StandardCharsets.UTF_8);
            String answer;
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", stopping.uri().getPort())) {
                socket.getOutputStream().write(("POST //self-test/test-fragearten?lang=en HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(answer).startsWith("HTTP/1.1 503 ");
            Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(page.title()).isEqualTo("Error: Not available right now – Typwerk self-test");
            assertThat(page.selectFirst(".lead").text()).contains("stopping");
            Element again = page.selectFirst("form.again");
            // back to this server's page, never to a server "self-test" that "//self-test/…" would name
            assertThat(again.attr("action")).isEqualTo("/self-test/test-fragearten?lang=en");
            List<Map.Entry<String, String>> offered = hidden(again);
            assertThat(offered).isEqualTo(sent);
            assertThat(again.select("button[name=go]").eachAttr("value")).containsExactly("next");
            // the header's switch sends the same form to the same page in German
            Element switched = page.selectFirst("header form.language");
            assertThat(switched.attr("action")).isEqualTo("/self-test/test-fragearten?lang=de");
            List<Map.Entry<String, String>> there = hidden(switched);
            assertThat(there).isEqualTo(sent);
            assertThat(switched.select("button[name=go]").eachAttr("value")).containsExactly("next");
            assertThat(switched.selectFirst("button").attr("lang")).isEqualTo("de");

            // a page asked for: a link to it; a client asking for JSON: the problem document, as on the API
            HttpResponse<String> asked = client.send(HttpRequest.newBuilder(stopping.uri().resolve("/?lang=de")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(asked.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(asked.body()).select("main a").eachAttr("href")).contains("/?lang=de");
            assertThat(Jsoup.parse(asked.body()).selectFirst("h1").text()).isEqualTo("Gerade nicht erreichbar");
            HttpResponse<String> json = client.send(HttpRequest.newBuilder(stopping.uri().resolve("/self-test/test-fragearten"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).isEqualTo(503);
            assertThat(json.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        } finally {
            stopping.close();
        }
    }

    @Test
    void theTextsOfAQuestionnaireWithoutThePagesLanguageAreMarkedAsTheLanguageTheyAreIn() throws Exception {
        Document start = Jsoup.parse(get("/?lang=en").body());
        assertThat(start.select("ul.questionnaires a[lang], ul.questionnaires p[lang]").eachText())
                .containsExactly("Nur auf Deutsch (Testfragebogen)", "Ein Fragebogen ohne englische Texte.");
        assertThat(start.select("ul.questionnaires [lang]").eachAttr("lang")).containsOnly("de");
        // the German words of administration in an English description are German too
        assertThat(start.select("ul.questionnaires p > span[lang]").eachText()).contains("Bezirk", "Bezirksamt", "Landkreise");
        Document first = Jsoup.parse(get("/self-test/test-nur-deutsch?lang=en").body());
        Document budget = Jsoup.parse(next(first, "answer", "ja").body());
        for (Document page : List.of(first, budget)) {
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            // a screen reader reads these with a German voice, the page's own words with an English one
            assertThat(page.select("main [lang=de]").eachText()).contains("Nur auf Deutsch (Testfragebogen)", "Allgemeines");
            assertThat(page.select("main [lang]").eachAttr("lang")).containsOnly("de");
            assertThat(page.selectFirst("#progress-text").ownText()).startsWith("Question ");
            assertThat(page.selectFirst("button[value=next]").closest("[lang]").attr("lang")).isEqualTo("en");
        }
        assertThat(first.select("main [lang=de]").eachText()).contains("Gibt es eine Digitalstrategie?", "Beschlossen vom Rat.", "Ja", "Nein");
        // a title has no parts to mark: it says the question's place in the page's words, where the question's own would be read in English
        assertThat(first.title()).isEqualTo("Question 1 of 2 – Typwerk self-test");
        assertThat(budget.title()).isEqualTo("Question 2 of 2 – Typwerk self-test");
        assertThat(Jsoup.parse(post(action(first), with(formOf(first), "go", "next")).body()).title()).isEqualTo("Error: Question 1 of 2 – Typwerk self-test");
        assertThat(Jsoup.parse(get("/self-test/test-nur-deutsch?lang=de").body()).title()).isEqualTo("Frage 1 von 2: Gibt es eine Digitalstrategie? – Typwerk-Selbsttest");
        assertThat(budget.select("main [lang=de]").eachText()).contains("Wie hoch ist das Digitalbudget?", "Euro");
        assertThat(budget.selectFirst(".hint").closest("[lang]").attr("lang")).isEqualTo("en");
        // the report: the names, questions and the like it takes from the definition, not its own words
        Document report = Jsoup.parse(next(budget).body());
        assertThat(report.select("[data-outcome]")).isNotEmpty();
        assertThat(report.select(".tw-types tbody th").eachText()).containsExactlyInAnyOrder("Das ruhige Amt", "Das flinke Amt");
        assertThat(report.select(".tw-types tbody th").eachAttr("lang")).containsOnly("de");
        assertThat(report.select(".tw-question").eachText()).contains("Gibt es eine Digitalstrategie?");
        assertThat(report.select(".tw-question").eachAttr("lang")).containsOnly("de");
        assertThat(report.select(".tw-report h2").eachText()).contains("Types");
        // where the report's own sentences name a text of the definition, that part alone is marked
        assertThat(report.selectFirst(".tw-outcome h2").text()).isEqualTo("Your type: Das flinke Amt");
        assertThat(report.select(".tw-outcome h2 [lang=de]").eachText()).containsExactly("Das flinke Amt");
        assertThat(report.select(".tw-outcome-sentence [lang=de]").eachText()).containsExactly("Das ruhige Amt");
        assertThat(report.select(".tw-answer [lang=de]").eachText()).containsExactly("Ja");
        assertThat(report.select(".tw-report h1 [lang=de]").eachText()).containsExactly("Nur auf Deutsch (Testfragebogen)");
        List<String> unmarked = new ArrayList<>();
        // a chart's description too, one sentence of all its numbers, where the names stand among the page's words
        for (Element e : report.select(".tw-report *:not(svg, svg *)")) {
            for (org.jsoup.nodes.TextNode text : e.textNodes()) {
                boolean german = Stream.of("Das flinke Amt", "Das ruhige Amt", "Nur auf Deutsch", "Digitalstrategie", "Ja").anyMatch(text.text()::contains);
                if (german && !e.closest("[lang]").attr("lang").equals("de")) unmarked.add(e.outerHtml());
            }
        }
        assertThat(unmarked).as("German texts read with an English voice").isEmpty();
        assertThat(report.select(".tw-report h2")).allSatisfy(h2 -> assertThat(h2.closest("[lang]").attr("lang")).isEqualTo("en"));
        // its types have no profile and no advice: the report has no heading for them with nothing beneath it
        assertThat(report.select(".tw-report section")).allSatisfy(s -> assertThat(s.children().size()).as(s.outerHtml()).isGreaterThan(1));
        assertThat(report.select(".tw-profile, .tw-advice, .tw-team")).isEmpty();
        // in its own language nothing is marked
        assertThat(Jsoup.parse(get("/self-test/test-nur-deutsch?lang=de").body()).select("main [lang]")).isEmpty();
        assertThat(Jsoup.parse(get("/self-test/test-fragearten?lang=en").body()).select("main [lang]")).isEmpty();
    }

    @Test
    void theGermanWordsOfAdministrationInAnEnglishQuestionAreMarkedAsGermanAndNothingInTheGermanOne() throws Exception {
        Document english = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=en").body());
        // an English voice would read "Amt" and "Markt" as English words
        assertThat(english.select("label").eachText()).contains("Municipality (Gemeinde, including Markt, Amt or Verbandsgemeinde)");
        assertThat(english.select("label [lang=de]").eachText())
                .containsExactly("Gemeinde", "Markt", "Amt", "Verbandsgemeinde", "Große Kreisstadt", "kreisfrei", "Kreis", "Landkreis");
        assertThat(english.select(".help [lang=de]").eachText()).containsExactly("Bezirk");
        assertThat(english.select(".help-more [lang=de]").eachText()).contains("Große Kreisstadt", "Bezirksamt", "Land", "Länder", "Amt",
                "Verwaltungsgemeinschaft", "Samtgemeinde", "Verbandsgemeinde", "Landkreis");
        assertThat(english.select("main [lang]").eachAttr("lang")).containsOnly("de");
        assertThat(Jsoup.parse(get("/self-test/" + OEFIT + "?lang=de").body()).select("main [lang]")).isEmpty();
    }

    @Test
    void aQuestionnairesFirstPageSwitchesToTheOtherLanguageWithNothingAnswered() throws Exception {
        Document german = Jsoup.parse(get("/self-test/test-fragearten?lang=de").body());
        Document english = inTheOtherLanguage(german, "en");
        assertThat(english.select("[data-question]").attr("data-question")).isEqualTo("q-strategie");
        assertThat(english.select("input[name=answer][checked]")).isEmpty();
        // its form posts to the English address from now on
        assertThat(action(english)).isEqualTo("/self-test/test-fragearten%402.1.0?lang=en");
        // no page of a questionnaire links itself in the other language: a link would lose what was entered
        assertThat(german.select("header a[hreflang]")).isEmpty();
        assertThat(Jsoup.parse(next(german, "answer", "ja").body()).select("header a[hreflang]")).isEmpty();
    }

    @Test
    void theStartPageAndAQuestionnairesFirstPageNameTheirAddressInEitherLanguageInTheHead() throws Exception {
        for (String path : List.of("/?lang=de", "/?lang=en", "/self-test/test-fragearten?lang=de", "/self-test/test-fragearten?lang=en")) {
            Document page = Jsoup.parse(get(path).body());
            Map<String, String> alternates = new java.util.TreeMap<>();
            for (Element link : page.select("head link[rel=alternate][hreflang]")) alternates.put(link.attr("hreflang"), link.attr("href"));
            assertThat(alternates).as(path).containsOnlyKeys("de", "en");
            // each the same page in its language, as a search engine or a browser without forms follows it
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                HttpResponse<String> there = get(alternate.getValue());
                assertThat(there.statusCode()).as(alternate.getValue()).isEqualTo(200);
                Document shown = Jsoup.parse(there.body());
                assertThat(shown.selectFirst("html").attr("lang")).isEqualTo(alternate.getKey());
                assertThat(shown.select("[data-question]").eachAttr("data-question")).isEqualTo(page.select("[data-question]").eachAttr("data-question"));
                assertThat(shown.select("ul.questionnaires a").size()).isEqualTo(page.select("ul.questionnaires a").size());
            }
        }
        // a page a form post answers has none: its address, asked for, shows another page
        Document second = Jsoup.parse(next(Jsoup.parse(get("/self-test/test-fragearten?lang=de").body()), "answer", "ja").body());
        assertThat(second.select("[data-question]").attr("data-question")).isNotEqualTo("q-strategie");
        assertThat(second.select("link[rel=alternate]")).isEmpty();
    }

    @Test
    void theNameOfAnOptionARefusedAnswerQuotesIsMarkedWithItsLanguageAtTheFieldAndInTheSummary() throws Exception {
        Document first = Jsoup.parse(get("/self-test/test-nur-deutsch?lang=en").body());
        Document services = Jsoup.parse(next(Jsoup.parse(next(first, "answer", "nein").body())).body());
        assertThat(services.select("[data-question]").attr("data-question")).isEqualTo("q-dienste");
        HttpResponse<String> sent = next(services, "answer", "melde", "answer", "keine");
        assertThat(errorOf(sent)).isEqualTo("“Keinen davon” cannot be combined with any other answer; choose it alone, or the others without it.");
        Document refused = Jsoup.parse(sent.body());
        // the German name alone is read with a German voice, the page's sentence around it with an English one
        assertThat(refused.select(".error-summary a [lang]").eachText()).containsExactly("Welche Dienste bieten Sie online an?", "Keinen davon");
        assertThat(refused.select(".error-message [lang]").eachText()).containsExactly("Keinen davon");
        assertThat(refused.select(".error-summary a [lang], .error-message [lang]").eachAttr("lang")).containsOnly("de");
        // in the questionnaire's own language nothing is marked
        Document german = Jsoup.parse(next(Jsoup.parse(next(Jsoup.parse(get("/self-test/test-nur-deutsch?lang=de").body()), "answer", "nein").body())).body());
        HttpResponse<String> gesendet = next(german, "answer", "melde", "answer", "keine");
        assertThat(errorOf(gesendet)).isEqualTo("„Keinen davon“ lässt sich mit keiner anderen Antwort verbinden; wählen Sie es allein oder die anderen ohne es.");
        assertThat(Jsoup.parse(gesendet.body()).select("main [lang]")).isEmpty();
    }

    /** The budget's page of the good plugin (strategy yes, implementation 4, services kfz, a ranking), in a language. */
    static Document budgetPage(String lang) throws Exception {
        Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
        page = Jsoup.parse(next(page, "answer", "ja").body());
        page = Jsoup.parse(next(page, "answer", "4").body());
        page = Jsoup.parse(next(page, "answer", "kfz").body());
        page = Jsoup.parse(next(page, "rank-1", "service", "rank-2", "effizienz").body());
        assertThat(page.selectFirst("input[name=at]").attr("value")).isEqualTo("q-budget");
        return page;
    }

    @Test
    void aNumberIsReadAndShownAsThePagesLanguageWritesIt() throws Exception {
        Map<String, String> german = new LinkedHashMap<>();
        german.put("12.500", "12500");
        german.put("1.000.000", "1000000");
        german.put("12 500", "12500");
        german.put("12500", "12500");
        Map<String, String> english = new LinkedHashMap<>();
        english.put("12,500", "12500");
        english.put("1,000,000", "1000000");
        english.put("12500", "12500");
        for (Map.Entry<String, Map<String, String>> lang : Map.of("de", german, "en", english).entrySet()) {
            Document budget = budgetPage(lang.getKey());
            // a whole number from 0: a phone shows its digits pad
            assertThat(budget.selectFirst("input[name=answer]").attr("inputmode")).isEqualTo("numeric");
            assertThat(budget.selectFirst(".hint").text()).isEqualTo(lang.getKey().equals("de")
                    ? "Eine ganze Zahl von 0 bis 1.000.000." : "A whole number from 0 to 1,000,000.");
            for (Map.Entry<String, String> typed : lang.getValue().entrySet()) {
                HttpResponse<String> sent = next(budget, "answer", typed.getKey());
                assertThat(sent.statusCode()).as(typed.getKey()).isEqualTo(200);
                String carried = Jsoup.parse(sent.body()).selectFirst("input[name=answers]").attr("value");
                assertThat(carried).as(typed.getKey()).contains("\"q-budget\" : " + typed.getValue() + "\n");
            }
        }
        // a fraction goes back to the page as the language writes it (the budget is whole: ÖFIT's IT posts are not)
        Document it = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=de").body());
        String carried = "{\"questionnaire\": \"" + OEFIT + "\", \"version\": \"1.0.0\", \"answers\": {\"art\": \"stadt\", \"einwohner\": 12500}}";
        Document posts = Jsoup.parse(post(action(it), List.of(Map.entry("answers", carried), Map.entry("at", "it-personal"),
                Map.entry("answer", "2,5"), Map.entry("go", "next"))).body());
        Document back = Jsoup.parse(post(action(posts), with(formOf(posts), "go", "back")).body());
        assertThat(back.selectFirst("input[name=at]").attr("value")).isEqualTo("it-personal");
        assertThat(back.selectFirst("input[name=answer]").attr("value")).isEqualTo("2,5");
        // a fraction needs the separator: the decimal pad
        assertThat(back.selectFirst("input[name=answer]").attr("inputmode")).isEqualTo("decimal");
    }

    @Test
    void aNumberWithASeparatorAndThreeZerosThatTheOtherLanguageReadsAsThousandsIsAskedForAgainNotTakenAsTwelve() throws Exception {
        // a German hand on the English page writes twelve thousand as 12.000, an English one on the German page as 12,000:
        // the page's own language would read twelve, and show it back as typed, the mistake unseen
        Map<String, String> twoWays = Map.of("en", "12.000", "de", "12,000");
        for (Map.Entry<String, String> typed : twoWays.entrySet()) {
            Document budget = budgetPage(typed.getKey());
            HttpResponse<String> sent = next(budget, "answer", typed.getValue());
            assertThat(sent.statusCode()).as(typed.toString()).isEqualTo(422);
            Document shown = Jsoup.parse(sent.body());
            assertThat(shown.selectFirst("input[name=answer]").attr("value")).isEqualTo(typed.getValue());
            // told the two numbers it could be and how to write each, where it was asked for a whole number, which it is
            assertThat(shown.selectFirst(".error-message").text()).isEqualTo(typed.getKey().equals("de")
                    ? "Fehler: „12,000“ kann 12.000 oder 12 heißen; bitte schreiben Sie 12.000 (oder 12000) oder 12."
                    : "Error: “12.000” could mean 12,000 or 12; please write 12,000 (or 12000) or 12.");
            assertThat(shown.selectFirst(".error-summary li").text()).isEqualTo(typed.getKey().equals("de")
                    ? "Frage „Wie hoch ist das Digitalbudget?“: „12,000“ kann 12.000 oder 12 heißen; bitte schreiben Sie 12.000 (oder 12000) oder 12."
                    : "Question “How large is the digital budget?”: “12.000” could mean 12,000 or 12; please write 12,000 (or 12000) or 12.");
            assertThat(shown.selectFirst("input[name=answers]").attr("value")).doesNotContain("q-budget");
        }
        // with the page's own separator of thousands, or none, it is twelve thousand; a fraction with other digits stays a fraction
        for (Map.Entry<String, String> typed : Map.of("en", "12,000", "de", "12.000").entrySet()) {
            String carried = Jsoup.parse(next(budgetPage(typed.getKey()), "answer", typed.getValue()).body()).selectFirst("input[name=answers]").attr("value");
            assertThat(carried).as(typed.toString()).contains("\"q-budget\" : 12000\n");
        }
        Document it = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=en").body());
        String before = "{\"questionnaire\": \"" + OEFIT + "\", \"version\": \"1.0.0\", \"answers\": {\"art\": \"stadt\", \"einwohner\": 12500}}";
        Document posts = Jsoup.parse(post(action(it), List.of(Map.entry("answers", before), Map.entry("at", "it-personal"),
                Map.entry("answer", "2.500"), Map.entry("go", "next"))).body());
        assertThat(posts.selectFirst("input[name=answers]").attr("value")).contains("\"it-personal\" : 2.500");
    }

    @Test
    void aNumberTypedWithTheOtherLanguagesSeparatorsIsToldHowThePageWritesTheNumberMeant() throws Exception {
        // the English page reads 1.234 as one point two three four, no whole number; the German page 1,234 alike: the person meant
        // one thousand two hundred and thirty-four, and was asked for a whole number, which it is
        Map<String, List<String>> said = new LinkedHashMap<>();
        said.put("de", refusedOnTheBudgetPage("de", List.of("1,234", "1,000,000", "2,000,000")));
        said.put("en", refusedOnTheBudgetPage("en", List.of("1.234", "1.000.000", "2.000.000")));
        assertThat(said.get("de")).containsExactly(
                "Fehler: Auf dieser Seite trennt das Komma die Nachkommastellen und der Punkt die Tausender: Für 1.234 schreiben Sie bitte 1.234 oder 1234.",
                "Fehler: Auf dieser Seite trennt das Komma die Nachkommastellen und der Punkt die Tausender: Für 1.000.000 schreiben Sie bitte 1.000.000 oder 1000000.",
                // the number meant is more than the question takes: what it takes
                "Fehler: Bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.");
        assertThat(said.get("en")).containsExactly(
                "Error: On this page a point separates the decimals and a comma the thousands: for 1,234 please write 1,234 or 1234.",
                "Error: On this page a point separates the decimals and a comma the thousands: for 1,000,000 please write 1,000,000 or 1000000.",
                "Error: Please enter a whole number from 0 to 1,000,000.");
    }

    @Test
    void aNumberTypedInOtherDigitsInExponentFormOrWithTooManyDigitsIsToldWhatIsOtherAboutIt() throws Exception {
        // as typwerk take says it: "١٢" (Arabic-Indic), "1e3" (a spreadsheet's large number), 40 digits; each was "Please enter a number"
        String forty = "1234567890123456789012345678901234567890";
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (String lang : List.of("de", "en")) said.put(lang, refusedOnTheBudgetPage(lang, List.of("\u0661\u0662", "1e3", forty)));
        assertThat(said.get("de")).containsExactly(
                "Fehler: „\u0661\u0662“ ist mit anderen Ziffern als 0 bis 9 geschrieben. Bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.",
                "Fehler: „1e3“ ist mit Exponent geschrieben; ausgeschrieben heißt die Zahl 1.000. Bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.",
                "Fehler: „" + forty + "“ hat mehr Ziffern, als gelesen werden (höchstens 30 vor und 30 nach dem Komma)."
                        + " Bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.");
        assertThat(said.get("en")).containsExactly(
                "Error: “\u0661\u0662” is written in digits other than 0 to 9. Please enter a whole number from 0 to 1,000,000.",
                "Error: “1e3” is written with an exponent; written out, the number is 1,000. Please enter a whole number from 0 to 1,000,000.",
                "Error: “" + forty + "” has more digits than are read (at most 30 before and 30 after the decimal point)."
                        + " Please enter a whole number from 0 to 1,000,000.");
    }

    /**
     * {@return the error said at the field for each of {@code typed}, sent in turn on the budget question's page in {@code lang}, each
     * refused with 422 and shown again as typed}
     */
    private List<String> refusedOnTheBudgetPage(String lang, List<String> typed) throws Exception {
        List<String> errors = new ArrayList<>();
        for (String t : typed) {
            HttpResponse<String> sent = next(budgetPage(lang), "answer", t);
            assertThat(sent.statusCode()).as(t).isEqualTo(422);
            Document shown = Jsoup.parse(sent.body());
            assertThat(shown.selectFirst("input[name=answer]").attr("value")).isEqualTo(t);
            errors.add(shown.selectFirst(".error-message").text());
        }
        return errors;
    }

    @Test
    void aNumberTakenFromAFileWithZerosAfterItsPointIsShownSoThatGoingOnWithoutAChangeTakesItAgain() throws Exception {
        // a file the IT prepared (or a spreadsheet wrote) says 5.000 posts: five. Shown as 5.000 on the English page and 5,000 on
        // the German one, it read two ways there, and going on without a change was refused
        String file = "{\"questionnaire\": \"" + OEFIT + "\", \"version\": \"1.0.0\", \"answers\": {\"art\": \"stadt\", \"einwohner\": 12500,"
                + " \"it-personal\": 5.000}}";
        for (String lang : List.of("de", "en")) {
            Document first = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=" + lang).body());
            Document posts = Jsoup.parse(post(action(first), List.of(Map.entry("answers", file), Map.entry("at", "einwohner"),
                    Map.entry("answer", "12500"), Map.entry("go", "next"))).body());
            assertThat(posts.selectFirst("input[name=at]").attr("value")).isEqualTo("it-personal");
            assertThat(posts.selectFirst("input[name=answer]").attr("value")).as(lang).isEqualTo("5");
            // the browser sends the field as shown
            HttpResponse<String> again = post(action(posts), with(with(formOf(posts), "answer",
                    posts.selectFirst("input[name=answer]").attr("value")), "go", "next"));
            assertThat(again.statusCode()).as(lang).isEqualTo(200);
            assertThat(Jsoup.parse(again.body()).selectFirst("input[name=answers]").attr("value")).contains("\"it-personal\" : 5\n");
        }
        // zeros that read back alike stay as the file wrote them: 2.50 is 2,50 on the German page
        String fractions = file.replace("5.000", "2.50");
        Document first = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=de").body());
        Document posts = Jsoup.parse(post(action(first), List.of(Map.entry("answers", fractions), Map.entry("at", "einwohner"),
                Map.entry("answer", "12500"), Map.entry("go", "next"))).body());
        assertThat(posts.selectFirst("input[name=answer]").attr("value")).isEqualTo("2,50");
    }

    @Test
    void aFileThatIsNoAnswersFilePickedByMistakeIsToldByItsOwnName() throws Exception {
        // the report saved from the browser, picked instead of the answers beside it: told as the file the person chose
        Map<String, String> uploads = new LinkedHashMap<>();
        uploads.put("Ergebnis Musterkreis.html", "<!DOCTYPE html>\n<html lang=\"de\">\n<title>Ergebnis: Der Optimierer</title>\n");
        uploads.put("antworten.txt", "questionnaire: test-fragearten\nversion: 2.1.0\nanswers:\n  q-strategie: jein\n");
        for (Map.Entry<String, String> upload : uploads.entrySet()) {
            String said = refusedUpload("de", upload.getKey(), upload.getValue());
            assertThat(said).as(upload.getKey()).startsWith(upload.getKey() + ":").doesNotContain("answers.yaml");
        }
    }

    @Test
    void aWebPagePickedForTheAnswersIsToldItIsOneAndWhichFileToChooseNotAdvisedOnYamlIndentation() throws Exception {
        // the report, saved from the browser beside the answers; a blank line before its doctype
        String page = "\n<!DOCTYPE html>\n<html lang=\"de\">\n<title>Ergebnis: Der Optimierer</title>\n<p>Typ: Der Optimierer</p>\n";
        assertThat(refusedUpload("de", "ergebnis.html", page)).isEqualTo("ergebnis.html:2:1: Diese Datei ist eine Webseite (HTML), keine Antwortdatei."
                + " Bitte wählen Sie die Datei, die „Antworten herunterladen“ gespeichert hat (YAML oder JSON).");
        assertThat(refusedUpload("en", "result.htm", page)).isEqualTo("result.htm:2:1: This file is a web page (HTML), not an answers file."
                + " Please choose the file “Download answers” saved (YAML or JSON).");
    }

    @Test
    void anEmptyFilePickedForTheAnswersIsToldItIsEmptyNotAskedToChooseAFile() throws Exception {
        assertThat(refusedUpload("de", "antworten.yaml", "")).isEqualTo("antworten.yaml: Diese Datei ist leer."
                + " Bitte wählen Sie die Datei, die „Antworten herunterladen“ gespeichert hat (YAML oder JSON).");
        assertThat(refusedUpload("en", "answers.yaml", "")).isEqualTo("answers.yaml: This file is empty."
                + " Please choose the file “Download answers” saved (YAML or JSON).");
        // no file chosen: the browser sends an empty part without a name
        assertThat(refusedUpload("en", "", "")).isEqualTo("Please choose an answers file.");
    }

    @Test
    void anUploadFormCutShortWithoutItsFileOrWithTwoIsToldTheFormWasNotAsSentNotAskedToChooseAFile() throws Exception {
        String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yaml\"\r\n\r\nquestionnaire: x\r\n";
        Map<String, String> said = new LinkedHashMap<>();
        said.put(part, "The form with the file is incomplete: it does not end with its boundary “--b--” (multipart/form-data).");
        said.put(part + "--b", "The form with the file is incomplete: it does not end with its boundary “--b--” (multipart/form-data).");
        said.put("no delimiter at all", "The form with the file is incomplete: it does not end with its boundary “--b--” (multipart/form-data).");
        said.put("--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n", "The form with the file has no field “file”.");
        said.put("--b--\r\n", "The form with the file has no field “file”.");
        said.put(part + part + "--b--\r\n", "The field “file” is sent 2 times.");
        for (Map.Entry<String, String> s : said.entrySet()) {
            HttpResponse<String> sent = client.send(HttpRequest.newBuilder(base.resolve("/?lang=en"))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString(s.getKey())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(s.getKey()).isEqualTo(400);
            Document page = Jsoup.parse(sent.body());
            assertThat(page.select("h1").text()).as(s.getKey()).isEqualTo("Form not accepted");
            assertThat(page.select(".details li").text()).as(s.getKey()).isEqualTo(s.getValue());
        }
        // in German too, as the page's other words
        HttpResponse<String> german = client.send(HttpRequest.newBuilder(base.resolve("/?lang=de"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(part + part + "--b--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(german.body()).select(".details li").text()).isEqualTo("Das Feld „file“ kommt 2-mal vor.");
    }

    @Test
    void anErrorPageWhoseRequestCannotBeSentAgainOffersTheOtherLanguageByItsStartPage() throws Exception {
        List<HttpResponse<String>> refused = new ArrayList<>();
        // a file larger than an answers file can be, uploaded on the start page
        String boundary = "typwerk-test-boundary";
        String large = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gross.yaml\"\r\n\r\n"
                + "#".repeat(HttpApi.MAX_ANSWERS_BYTES + 100_000) + "\r\n--" + boundary + "--\r\n";
        refused.add(client.send(HttpRequest.newBuilder(base.resolve("/?lang=de")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(large)).build(), HttpResponse.BodyHandlers.ofString()));
        // an upload cut short, a form of another type, a question's form too large to read, a method no page takes
        refused.add(client.send(HttpRequest.newBuilder(base.resolve("/?lang=de")).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")).build(), HttpResponse.BodyHandlers.ofString()));
        refused.add(postRaw("/?lang=de", "x", "Content-Type", "text/plain"));
        Document first = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=de").body());
        refused.add(post(action(first), with(with(formOf(first), "answer", "x".repeat((1 << 20) + 10)), "go", "next")));
        refused.add(client.send(HttpRequest.newBuilder(base.resolve("/?lang=de")).DELETE().build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(refused).extracting(HttpResponse::statusCode).containsExactly(413, 400, 415, 413, 405);
        // the file too large is said as the file the person chose, not as a form, in the heading and title too
        Document tooLarge = Jsoup.parse(refused.get(0).body());
        assertThat(tooLarge.select(".lead").text()).isEqualTo("Die Datei ist größer, als eine Antwortdatei sein kann:"
                + " höchstens 4.194.304 Bytes (4 MiB). Bitte wählen Sie die Datei, die „Antworten herunterladen“ gespeichert hat.");
        assertThat(tooLarge.select("h1").text()).isEqualTo("Datei zu groß");
        assertThat(tooLarge.title()).startsWith("Fehler: Datei zu groß");
        // a question's form too large to read is a form
        assertThat(Jsoup.parse(refused.get(3).body()).select("h1").text()).isEqualTo("Formular zu groß");
        for (HttpResponse<String> sent : refused) {
            Document page = Jsoup.parse(sent.body());
            Element link = page.selectFirst("header a[hreflang=en]");
            assertThat(link).as(sent.statusCode() + " " + page.title()).isNotNull();
            assertThat(link.text()).isEqualTo("English");
            assertThat(link.attr("lang")).isEqualTo("en");
            // where the page's own link leads, in English: a file is chosen again there
            assertThat(link.attr("href")).isEqualTo("/?lang=en");
            assertThat(page.selectFirst("main a[href^='/?lang']").attr("href")).isEqualTo("/?lang=de");
        }
        HttpResponse<String> english = get("/?lang=en");
        assertThat(Jsoup.parse(english.body()).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    /** Uploads a file on the start page of a language and returns what the refusal's summary says of it. */
    private static String refusedUpload(String lang, String name, String content) throws IOException, InterruptedException {
        String boundary = "typwerk-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        String action = Jsoup.parse(get("/?lang=" + lang).body()).selectFirst("form[enctype]").attr("action");
        HttpResponse<String> sent = client.send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(name).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        // at the file field, as every refused upload
        assertThat(page.selectFirst("#resume-file").attr("aria-invalid")).isEqualTo("true");
        return page.selectFirst(".error-summary li").text();
    }

    @Test
    void aWrongNumberIsShownAgainAsTypedWithWhatIsWrongAtTheField() throws Exception {
        // the good plugin: strategy yes, implementation 3, services melde, ranking, then the budget (a whole number)
        Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=en").body());
        page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "ja"), "go", "next")).body());
        page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "3"), "go", "next")).body());
        page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "melde"), "go", "next")).body());
        assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("ranking");
        page = Jsoup.parse(post(action(page), with(with(with(formOf(page), "rank-1", "service"), "rank-2", "effizienz"), "go", "next")).body());
        assertThat(page.selectFirst("form.question").attr("data-kind")).isEqualTo("number");
        HttpResponse<String> wrong = post(action(page), with(with(formOf(page), "answer", "zwölf"), "go", "next"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        Document shown = Jsoup.parse(wrong.body());
        assertThat(shown.selectFirst("input[name=answer]").attr("value")).isEqualTo("zwölf");
        assertThat(shown.selectFirst(".error-message").text()).isEqualTo("Error: Please enter a whole number from 0 to 1,000,000.");
        HttpResponse<String> fraction = post(action(page), with(with(formOf(page), "answer", "12,5"), "go", "next"));
        assertThat(fraction.statusCode()).isEqualTo(422);
        HttpResponse<String> fine = post(action(page), with(with(formOf(page), "answer", "12000"), "go", "next"));
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(fine.body()).selectFirst("form.question").attr("data-kind")).isEqualTo("text");
    }

    @Test
    void everyRequiredQuestionIsKnownAsRequiredToAScreenReaderAndTheStartPageSaysWhichMayBeLeftOpen() throws Exception {
        for (String lang : List.of("de", "en")) {
            boolean de = lang.equals("de");
            Document start = Jsoup.parse(get("/?lang=" + lang).body());
            assertThat(start.select("main p").eachText()).contains(de
                    ? "Fragen mit dem Zusatz „(freiwillig)“ können Sie offen lassen; alle anderen brauchen eine Antwort."
                    : "You may leave questions marked “(optional)” open; all others need an answer.");
            Map<String, Integer> seen = new LinkedHashMap<>();
            Document page = Jsoup.parse(get("/self-test/" + OEFIT + "?lang=" + lang).body());
            for (int step = 0; page.selectFirst("form.question") != null; step++) {
                assertThat(step).isLessThan(60);
                Element form = page.selectFirst("form.question");
                String kind = form.attr("data-kind");
                String id = form.attr("data-question");
                boolean optional = page.select("h1 .optional").size() == 1;
                seen.merge(kind + (optional ? " optional" : " required"), 1, Integer::sum);
                // the form stays novalidate: the server says what is missing in its summary, no browser bubble
                assertThat(form.hasAttr("novalidate")).as(id).isTrue();
                List<String> fields = new ArrayList<>();
                switch (kind) {
                    case "single", "scale" -> {
                        // the group of radio buttons of a required question says so (ARIA has no required of a radio button, and
                        // a native one was called invalid as the page opened); an optional one's does not
                        Element group = page.selectFirst("fieldset.field");
                        assertThat(group.attr("role")).as(id).isEqualTo("radiogroup");
                        assertThat(group.attr("aria-required")).as(id).isEqualTo(optional ? "" : "true");
                        assertThat(page.select("[required]")).as(id).isEmpty();
                        fields = List.of("answer", page.selectFirst("input[type=radio][name=answer]").val());
                    }
                    case "multi" -> {
                        // no checkbox is required (that would ask for each one); the hint the group is described by names the least
                        assertThat(page.select("input[type=checkbox]")).as(id).isNotEmpty().noneMatch(box -> box.hasAttr("required"));
                        Element hint = page.selectFirst("p.hint");
                        assertThat(page.selectFirst("fieldset").attr("aria-describedby").split(" ")).as(id).contains(hint.id());
                        if (!optional) {
                            assertThat(hint.text()).as(id).matches(de ? "Wählen Sie (alle zutreffenden Antworten, mindestens eine|1 bis \\d+ Antworten)\\."
                                    : "Choose (all that apply, at least one|1 to \\d+ answers)\\.");
                        }
                        fields = List.of("answer", page.selectFirst("input[type=checkbox]").val());
                    }
                    case "ranking" -> {
                        // each place of a required ranking is a required group of radio buttons
                        List<Element> places = page.select("fieldset.rank");
                        assertThat(places).as(id).isNotEmpty().allSatisfy(place -> {
                            assertThat(place.attr("role")).isEqualTo("radiogroup");
                            assertThat(place.attr("aria-required")).isEqualTo(optional ? "" : "true");
                        });
                        assertThat(page.select("[required]")).as(id).isEmpty();
                        for (int place = 1; place <= places.size(); place++) {
                            fields = new ArrayList<>(fields);
                            fields.addAll(List.of("rank-" + place, page.select("input[name=rank-" + place + "]").get(place).val()));
                        }
                    }
                    case "number" -> {
                        assertThat(page.selectFirst("input[name=answer]").attr("aria-required")).as(id).isEqualTo(optional ? "" : "true");
                        assertThat(page.select("[required]")).as(id).isEmpty();
                        fields = List.of("answer", "1000");
                    }
                    default -> {
                        assertThat(page.selectFirst("textarea[name=answer]").attr("aria-required")).as(id).isEqualTo(optional ? "" : "true");
                        assertThat(page.select("[required]")).as(id).isEmpty();
                        fields = List.of("answer", "x");
                    }
                }
                HttpResponse<String> sent = next(page, fields.toArray(String[]::new));
                assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
                page = Jsoup.parse(sent.body());
            }
            assertThat(seen).containsKeys("single required", "scale optional", "multi required", "ranking required",
                    "number required", "number optional", "text optional");
        }
        // an optional multiple choice question asks for none at least: its hint is as before
        Document multi = Jsoup.parse(next(Jsoup.parse(next(Jsoup.parse(get("/self-test/test-fragearten?lang=de").body()),
                "answer", "ja").body()), "answer", "4").body());
        assertThat(multi.selectFirst("h1 .optional")).isNotNull();
        assertThat(multi.select("[required], [aria-required]")).isEmpty();
        // it takes one or two: up to two, where "Wählen Sie 1 bis 2 Antworten." below "(freiwillig)" read as one at least
        assertThat(multi.selectFirst("p.hint").text()).isEqualTo("Wählen Sie bis zu 2 Antworten.");
        Document english = Jsoup.parse(next(Jsoup.parse(next(Jsoup.parse(get("/self-test/test-fragearten?lang=en").body()),
                "answer", "ja").body()), "answer", "4").body());
        assertThat(english.selectFirst("p.hint").text()).isEqualTo("Choose up to 2 answers.");
    }

    @Test
    void afterTheLastQuestionTheReportOffersTheResultAndTheAnswersForDownload() throws Exception {
        Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=en").body());
        page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "nein"), "go", "next")).body());
        page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "bau"), "go", "next")).body());
        page = Jsoup.parse(post(action(page), with(with(with(formOf(page), "rank-1", "beteiligung"), "rank-2", "service"), "go", "next")).body());
        HttpResponse<String> report = post(action(page), with(formOf(page), "go", "next"));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        // no proxy keeps a copy of a page with answers on it, the browser only for its back and forward buttons
        assertThat(report.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        Document shown = Jsoup.parse(report.body());
        assertThat(shown.selectFirst("[data-outcome]").attr("data-outcome")).isNotEmpty();
        assertThat(shown.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/assets/selftest.css", "/assets/report.css");
        assertThat(get("/assets/report.css").body()).isEqualTo(de.typwerk.presentation.html.HtmlReport.stylesheet());
        assertThat(shown.select("h1")).hasSize(1);
        assertThat(shown.select("svg")).isNotEmpty();
        assertThat(shown.selectFirst("form.downloads").text()).doesNotContain("typwerk ").doesNotContain("--format");
        assertThat(report.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(60 * 1024);
        HttpResponse<String> result = post(action(shown), with(formOf(shown), "go", "result"));
        assertThat(result.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"typwerk-test-fragearten-result.json\"");
        HttpResponse<String> answers = post(action(shown), with(formOf(shown), "go", "download"));
        assertThat(List.of(result, answers)).allSatisfy(download -> assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store"));
        String yaml = answers.body();
        assertThat(yaml).contains("q-strategie: nein").contains("q-ziele: [beteiligung, service]");
        ScoreRun run = engine.score("answers.yaml", yaml.getBytes(StandardCharsets.UTF_8), java.util.Optional.empty());
        assertThat(run).isInstanceOf(ScoreRun.Done.class);
        assertThat(result.body()).isEqualTo(engine.resultJson().write(((ScoreRun.Done) run).result()) + "\n");
        // the report part is the very fragment typwerk report --format html writes
        de.typwerk.engine.result.Result scored = ((ScoreRun.Done) run).result();
        String fragment = new de.typwerk.presentation.html.HtmlReport().fragment(scored,
                engine.questionnaire("test-fragearten").map(l -> l.questionnaire()), engine.strategies().find(scored.strategy().id()), Locale.ENGLISH);
        assertThat(shown.selectFirst(".report-part").html()).isEqualTo(Jsoup.parseBodyFragment(fragment).body().html());
    }

    @Test
    void aReportOnTooFewAnswersOpensEachQuestionItSuggestsAndComesBackToTheResultWithTheAnswer() throws Exception {
        // the new head of a Hauptamt: goals and a few facts, "weiß nicht" on most questions
        // as a form carries them: JSON
        String carried = carried("viel-weiss-nicht");
        Document start = Jsoup.parse(get("/self-test/" + OEFIT).body());
        Document report = Jsoup.parse(post(action(start), List.of(Map.entry("answers", carried), Map.entry("at", ""), Map.entry("go", "next"))).body());
        assertThat(report.selectFirst("[data-outcome]").attr("data-outcome")).isEqualTo("insufficient");
        List<String> asks = report.select(".answer-now button[name=go]").eachAttr("value");
        // one button per open question the report lists under "Was für einen Typ noch fehlt", in its order
        assertThat(asks).hasSize(8).allMatch(a -> a.startsWith("ask:"));
        assertThat(report.select(".answer-now button[name=go]").eachText()).isEqualTo(report.select(".tw-missing li").eachText());
        assertThat(report.selectFirst("#answer-now-heading").text()).isEqualTo("Jetzt beantworten");

        String id = asks.get(0).substring("ask:".length());
        Document question = Jsoup.parse(post(action(report), with(formOf(report), "go", asks.get(0))).body());
        assertThat(question.selectFirst("input[name=at]").attr("value")).isEqualTo(id);
        assertThat(question.select("button.primary")).singleElement()
                .satisfies(b -> assertThat(b.attr("value")).isEqualTo("report"))
                .satisfies(b -> assertThat(b.text()).isEqualTo("Übernehmen und zurück zum Ergebnis"));
        String option = question.select("input[name=answer]").eachAttr("value").stream()
                .filter(v -> !v.equals("weiss-nicht") && !v.equals("keine")).findFirst().orElseThrow();

        Document after = Jsoup.parse(post(action(question), with(with(formOf(question), "answer", option), "go", "report")).body());
        // back at the result, which now rests on the answer: one answer fewer missing, the question no longer suggested
        assertThat(after.selectFirst("[data-outcome]")).isNotNull();
        assertThat(after.select(".answer-now button[name=go]").eachAttr("value")).doesNotContain(asks.get(0)).hasSizeLessThan(8);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(after.selectFirst("input[name=answers]").attr("value"))
                .path("answers").path(id).toString()).contains("\"" + option + "\"");
        // a question the answers do not ask cannot be opened that way
        assertThat(post(action(report), with(formOf(report), "go", "ask:no-such-question")).statusCode()).isEqualTo(400);
    }

    @Test
    void aConditionThatNoLongerHoldsLeavesItsQuestionOut() throws Exception {
        // "no strategy": the implementation scale (asked only for yes or partly) is not asked
        Document page = Jsoup.parse(get("/self-test/test-fragearten").body());
        page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "nein"), "go", "next")).body());
        assertThat(page.selectFirst("input[name=at]").attr("value")).isEqualTo("q-dienste");
        assertThat(page.selectFirst("#progress-text").text()).startsWith("Frage 2 von 4");
    }

    @Test
    void aBrowserThatDrawsNoProgressBarShowsWhatItsPercentageIsInThePagesLanguage() throws Exception {
        for (String lang : List.of("de", "en")) {
            Document page = Jsoup.parse(get("/self-test/test-fragearten?lang=" + lang).body());
            page = Jsoup.parse(post(action(page), with(with(formOf(page), "answer", "nein"), "go", "next")).body());
            org.jsoup.nodes.Element bar = page.selectFirst("progress");
            assertThat(bar.attr("value")).isEqualTo("25");
            // a text browser (or one that knows no <progress>) shows the element's content in place of the bar, under "Frage 2 von 4"
            assertThat(bar.wholeText()).isEqualTo(lang.equals("de") ? "25\u00a0% beantwortet" : "25% answered");
        }
    }

    @Test
    void aChangedFormGetsAPageSayingSoNeverA500() throws Exception {
        Document first = Jsoup.parse(get("/self-test/" + OEFIT).body());
        List<Map.Entry<String, String>> form = formOf(first);
        String carried = first.selectFirst("input[name=answers]").attr("value");
        Map<String, List<Map.Entry<String, String>>> tampered = new LinkedHashMap<>();
        // what is wrong is said in the page's language, as everything else on it
        Map<String, String> said = new LinkedHashMap<>();
        said.put("an unknown field", "Das Formular enthält ein Feld „evil“, das diese Seite nicht schickt.");
        said.put("no carried answers", "Das Feld „answers“ mit den bisherigen Antworten fehlt.");
        said.put("carried answers of another questionnaire", "Die Antworten gehören zu ozg-reifegrad@");
        said.put("a question that is not asked", "Die Frage „no-such-question“ wird mit diesen Antworten nicht gestellt.");
        said.put("an unknown action", "go=explode gibt es nicht; möglich: next, back, download, report.");
        said.put("a field sent twice", "Das Feld „at“ kommt 2-mal vor.");
        said.put("places of a ranking on another question", "Plätze einer Rangfolge für die Frage „");
        tampered.put("an unknown field", with(with(form, "evil", "1"), "go", "next"));
        tampered.put("no carried answers", List.of(Map.entry("at", first.selectFirst("input[name=at]").attr("value")), Map.entry("go", "next")));
        tampered.put("carried answers that are no JSON", replace(form, "answers", "{{{"));
        tampered.put("carried answers to an unknown question", replace(form, "answers",
                "{\"questionnaire\": \"" + OEFIT + "\", \"version\": \"1.0.0\", \"answers\": {\"nope\": \"x\"}}"));
        tampered.put("carried answers of another questionnaire", replace(form, "answers",
                carried.replace(OEFIT, "ozg-reifegrad")));
        tampered.put("a question that is not asked", replace(with(form, "go", "next"), "at", "no-such-question"));
        tampered.put("an unknown action", with(form, "go", "explode"));
        tampered.put("a field sent twice", with(with(form, "at", "x"), "go", "next"));
        tampered.put("places of a ranking on another question", with(with(form, "rank-1", "x"), "go", "next"));
        for (Map.Entry<String, List<Map.Entry<String, String>>> t : tampered.entrySet()) {
            HttpResponse<String> answer = post(action(first), t.getValue());
            assertThat(answer.statusCode()).as(t.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Cache-Control")).as(t.getKey()).hasValue("private, no-cache");
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).as(t.getKey()).isEqualTo("Formular nicht angenommen");
            assertThat(Jsoup.parse(answer.body()).select("a[href^=/]").eachAttr("href")).as(t.getKey()).contains("/?lang=de");
            if (said.containsKey(t.getKey())) {
                assertThat(Jsoup.parse(answer.body()).select(".details li").text()).as(t.getKey()).contains(said.get(t.getKey()));
            }
            // answers that read are kept: the page offers to go on with them, and to download them
            Element kept = Jsoup.parse(answer.body()).selectFirst("form.kept");
            assertThat(kept != null).as(t.getKey()).isEqualTo(!t.getKey().startsWith("carried answers") && !t.getKey().equals("no carried answers"));
            if (kept != null) {
                assertThat(kept.selectFirst("input[name=answers]").attr("value")).as(t.getKey()).isEqualTo(carried);
                assertThat(kept.select("button[name=go]").eachAttr("value")).containsExactly("resume", "download");
            }
        }
        // a person some questions in whose form was changed goes on where they were, with what they had entered
        Document art = Jsoup.parse(post(action(first), with(with(form, "answer", "stadt"), "go", "next")).body());
        Document einwohner = Jsoup.parse(post(action(art), with(with(formOf(art), "answer", "12.500"), "go", "next")).body());
        assertThat(einwohner.selectFirst("input[name=at]").attr("value")).isEqualTo("it-personal");
        Document refused = Jsoup.parse(post(action(einwohner), with(with(formOf(einwohner), "answer", "3"), "evil", "1")).body());
        assertThat(refused.selectFirst("h1").text()).isEqualTo("Formular nicht angenommen");
        Element kept = refused.selectFirst("form.kept");
        // the page keeps the answers: the site's name, which leads to the start page, says that they are lost there
        Element site = refused.selectFirst(".site-name a");
        assertThat(site.attr("aria-describedby")).isNotEmpty();
        assertThat(refused.getElementById(site.attr("aria-describedby")).text()).isEqualTo("Neu beginnen – Ihre bisherigen Antworten gehen verloren");
        // and so does the page's own link to the start page below the kept form
        Element home = refused.selectFirst("main a[href^=/?lang]");
        assertThat(home.text()).isEqualTo("Zur Startseite");
        assertThat(home.attr("aria-describedby")).isEqualTo(site.attr("aria-describedby"));
        List<Map.Entry<String, String>> resume = hidden(kept);
        HttpResponse<String> resumed = post(kept.attr("action"), with(resume, "go", "resume"));
        assertThat(resumed.statusCode()).isEqualTo(200);
        Document back = Jsoup.parse(resumed.body());
        assertThat(back.selectFirst("input[name=at]").attr("value")).isEqualTo("it-personal");
        assertThat(back.selectFirst("input[name=answers]").attr("value")).contains("\"art\" : \"stadt\"").contains("\"einwohner\" : 12500");
        HttpResponse<String> download = post(kept.attr("action"), with(resume, "go", "download"));
        assertThat(download.body()).contains("art: stadt").contains("einwohner: 12500");
        // an unknown option is the answer's fault, shown at the field in the page's words
        HttpResponse<String> unknown = post(action(first), with(with(form, "answer", "no-such-option"), "go", "next"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(unknown.body()).selectFirst(".error-message").text())
                .isEqualTo("Fehler: Diese Antwort steht bei dieser Frage nicht zur Wahl; bitte wählen Sie eine der angebotenen.");
        HttpResponse<String> undecodable = postRaw(action(first), "%zz=1");
        assertThat(undecodable.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(undecodable.body()).select(".details li").text()).isEqualTo("Nicht lesbar (Prozent-Kodierung): %zz=1");
        // escapes that are not UTF-8 too, where they were read as U+FFFD
        HttpResponse<String> notUtf8 = postRaw(action(first), "answer=%ff");
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(notUtf8.body()).select(".details li").text()).isEqualTo("Nicht lesbar (Prozent-Kodierung): answer=%ff");
        assertThat(get("/self-test/no-such-questionnaire").statusCode()).isEqualTo(404);
        assertThat(get("/self-test/" + OEFIT + "/deeper").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormLargerThanTheLimitGets413AndAJsonClientGetsAProblemDocument() throws Exception {
        Document first = Jsoup.parse(get("/self-test/" + OEFIT).body());
        String huge = "x".repeat((1 << 20) + 10);
        HttpResponse<String> tooLarge = post(action(first), with(with(formOf(first), "answer", huge), "go", "next"));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        StringBuilder many = new StringBuilder("answers=x");
        for (int i = 0; i < 1_000 + 1; i++) many.append("&a=").append(i);
        HttpResponse<String> tooMany = postRaw(action(first), many.toString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        // a form of many fields is not a large one: the page says which limit it passed
        assertThat(Jsoup.parse(tooMany.body()).select(".lead").text()).isEqualTo("Das Formular hat mehr als 1.000 Felder.");
        HttpResponse<String> json = post(action(first), with(formOf(first), "evil", "1"), "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        assertThat(json.body()).contains("\"status\" : 400").contains("evil");
    }

    @Test
    void hostileTextsOfAPluginShowAsTextAndNeverAsMarkup() throws Exception {
        Document start = Jsoup.parse(get("/").body());
        assertThat(start.select("script, img")).isEmpty();
        assertThat(start.text()).contains("<script>document.title='pwned'</script>Feindlicher Fragebogen")
                .contains("</p><script>alert(3)</script>");
        HttpResponse<String> first = get("/self-test/test-hostile");
        Document page = Jsoup.parse(first.body());
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.select("[onerror], [onfocus]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).startsWith("\"><img src=x onerror=");
        assertThat(page.select("label").eachText()).contains("Ja' onfocus='document.title=1");
        assertThat(page.selectFirst(".help").text()).isEqualTo("<script>alert(1)</script>Beschlossen vom Rat.");
    }

    private static List<Map.Entry<String, String>> replace(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (Map.Entry<String, String> f : fields) all.add(f.getKey().equals(name) ? Map.entry(name, value) : f);
        return all;
    }

    /** A persona's answers file as a form of the self-test carries answers: JSON. */
    private static String carried(String persona) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(Repository.persona(persona).toFile()));
    }
}
