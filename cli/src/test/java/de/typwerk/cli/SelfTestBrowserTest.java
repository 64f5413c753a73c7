package de.typwerk.cli;

import de.typwerk.server.TypwerkServer;
import de.typwerk.server.HttpApi;
import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.typwerk.api.model.Answer;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.result.Outcome;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web self-test in a real browser (Debian's Chromium, headless, through its chromedriver),
 * against the real server: accessibility by axe-core on every kind of page in both languages, the
 * ÖFIT questionnaire answered with the keyboard alone (with JavaScript and without) to the report
 * {@code typwerk score} gives for the same answers, download and upload to resume, and a plugin's
 * hostile texts. One browser for the class; a second, with JavaScript off, for the walk without.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SelfTestBrowserTest {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final String OEFIT = "oefit-digitalisierungstypen";

    private static Typwerk engine;
    private static TypwerkServer server;
    private static String base;
    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start(@TempDir Path temp) throws IOException {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJar.of(Fixtures.path("plugin-hostile"), plugins.resolve("hostile.jar"));
        PluginJar.of(Fixtures.path("plugin-kinds"), plugins.resolve("kinds.jar"));
        engine = Typwerk.builder().pluginsFrom(plugins).locale(Locale.GERMAN).build();
        Map<Language, Typwerk> engines = Map.of(Language.DE, engine, Language.EN, engine.speaking(Locale.ENGLISH));
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, new HttpApi(engines, Language.DE, 1));
        base = server.uri().toString().replaceAll("/$", "");
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = Browser.start(true, downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (engine != null) engine.close();
    }

    @Test
    void aChartsDescriptionReadsAsOneSentenceWhereTheTypeNamesInTheQuestionnairesLanguageStandAmongThePagesWords(@TempDir Path temp) throws IOException {
        // an English report of a German-only questionnaire: the names in its chart's description are marked German
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJar.of(Fixtures.path("plugin-german-only"), plugins.resolve("german-only.jar"));
        try (Typwerk german = Typwerk.builder().pluginsFrom(plugins).locale(Locale.GERMAN).build();
             TypwerkServer own = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, german, Language.EN, german.speaking(Locale.ENGLISH)), Language.DE, 1))) {
            browser.get(own.uri().resolve("/self-test/test-nur-deutsch?lang=en").toString());
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            submit(browser);
            List<WebElement> charts = browser.findElements(By.cssSelector(".tw-chart[aria-describedby]"));
            assertThat(charts).isNotEmpty();
            for (WebElement chart : charts) {
                // what Chrome hands a screen reader, as its accessibility tree has it
                String described = description(chart.getAttribute("aria-describedby"));
                assertThat(described).as("chart %s", chart.getAttribute("aria-describedby")).isNotBlank()
                        .doesNotContain(" :").doesNotContain(" ,").doesNotContain(" .").doesNotContain("  ");
            }
            assertThat(description(charts.get(0).getAttribute("aria-describedby"))).containsPattern("Das (ruhige|flinke) Amt: ");
            // the description is read once, as the chart's: not again as text of the page beside it
            for (WebElement chart : charts) assertThat(axNode("#" + chart.getAttribute("aria-describedby")).get("ignored")).isEqualTo(true);
        }
    }

    /** The accessible description Chrome computes for the chart described by the element of this id. */
    @SuppressWarnings("unchecked")
    private static String description(String descId) {
        Map<String, Object> description = (Map<String, Object>) axNode("[aria-describedby='" + descId + "']").get("description");
        return description == null ? "" : String.valueOf(description.get("value"));
    }

    /** The node of Chrome's accessibility tree for the first element the selector finds. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> axNode(String selector) {
        Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Map<String, Object> found = browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector));
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", found.get("nodeId"), "fetchRelatives", false));
        return ((List<Map<String, Object>>) tree.get("nodes")).get(0);
    }

    @Test
    void everyKindOfPageHasNoWcag22AaViolationsInEitherLanguage() {
        for (String lang : List.of("de", "en")) {
            List<String> seen = new ArrayList<>();
            browser.get(base + "/?lang=" + lang);
            checkAccessibility("start " + lang, seen);
            // the test plugin has every kind of question: single, scale, multi, ranking, number, text
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            checkAccessibility("single " + lang, seen);
            submit(browser);
            assertThat(browser.findElements(By.cssSelector(".error-summary"))).isNotEmpty();
            checkAccessibility("error " + lang, seen);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            checkAccessibility("scale " + lang, seen);
            browser.findElement(By.cssSelector("input[value='3']")).click();
            submit(browser);
            checkAccessibility("multi " + lang, seen);
            browser.findElement(By.cssSelector("input[value=melde]")).click();
            submit(browser);
            checkAccessibility("ranking " + lang, seen);
            rank(browser, 1, "service");
            submit(browser);
            checkAccessibility("ranking error " + lang, seen);
            rank(browser, 2, "effizienz");
            submit(browser);
            checkAccessibility("number " + lang, seen);
            browser.findElement(By.name("answer")).sendKeys("zwölf");
            submit(browser);
            checkAccessibility("number error " + lang, seen);
            browser.findElement(By.name("answer")).clear();
            browser.findElement(By.name("answer")).sendKeys("12000");
            submit(browser);
            checkAccessibility("text " + lang, seen);
            submit(browser);
            assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).isNotEmpty();
            checkAccessibility("report " + lang, seen);
            browser.get(base + "/self-test/no-such-questionnaire?lang=" + lang);
            checkAccessibility("not found " + lang, seen);
            assertThat(seen).hasSize(12);
        }
    }

    @Test
    void anAddressMistypedInTheBrowserGetsTheErrorPageInItsLanguageNotJson() {
        List<String> seen = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/selbsttest?lang=" + lang);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(lang.equals("de") ? "Seite nicht gefunden" : "Page not found");
            assertThat(browser.getTitle()).isEqualTo(lang.equals("de") ? "Fehler: Seite nicht gefunden – Typwerk-Selbsttest" : "Error: Page not found – Typwerk self-test");
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("\"status\"").doesNotContain("/v1/");
            checkAccessibility("unknown address " + lang, seen);
        }
        assertThat(seen).hasSize(2);
    }

    @Test
    void aFormChangedOnTheWayGetsAPageThatKeepsTheAnswersAndGoesOnWithThemByKeyboard() {
        List<String> seen = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            browser.findElement(By.cssSelector("input[value=nein]")).click();
            submit(browser);
            // something between the browser and the server (an extension, a proxy) adds a field to the form
            browser.executeScript("const i = document.createElement('input'); i.type = 'hidden'; i.name = 'evil'; i.value = '1';"
                    + " document.querySelector('form.question').appendChild(i);");
            browser.findElement(By.cssSelector("input[value=bau]")).click();
            submit(browser);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(lang.equals("de") ? "Formular nicht angenommen" : "Form not accepted");
            checkAccessibility("changed form " + lang, seen);
            // the header's switch shows the same page in the other language, the form sent again there as it was
            String other = lang.equals("de") ? "en" : "de";
            WebElement refused = browser.findElement(By.tagName("html"));
            tabTo(browser, e -> e.getTagName().equals("button") && other.equals(e.getAttribute("lang")));
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(refused));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(other);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(other.equals("de") ? "Formular nicht angenommen" : "Form not accepted");
            checkAccessibility("changed form in the other language " + lang, seen);
            WebElement html = browser.findElement(By.tagName("html"));
            tabTo(browser, e -> "resume".equals(e.getAttribute("value")));
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
            assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-dienste");
            assertThat(browser.findElement(By.name("answers")).getAttribute("value")).contains("\"q-strategie\" : \"nein\"");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(other);
        }
        assertThat(seen).hasSize(4);
    }

    @Test
    void aServerTooBusyToTakeAPageGivesAPageInItsLanguageThatSendsWhatWasEnteredAgainByKeyboard() throws Exception {
        HttpApi api = new HttpApi(Map.of(Language.DE, engine, Language.EN, engine.speaking(Locale.ENGLISH)), Language.DE, 1);
        TypwerkServer busy = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api,
                new TypwerkServer.Limits(512, 1, Duration.ofSeconds(120), Duration.ofSeconds(30)));
        String at = busy.uri().toString().replaceAll("/$", "");
        List<String> seen = new ArrayList<>();
        try {
            for (String lang : List.of("de", "en")) {
                browser.get(at + "/self-test/test-fragearten?lang=" + lang);
                browser.findElement(By.cssSelector("input[value=ja]")).click();
                submit(browser);
                browser.findElement(By.cssSelector("input[value='3']")).click();
                // another client holds the one request the server takes (its body never comes) while this page is sent
                try (java.net.Socket other = new java.net.Socket("127.0.0.1", busy.uri().getPort())) {
                    other.getOutputStream().write(("POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    other.getOutputStream().flush();
                    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> api.active() == 1);
                    submit(browser);
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                    assertThat(browser.findElement(By.tagName("h1")).getText())
                            .isEqualTo(lang.equals("de") ? "Gerade nicht erreichbar" : "Not available right now");
                    assertThat(browser.getTitle()).startsWith(lang.equals("de") ? "Fehler: " : "Error: ");
                    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("\"status\"");
                    checkAccessibility("busy " + lang, seen);
                }
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> api.active() == 0);
                // a moment later the person sends it again, by keyboard, and goes on with the answer they had picked
                WebElement html = browser.findElement(By.tagName("html"));
                tabTo(browser, e -> "next".equals(e.getAttribute("value")) && "go".equals(e.getAttribute("name")));
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
                assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-dienste");
                assertThat(browser.findElement(By.name("answers")).getAttribute("value")).contains("\"q-umsetzung\" : 3");
            }
        } finally {
            busy.close();
        }
        assertThat(seen).hasSize(2);
    }

    @Test
    void theReportFileTypwerkReportWritesHasNoWcag22AaViolationsInEitherLanguage(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        List<String> seen = new ArrayList<>();
        List<String> mottos = new ArrayList<>();
        // a clear type and a mixed one: the two forms of the outcome's box
        for (String persona : List.of("optimierer", "mixed-optimierer-serviceorientiert")) {
            for (String lang : List.of("de", "en")) {
                Path page = temp.resolve(persona + "-" + lang + ".html");
                Cli.Result r = cli.run("report", Repository.persona(persona).toString(), "--format", "html", "--lang", lang,
                        "--out", page.toString());
                assertThat(r.exitCode()).as(r.toString()).isZero();
                browser.get(page.toUri().toString());
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                checkAccessibility("report file " + persona + " " + lang, seen);
                mottos.addAll(browser.findElements(By.cssSelector(".tw-motto")).stream().map(WebElement::getText).toList());
            }
        }
        assertThat(seen).hasSize(4);
        // of a mixed outcome, two mottos under the headline: which type's is which, their order alone did not say
        assertThat(mottos).containsExactly(
                "Motto: „Eine effiziente und wirksame Verwaltung ist das A und O!“",
                "Motto: “An efficient and effective administration is what counts!”",
                "Motto von „Der Optimierer“: „Eine effiziente und wirksame Verwaltung ist das A und O!“",
                "Motto von „Der Serviceorientierte“: „Wir l(i)eben und gestalten Service!“",
                "Motto of “The Optimiser”: “An efficient and effective administration is what counts!”",
                "Motto of “The Service-Minded”: “We live, love and shape service!”");
    }

    @Test
    void aScreenReadersListOfLandmarksNamesEveryPartOfTheReportItsWhyAndWhomToLearnFromToo(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
        Map<String, List<String>> regions = new java.util.LinkedHashMap<>();
        // one type, and a mixed outcome (two profiles, two lists of reasons, two of recommendations); the file and the self-test's page
        for (String persona : List.of("optimierer", "mixed-optimierer-serviceorientiert")) {
            for (String lang : List.of("de", "en")) {
                Path page = temp.resolve(persona + "-" + lang + ".html");
                Cli.Result r = cli.run("report", Repository.persona(persona).toString(), "--format", "html", "--lang", lang,
                        "--out", page.toString());
                assertThat(r.exitCode()).as(r.toString()).isZero();
                browser.get(page.toUri().toString());
                parts.put(page.getFileName().toString(), reportParts());
                regions.put(page.getFileName().toString(), landmarkRegions());
            }
        }
        for (String lang : List.of("de", "en")) {
            toTheResult(lang);
            parts.put("result page " + lang, reportParts());
            regions.put("result page " + lang, landmarkRegions());
        }
        assertThat(parts.get("mixed-optimierer-serviceorientiert-de.html")).contains(
                "Warum „Der Optimierer“? Die Antworten, die am meisten gewogen haben",
                "Warum „Der Serviceorientierte“? Die Antworten, die am meisten gewogen haben",
                "Empfehlungen für den Typ „Der Optimierer“", "Empfehlungen für den Typ „Der Serviceorientierte“");
        // every part of the report under its heading is a region named by it, as the outcome, the types, the dimensions and the
        // coverage were, where the profile, the reasons (why) and the recommendations (whom to learn from) were missing from the list
        parts.forEach((page, headings) -> assertThat(regions.get(page)).as(page).containsAll(headings));
    }

    @Test
    void underTheOutcomeTheReportLinksEachOfItsPartsSoWhyAndWhomToLearnFromAreAKeyAway(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        List<String> seen = new ArrayList<>();
        // one type, a mixed outcome, and too few answers for a type (what they already tell and what is missing instead)
        for (String persona : List.of("optimierer", "mixed-optimierer-serviceorientiert", "viel-weiss-nicht")) {
            for (String lang : List.of("de", "en")) {
                Path page = temp.resolve(persona + "-" + lang + ".html");
                Cli.Result r = cli.run("report", Repository.persona(persona).toString(), "--format", "html", "--lang", lang,
                        "--out", page.toString());
                assertThat(r.exitCode()).as(r.toString()).isZero();
                browser.get(page.toUri().toString());
                seen.add(page.getFileName() + ": " + theContentsLeadToEachPart(page.getFileName().toString()));
            }
        }
        for (String lang : List.of("de", "en")) {
            toTheResult(lang);
            seen.add("result page " + lang + ": " + theContentsLeadToEachPart("result page " + lang));
        }
        assertThat(seen).contains(
                "optimierer-de.html: Typen | Profil: Der Optimierer | Warum „Der Optimierer“? Die Antworten, die am meisten gewogen haben"
                        + " | Dimensionen | Abdeckung | Empfehlungen für den Typ „Der Optimierer“",
                "optimierer-en.html: Types | Profile: The Optimiser | Why “The Optimiser”? The answers that weighed most"
                        + " | Dimensions | Coverage | Recommendations for the type “The Optimiser”",
                "viel-weiss-nicht-de.html: Was sich schon sagen lässt | Was für einen Typ noch fehlt | Typen | Dimensionen | Abdeckung");
        // on a desktop the list is on the first screen; the keyboard follows its link to why there
        browser.get(temp.resolve("optimierer-de.html").toUri().toString());
        WebElement why = browser.findElement(By.cssSelector(".tw-contents a[href='#tw-reasons-heading-1']"));
        assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().bottom <= innerHeight;", why))
                .as("the link to why on the first screen").isEqualTo(true);
        tabTo(browser, e -> String.valueOf(e.getAttribute("href")).endsWith("#tw-reasons-heading-1"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        String top = "return String(Math.round(document.getElementById('tw-reasons-heading-1').getBoundingClientRect().top));";
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#tw-reasons-heading-1"));
        assertThat(Integer.parseInt((String) ((JavascriptExecutor) browser).executeScript(top))).as("why's heading at the top of the window")
                .isBetween(0, 100);
        // on paper a link leads nowhere: the list is not printed
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.findElement(By.cssSelector(".tw-contents")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * Checks that the list under the outcome links every part below it (its sections after the outcome), in their order, each
     * by its heading's words, and nothing else. Returns the links' words, joined with " | ".
     */
    @SuppressWarnings("unchecked")
    private static String theContentsLeadToEachPart(String page) {
        List<String> links = (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('.tw-outcome + nav.tw-contents a')].map(a => a.getAttribute('href') + ' '
                    + a.textContent.replace(/\\s+/g, ' ').trim());""");
        List<String> parts = (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('.tw-report section:not(.tw-outcome) > h2')].map(h => '#' + h.id + ' '
                    + h.textContent.replace(/\\s+/g, ' ').trim());""");
        assertThat(parts).as(page).isNotEmpty();
        assertThat(links).as(page).isEqualTo(parts);
        return String.join(" | ", links.stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList());
    }

    /** The headings of the report's parts (its sections), as a screen reader reads them. */
    @SuppressWarnings("unchecked")
    private static List<String> reportParts() {
        return ((List<String>) browser.executeScript(
                "return [...document.querySelectorAll('.tw-report section > h2')].map(h => h.textContent.replace(/\\s+/g, ' ').trim());"));
    }

    /** The names of the landmark regions Chrome hands a screen reader (its list of landmarks, as NVDA's D or a rotor walks it). */
    @SuppressWarnings("unchecked")
    private static List<String> landmarkRegions() {
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> names = new ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            Map<String, Object> role = (Map<String, Object>) node.get("role");
            if (Boolean.TRUE.equals(node.get("ignored")) || role == null || !"region".equals(role.get("value"))) continue;
            Map<String, Object> name = (Map<String, Object>) node.get("name");
            names.add(name == null ? "" : String.valueOf(name.get("value")).replaceAll("\\s+", " ").strip());
        }
        return names;
    }

    /**
     * The report's background, how many texts of its charts and legends were looked at, then every such text (a label, a
     * value, a mark of the scale, a legend's entry: text of the page since the charts' labels left the SVG) whose colour
     * has under 4.5:1 against the background, and every bar under 3:1.
     */
    private static final String FAINT_IN_CHARTS = """
            const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).map(Number).slice(0, 3).map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const ratio = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
            const paper = getComputedStyle(document.querySelector('.tw-report')).backgroundColor;
            const faint = [];
            const texts = document.querySelectorAll('.tw-chart-label, .tw-chart-value, .tw-tick-label, .tw-cohort-legend li');
            texts.forEach(t => { const r = ratio(getComputedStyle(t).color, paper);
                if (r < 4.5) faint.push(t.textContent.trim() + ' ' + getComputedStyle(t).color + ' on ' + paper); });
            // (the parts of the cohort's stacked bars keep their colours in a theme, as their legend does, each framed in white)
            document.querySelectorAll('.tw-chart:not(.tw-stacked) rect:not(.tw-track)').forEach(b => { const r = ratio(getComputedStyle(b).fill, paper);
                if (r < 3) faint.push('bar ' + getComputedStyle(b).fill + ' on ' + paper); });
            return [paper, String(texts.length)].concat(faint);""";

    @Test
    void theReportsChartsStayReadableInForcedColoursLightAndDark(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        Path report = temp.resolve("report.html");
        Cli.Result r = cli.run("report", Repository.persona("optimierer").toString(), "--format", "html", "--out", report.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        // the cohort's stacked charts too, with their legends in a smaller type (0.9rem)
        Path cohort = temp.resolve("cohort.html");
        r = cli.run("cohort", Fixtures.path("cohort/oefit-results.jsonl").toString(), "--format", "html", "--out", cohort.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> papers = new ArrayList<>();
        try {
            for (Path page : List.of(report, cohort)) {
                for (String scheme : List.of("none", "dark", "light")) {
                    // as Windows' contrast themes do: the page's colours replaced by the system's, here white on black and black on white
                    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", scheme.equals("none") ? List.of() : List.of(
                            Map.of("name", "forced-colors", "value", "active"), Map.of("name", "prefers-color-scheme", "value", scheme))));
                    browser.get(page.toUri().toString());
                    @SuppressWarnings("unchecked")
                    List<String> faint = (List<String>) browser.executeScript(FAINT_IN_CHARTS);
                    papers.add(faint.get(0));
                    assertThat(Integer.parseInt(faint.get(1))).as(page.getFileName() + " " + scheme + ": texts of charts looked at").isGreaterThan(8);
                    assertThat(faint.subList(2, faint.size())).as(page.getFileName() + " " + scheme).isEmpty();
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        // the themes did replace the report's white
        assertThat(papers).containsExactly("rgb(255, 255, 255)", "rgb(0, 0, 0)", "rgb(255, 255, 255)",
                "rgb(255, 255, 255)", "rgb(0, 0, 0)", "rgb(255, 255, 255)");
    }

    @Test
    void theTypesTheOutcomeNamesStandOutInTheChartOfSharesByMoreThanTheirBarsDarkerColour(@TempDir Path temp) throws IOException {
        // WCAG 1.4.1: the bar of the type the outcome names is a darker blue, under 2:1 against the others'; its label says it too
        Cli cli = new Cli(temp.resolve("home"));
        for (String persona : List.of("optimierer", "mixed-optimierer-serviceorientiert")) {
            Path page = temp.resolve(persona + ".html");
            Cli.Result r = cli.run("report", Repository.persona(persona).toString(), "--format", "html", "--out", page.toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            browser.get(page.toUri().toString());
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) browser.executeScript("""
                    return Array.from(document.querySelectorAll('.tw-types .tw-chart-row')).map(row => {
                        const label = row.querySelector('.tw-chart-label');
                        return [label.textContent.trim(), row.querySelector('rect.tw-bar-focus') !== null, getComputedStyle(label).fontWeight]; });""");
            assertThat(rows).as(persona).hasSizeGreaterThan(3);
            List<String> named = new ArrayList<>(), bold = new ArrayList<>();
            for (List<Object> row : rows) {
                if ((Boolean) row.get(1)) named.add((String) row.get(0));
                if (Integer.parseInt((String) row.get(2)) >= 700) bold.add((String) row.get(0));
            }
            // as the table beside it marks them
            List<String> inTheTable = browser.findElements(By.cssSelector(".tw-types tr.tw-focus th")).stream().map(WebElement::getText).toList();
            assertThat(named).as(persona).isNotEmpty().isEqualTo(inTheTable);
            assertThat(bold).as(persona + ": the labels in bold").isEqualTo(named);
        }
    }

    /** Each legend swatch of the cohort page as [its colour class, its colour, the colour of the chart's parts of that class or ""]. */
    private static final String SWATCHES = """
            return Array.from(document.querySelectorAll('.tw-swatch')).map(s => { const key = Array.from(s.classList).find(c => /^tw-c\\d$/.test(c));
                const part = document.querySelector('.tw-stacked rect.' + key);
                // a hatched part's colour is that of its pattern's ground
                const fill = part ? getComputedStyle(part).fill : '', hatch = fill.match(/#(tw-hatch-\\d)/);
                return [key, getComputedStyle(s).backgroundColor, hatch ? getComputedStyle(document.getElementById(hatch[1]).querySelector('rect')).fill : fill]; });""";

    @Test
    void theCohortsLegendKeepsTheColoursOfItsBarsInForcedColoursLightAndDark(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        Path page = temp.resolve("cohort.html");
        Cli.Result r = cli.run("cohort", Fixtures.path("cohort/oefit-results.jsonl").toString(), "--format", "html", "--out", page.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try {
            for (String scheme : List.of("dark", "light")) {
                // a contrast theme paints backgrounds in its own colour: a swatch coloured by its background would be blank, all alike
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                        Map.of("name", "forced-colors", "value", "active"), Map.of("name", "prefers-color-scheme", "value", scheme))));
                browser.get(page.toUri().toString());
                @SuppressWarnings("unchecked")
                List<List<String>> swatches = (List<List<String>>) browser.executeScript(SWATCHES);
                assertThat(swatches).as(scheme).hasSizeGreaterThan(3);
                Map<String, String> colours = new java.util.TreeMap<>();
                for (List<String> swatch : swatches) {
                    if (!swatch.get(2).isEmpty()) assertThat(swatch.get(1)).as(scheme + ": the swatch of " + swatch.get(0)).isEqualTo(swatch.get(2));
                    colours.put(swatch.get(0), swatch.get(1));
                }
                assertThat(new java.util.HashSet<>(colours.values())).as(scheme + ": one colour per kind of bar " + colours).hasSize(colours.size());
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /**
     * Every element that reaches past the viewport's right edge, but those within a table's region
     * that scrolls on its own (a table is two-dimensional: WCAG 1.4.10 lets it scroll, in a region
     * the keyboard reaches and a name says what it is) and the parts of a chart's description, which
     * is clipped to nothing on screen and kept on one line for a screen reader (a state's name marked
     * German runs on past the edge there, unseen), and the page itself when it scrolls sideways.
     */
    private static final String PAST_THE_EDGE = """
            const w = document.documentElement.clientWidth, past = [];
            if (document.documentElement.scrollWidth > w) past.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' of ' + w);
            document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();
                const region = e.closest('.tw-scroll');
                const scrolls = region && region !== e && region.getAttribute('role') === 'region' && region.tabIndex === 0
                    && (region.getAttribute('aria-labelledby') || region.getAttribute('aria-label'));
                const unseen = e.closest('.tw-desc') && e.closest('.tw-desc') !== e
                    && getComputedStyle(e.closest('.tw-desc')).clipPath !== 'none' && e.closest('.tw-desc').getBoundingClientRect().width <= 1;
                if (r.width > 0 && r.right > w + 1 && !scrolls && !unseen)
                    past.push(e.tagName + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 40) + '" to ' + Math.round(r.right) + ' of ' + w); });
            return past;""";

    @Test
    void atThreeHundredSixtyPixelsAndTwoHundredPercentZoomNoPageScrollsSideways(@TempDir Path temp) throws IOException {
        List<String> past = new ArrayList<>();
        // the ÖFIT report, whose tables are wider than a phone: in the self-test and as the file typwerk report writes
        Cli cli = new Cli(temp.resolve("home"));
        // 360 device pixels at 200 %: 180 CSS pixels
        inWindow(180, 640, 2, true, () -> {
            for (String lang : List.of("de", "en")) {
                browser.get(base + "/?lang=" + lang);
                past.addAll(pastTheEdge("start " + lang));
                browser.get(base + "/self-test/" + OEFIT + "?lang=" + lang);
                past.addAll(pastTheEdge("first question " + lang));
                submit(browser);
                past.addAll(pastTheEdge("first question with its error " + lang));
                browser.findElement(By.cssSelector("input[value=stadt]")).click();
                submit(browser);
                past.addAll(pastTheEdge("number " + lang));
                toTheResult(lang);
                past.addAll(pastTheEdge("report " + lang));
                browser.get(base + "/?lang=" + lang);
                browser.findElement(By.id("resume-file")).sendKeys(Repository.persona("optimierer").toAbsolutePath().toString());
                WebElement html = browser.findElement(By.tagName("html"));
                browser.findElement(By.cssSelector("form[enctype] button")).click();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
                // the persona leaves the last question open, which asks for nothing required
                submit(browser);
                assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).as("the ÖFIT report").isNotEmpty();
                past.addAll(pastTheEdge("ÖFIT report " + lang));
                Path page = temp.resolve("report-" + lang + ".html");
                Cli.Result r = cli.run("report", Repository.persona("optimierer").toString(), "--format", "html", "--lang", lang,
                        "--out", page.toString());
                assertThat(r.exitCode()).as(r.toString()).isZero();
                browser.get(page.toUri().toString());
                past.addAll(pastTheEdge("report file " + lang));
            }
        });
        assertThat(past).isEmpty();
    }

    /**
     * Every choice a control shows on one line (a select's option) that is wider than the room the
     * control has for it, as [the control's name: the option's text]: what it would cut off.
     */
    private static final String CUT_OFF = """
            const cut = [], probe = document.createElement('span');
            probe.style.position = 'absolute'; probe.style.whiteSpace = 'nowrap'; document.body.appendChild(probe);
            document.querySelectorAll('select').forEach(s => { const cs = getComputedStyle(s); probe.style.font = cs.font;
                // the room inside the box, less the arrow's (about one em)
                const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.fontSize);
                Array.from(s.options).forEach(o => { probe.textContent = o.text;
                    if (probe.getBoundingClientRect().width > room) cut.push(s.name + ': ' + o.text); }); });
            probe.remove();
            return cut;""";

    @Test
    void atThreeHundredTwentyPixelsEveryPageOfTheSelfTestAndTheReportFitsAndShowsEveryChoiceWhole(@TempDir Path temp) throws IOException {
        List<String> past = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        Cli cli = new Cli(temp.resolve("home"));
        // the ÖFIT answers up to its ranking, whose options are long German sentences
        Path upToTheRanking = Files.writeString(temp.resolve("bis-zur-rangfolge.yaml"),
                "questionnaire: " + OEFIT + "\nversion: 1.0.0\nanswers:\n  art: kreis\n  einwohner: 284000\n  it-personal: 31\n");
        java.util.function.Consumer<String> check = page -> {
            past.addAll(pastTheEdge(page));
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) browser.executeScript(CUT_OFF);
            cut.forEach(c -> past.add(page + ": cut off: " + c));
            Object sideways = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            if (((Number) sideways).intValue() > 0) past.add(page + ": scrolls sideways by " + sideways);
            checked.add(page);
        };
        // a screen of 1280 CSS pixels at 400 % zoom, or a phone of 320 (WCAG 1.4.10)
        inWindow(320, 640, 1, true, () -> {
            for (String lang : List.of("de", "en")) {
                browser.get(base + "/?lang=" + lang);
                check.accept("start " + lang);
                browser.get(base + "/self-test/test-fragearten?lang=" + lang);
                check.accept("single " + lang);
                submit(browser);
                check.accept("single with its error " + lang);
                browser.findElement(By.cssSelector("input[value=ja]")).click();
                submit(browser);
                check.accept("scale " + lang);
                browser.findElement(By.cssSelector("input[value='3']")).click();
                submit(browser);
                check.accept("multi " + lang);
                for (String pick : List.of("melde", "kfz", "bau")) browser.findElement(By.cssSelector("input[value=" + pick + "]")).click();
                submit(browser);
                check.accept("multi with its error " + lang);
                browser.findElement(By.cssSelector("input[value=kfz]")).click();
                browser.findElement(By.cssSelector("input[value=bau]")).click();
                submit(browser);
                check.accept("ranking " + lang);
                rank(browser, 1, "service");
                submit(browser);
                check.accept("ranking with its error " + lang);
                rank(browser, 2, "effizienz");
                submit(browser);
                check.accept("number " + lang);
                browser.findElement(By.name("answer")).sendKeys("zwölf");
                submit(browser);
                check.accept("number with its error " + lang);
                browser.findElement(By.name("answer")).clear();
                browser.findElement(By.name("answer")).sendKeys("12000");
                submit(browser);
                check.accept("text " + lang);
                submit(browser);
                assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).isNotEmpty();
                check.accept("report " + lang);
                for (Path answers : List.of(upToTheRanking, Repository.persona("optimierer"))) {
                    browser.get(base + "/?lang=" + lang);
                    browser.findElement(By.id("resume-file")).sendKeys(answers.toAbsolutePath().toString());
                    WebElement html = browser.findElement(By.tagName("html"));
                    browser.findElement(By.cssSelector("form[enctype] button")).click();
                    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
                    if (answers == upToTheRanking) {
                        assertThat(browser.findElement(By.cssSelector("form.question")).getAttribute("data-kind")).isEqualTo("ranking");
                        rank(browser, 1, "rechtliche-vorgaben");
                        check.accept("ÖFIT ranking " + lang);
                    } else {
                        submit(browser);
                        assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).as("the ÖFIT report").isNotEmpty();
                        check.accept("ÖFIT report " + lang);
                    }
                }
                browser.get(base + "/self-test/no-such-questionnaire?lang=" + lang);
                check.accept("not found " + lang);
                for (String command : List.of("report", "cohort")) {
                    Path page = temp.resolve(command + "-" + lang + ".html");
                    String input = command.equals("report") ? Repository.persona("optimierer").toString()
                            : Fixtures.path("cohort/oefit-results.jsonl").toString();
                    Cli.Result r = cli.run(command, input, "--format", "html", "--lang", lang, "--out", page.toString());
                    assertThat(r.exitCode()).as(r.toString()).isZero();
                    browser.get(page.toUri().toString());
                    check.accept(command + " file " + lang);
                }
            }
        });
        assertThat(checked).hasSize(34);
        assertThat(past).isEmpty();
    }

    /** Where the outcome's sentence ends, where the list of the report's parts begins, the window's height, and what a screen reader reads first. */
    private static final String OUTCOME_ON_THE_FIRST_SCREEN = """
            const sentence = document.querySelector('.tw-outcome-sentence').getBoundingClientRect();
            const contents = document.querySelector('.tw-contents h2').getBoundingClientRect();
            const facts = document.querySelector('.tw-facts'), outcome = document.querySelector('.tw-outcome');
            return [Math.round(sentence.bottom), Math.round(contents.top), window.innerHeight,
                outcome.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING ? 'outcome first' : 'facts first'];""";

    @Test
    void onAPhoneTheReportShowsTheTypeAndHowSureOnItsFirstScreenAndItsListOfPartsBeginsThere(@TempDir Path temp) throws IOException {
        // a mayor opening the report on a phone of 320 × 568 CSS pixels saw the title, the questionnaire, the method and for whom: the
        // type and how sure came on the second screen, the list of parts on the third
        Cli cli = new Cli(temp.resolve("home"));
        List<String> seen = new ArrayList<>();
        inWindow(320, 568, 1, true, () -> {
            for (String lang : List.of("de", "en")) {
                for (String persona : List.of("optimierer", "mixed-optimierer-serviceorientiert", "viel-weiss-nicht")) {
                    Path page = temp.resolve(persona + "-" + lang + ".html");
                    Cli.Result r = cli.run("report", Repository.persona(persona).toString(), "--format", "html", "--lang", lang,
                            "--out", page.toString());
                    assertThat(r.exitCode()).as(r.toString()).isZero();
                    browser.get(page.toUri().toString());
                    // a mixed outcome names two types, each with its motto: its list of parts begins on the second screen
                    seen.add(theOutcomeFirst(page.getFileName().toString(), !persona.startsWith("mixed")));
                }
                // the self-test's result page: the report below the site's header
                browser.get(base + "/?lang=" + lang);
                browser.findElement(By.id("resume-file")).sendKeys(Repository.persona("optimierer").toAbsolutePath().toString());
                WebElement html = browser.findElement(By.tagName("html"));
                browser.findElement(By.cssSelector("form[enctype] button")).click();
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
                submit(browser);
                seen.add(theOutcomeFirst("result page " + lang, true));
            }
        });
        assertThat(seen).hasSize(8).allSatisfy(s -> assertThat(s).endsWith(": on the first screen, outcome first"));
    }

    /** Whether the outcome's sentence ends (and the list of parts begins, if asked) within the window; says so, or what is not. */
    private static String theOutcomeFirst(String page, boolean contentsToo) {
        List<?> at = (List<?>) browser.executeScript(OUTCOME_ON_THE_FIRST_SCREEN);
        int bottom = ((Number) at.get(0)).intValue(), contents = ((Number) at.get(1)).intValue(), height = ((Number) at.get(2)).intValue();
        return page + ": " + (bottom <= height && (!contentsToo || contents < height) ? "on the first screen"
                : "the outcome ends at " + bottom + ", the contents begin at " + contents + " of " + height) + ", " + at.get(3);
    }

    /**
     * Every text of the report's bar charts (and the cohort's stacked ones) that is smaller than nine tenths of the report's own text,
     * or cut (wider than its box, or past the viewport's right edge), as [what, its size, the report's size].
     */
    private static final String SMALL_OR_CUT_IN_CHARTS = """
            const page = parseFloat(getComputedStyle(document.querySelector('.tw-report')).fontSize), w = document.documentElement.clientWidth;
            const found = [], texts = document.querySelectorAll('.tw-bars .tw-chart-label, .tw-bars .tw-chart-value, .tw-bars .tw-tick-label');
            if (texts.length === 0) found.push('no chart text at all');
            texts.forEach(e => { const size = parseFloat(getComputedStyle(e).fontSize), r = e.getBoundingClientRect();
                const what = e.className + ' "' + e.textContent.trim() + '"';
                if (size < 0.9 * page) found.push(what + ' is ' + size + 'px where the report is ' + page + 'px');
                if (e.scrollWidth > e.clientWidth + 1 || r.right > w + 1 || r.width === 0) found.push(what + ' is cut'); });
            return found;""";

    @Test
    void theChartTextOfTheReportAndTheCohortGrowsWithTheBrowsersFontSizeAndStaysWholeAtThreeHundredTwentyPixels(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        List<String> found = new ArrayList<>();
        int pages = 0;
        try {
            // a phone of 320 CSS pixels whose reader set the browser's font size to 32 px, twice the default (WCAG 1.4.4, 1.4.10)
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
            for (int size : List.of(16, 32)) {
                browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", size, "fixed", size * 13 / 16)));
                // a dimension on few answers carries its mark after the longest names
                for (String lang : List.of("de", "en")) {
                    Path page = temp.resolve("viel-weiss-nicht-" + size + "-" + lang + ".html");
                    Cli.Result r = cli.run("report", Repository.persona("viel-weiss-nicht").toString(), "--format", "html", "--lang", lang,
                            "--out", page.toString());
                    assertThat(r.exitCode()).as(r.toString()).isZero();
                    browser.get(page.toUri().toString());
                    Object reportSize = browser.executeScript("return getComputedStyle(document.querySelector('.tw-report')).fontSize;");
                    assertThat(reportSize).as("the browser's font size took").isEqualTo(size + "px");
                    @SuppressWarnings("unchecked")
                    List<String> small = (List<String>) browser.executeScript(SMALL_OR_CUT_IN_CHARTS);
                    small.forEach(f -> found.add(size + " px " + lang + ": " + f));
                    found.addAll(pastTheEdge(size + " px " + lang));
                    pages++;
                    // the cohort's stacked bars, a group's name above each, its total beside it
                    Path cohort = temp.resolve("cohort-" + size + "-" + lang + ".html");
                    Cli.Result c = cli.run("cohort", Fixtures.path("cohort/oefit-results.jsonl").toString(), "--format", "html", "--lang", lang,
                            "--out", cohort.toString());
                    assertThat(c.exitCode()).as(c.toString()).isZero();
                    browser.get(cohort.toUri().toString());
                    @SuppressWarnings("unchecked")
                    List<String> stacked = (List<String>) browser.executeScript(SMALL_OR_CUT_IN_CHARTS);
                    stacked.forEach(f -> found.add(size + " px cohort " + lang + ": " + f));
                    found.addAll(pastTheEdge(size + " px cohort " + lang));
                    pages++;
                }
            }
        } finally {
            browser.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16, "fixed", 13)));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(pages).isEqualTo(8);
        assertThat(found).isEmpty();
    }

    @Test
    void theCohortPageHasNoWcag22AaViolationsInEitherLanguage(@TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        List<String> seen = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            Path page = temp.resolve("cohort-" + lang + ".html");
            Cli.Result r = cli.run("cohort", Fixtures.path("cohort/oefit-results.jsonl").toString(), "--format", "html", "--lang", lang,
                    "--hint-topic", "verbreitung", "--out", page.toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            browser.get(page.toUri().toString());
            checkAccessibility("cohort " + lang, seen);
        }
        assertThat(seen).hasSize(2);
    }

    /** The cohort page and the report of a persona, written by the command line in German and in English. */
    private static List<Path> cohortAndReportPages(Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        List<Path> pages = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            Path cohort = temp.resolve("cohort-" + lang + ".html");
            Cli.Result c = cli.run("cohort", Fixtures.path("cohort/oefit-results.jsonl").toString(), "--format", "html", "--lang", lang,
                    "--hint-topic", "verbreitung", "--out", cohort.toString());
            assertThat(c.exitCode()).as(c.toString()).isZero();
            Path report = temp.resolve("report-" + lang + ".html");
            Cli.Result r = cli.run("report", Repository.persona("optimierer").toString(), "--format", "html", "--lang", lang,
                    "--out", report.toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            pages.addAll(List.of(cohort, report));
        }
        return pages;
    }

    /** Every table wider than the page, and the page itself when it is, as [what, its right edge, the page's width]. */
    private static final String WIDER_THAN_THE_PAGE = """
            const w = document.documentElement.clientWidth, wide = [];
            if (document.documentElement.scrollWidth > w) wide.push('the page: ' + document.documentElement.scrollWidth + ' of ' + w);
            document.querySelectorAll('table').forEach(t => { const r = t.getBoundingClientRect();
                if (r.right > w + 1) wide.push(t.querySelector('caption').textContent + ': ' + Math.round(r.right) + ' of ' + w); });
            return wide;""";

    @Test
    void theCohortAndTheReportPrintOnA4WithNoTableCutOffAtThePapersEdge(@TempDir Path temp) throws IOException {
        List<Path> pages = cohortAndReportPages(temp);
        List<String> wide = new ArrayList<>();
        try {
            // printed: A4 less the page's margins of 15 mm a side is 180 mm, 680 CSS pixels (overlay scrollbars take none of them)
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 680, "height", 960, "deviceScaleFactor", 1, "mobile", true));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (Path page : pages) {
                browser.get(page.toUri().toString());
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(WIDER_THAN_THE_PAGE);
                found.forEach(f -> wide.add(page.getFileName() + ": " + f));
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // on paper nothing scrolls: a column past the edge is a column not printed
        assertThat(wide).isEmpty();
    }

    /**
     * The report laid out on sheets of A4 as it prints: in columns of the paper's printable area (180 by 263 mm within the
     * report's page margins, less the body's margin of 8 px a side), which the browser breaks by the rules it breaks pages
     * by. Returns how many sheets, how many of a type's blocks were looked at (its reasons, its recommendations, each
     * paragraph of its profile), then each of them that is on more than one sheet, as "its beginning: the sheets".
     */
    private static final String ON_MORE_THAN_ONE_SHEET = """
            const mm = 96 / 25.4, w = 180 * mm - 16, h = 263 * mm - 8;
            const sheets = document.createElement('div'), page = document.querySelector('.tw-page');
            sheets.style.cssText = 'column-width: ' + w + 'px; column-gap: 0; column-fill: auto; width: ' + w + 'px; height: ' + h + 'px';
            while (page.firstChild) sheets.appendChild(page.firstChild);
            page.appendChild(sheets);
            const left = sheets.getBoundingClientRect().left, sheetOf = r => Math.floor((r.left - left + 1) / w) + 1;
            const blocks = document.querySelectorAll('.tw-reasons, .tw-advice, .tw-profile p'), split = [];
            blocks.forEach(b => { const on = new Set(Array.from(b.getClientRects()).filter(r => r.height > 0).map(sheetOf));
                if (on.size > 1) split.push(b.textContent.trim().replace(/\s+/g, ' ').slice(0, 50) + ': sheets ' + Array.from(on).join(', ')); });
            const last = Math.max(...Array.from(document.querySelectorAll('.tw-report > *')).flatMap(e => Array.from(e.getClientRects())).map(sheetOf));
            return [String(last), String(blocks.length)].concat(split);""";

    @Test
    void aPrintedReportKeepsEachOfATypesBlocksOnOneSheetItsReasonsItsRecommendationsAndEachParagraphOfItsProfile(@TempDir Path temp)
            throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        List<String> split = new ArrayList<>();
        int sheets = 0;
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            // one type, two (a mixed outcome: two profiles, two lists of reasons, two of recommendations), and answers at odds
            for (String persona : List.of("optimierer", "mixed-optimierer-serviceorientiert", "widerspruechlich")) {
                for (String lang : List.of("de", "en")) {
                    Path page = temp.resolve(persona + "-" + lang + ".html");
                    Cli.Result r = cli.run("report", Repository.persona(persona).toString(), "--format", "html", "--lang", lang,
                            "--out", page.toString());
                    assertThat(r.exitCode()).as(r.toString()).isZero();
                    browser.get(page.toUri().toString());
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) browser.executeScript(ON_MORE_THAN_ONE_SHEET);
                    assertThat(Integer.parseInt(found.get(1))).as(persona + " " + lang + ": blocks looked at").isGreaterThan(8);
                    sheets += Integer.parseInt(found.get(0));
                    found.subList(2, found.size()).forEach(f -> split.add(persona + " " + lang + ": " + f));
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        // every report takes several sheets (at least four), and none parts a type's block over two
        assertThat(sheets).isGreaterThanOrEqualTo(6 * 4);
        assertThat(split).isEmpty();
    }

    /** How many of the answers that count for no type a reader sees: not in a closed disclosure (content Chrome skips). */
    private static final String WEIGHTLESS_SEEN = """
            return Array.from(document.querySelectorAll('.tw-coverage .tw-weightless li')).filter(li => li.checkVisibility()).length;""";

    @Test
    void aMunicipalityThatAnsweredKeineThroughoutFindsEachAnswerThatCountsForNoTypeOnceBehindOneButtonAndAllOfThemOnPaper(
            @TempDir Path temp) throws IOException {
        Cli cli = new Cli(temp.resolve("home"));
        // the town that has done next to nothing, its scales left open and "weiß nicht" where its answer weighed: every one of
        // the six dimensions is thin, and most of its "Keine" answers bear on several of them at once
        String keine = Files.readString(Repository.persona("noch-nichts-stadt"))
                .replaceAll("(?m)^  (bewaehrtes|rollenklarheit|interkommunal): .*\n", "")
                .replaceAll("(?m)^  (federfuehrung|it-sicherheit|breitband): .*$", "  $1: weiss-nicht");
        Path answers = Files.writeString(temp.resolve("keine.yaml"), keine);
        List<String> seen = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            Path page = temp.resolve("keine-" + lang + ".html");
            Cli.Result r = cli.run("report", answers.toString(), "--format", "html", "--lang", lang, "--out", page.toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            inWindow(320, 640, 2, true, () -> {
                browser.get(page.toUri().toString());
                // each answer once, where each thin dimension listed its own: six lists, 72 entries, the same dozen again and again
                List<String> questions = browser.findElements(By.cssSelector(".tw-coverage .tw-weightless .tw-question")).stream()
                        .map(e -> e.getAttribute("textContent")).toList();
                assertThat(questions).as(lang).hasSize(18).doesNotHaveDuplicates();
                assertThat(browser.findElements(By.cssSelector(".tw-coverage li")).stream().map(e -> e.getAttribute("textContent")))
                        .as(lang).contains(lang.equals("de") ? "zu „Nutzerorientierung und integrierte Strategie“: 13 Antworten"
                                : "on “User focus and integrated strategy”: 13 answers");
                // a phone scrolls past them in one line, which Tab reaches and Enter opens, all of them then there to read
                assertThat(((Number) browser.executeScript(WEIGHTLESS_SEEN)).intValue()).as(lang).isZero();
                WebElement summary = tabTo(browser, e -> e.getTagName().equals("summary"));
                assertThat(summary.getText()).isEqualTo(lang.equals("de") ? "Welche Antworten das sind (18)" : "Which answers these are (18)");
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                assertThat(((Number) browser.executeScript(WEIGHTLESS_SEEN)).intValue()).as(lang).isEqualTo(18);
                // an answer that bears on some of the thin dimensions only names them, and the page says what none named means
                assertThat(browser.findElement(By.cssSelector(".tw-weightless")).getText()).contains(lang.equals("de")
                        ? "Antwort: Nein (zu „Klare Steuerung und Fokus“)" : "Answer: No (on “Clear governance and focus”)");
            });
            checkAccessibility("report file of answers that count for no type " + lang, seen);
            try {
                // on paper, where nothing opens, every answer is printed
                browser.get(page.toUri().toString());
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                assertThat(((Number) browser.executeScript(WEIGHTLESS_SEEN)).intValue()).as(lang).isEqualTo(18);
            } finally {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
        assertThat(seen).hasSize(2);
    }

    @Test
    void printedInBlackAndWhiteEachPartOfTheCohortsStackedBarsLooksLikeItsLegendsSwatchAndNoTwoSwatchesAlike(@TempDir Path temp)
            throws IOException {
        // A4's width, printed, at twice the pixels to see a hatching's lines by
        eachPartLooksLikeItsSwatchInBlackAndWhite(temp, "print", 680, 2);
    }

    @Test
    void onScreenEachPartOfTheCohortsStackedBarsIsToldFromTheOthersByMoreThanItsColour(@TempDir Path temp) throws IOException {
        // WCAG 1.4.1: one who does not tell the outcomes' colours apart matches a part to its legend by its hatching, as on paper,
        // on a common screen of one device pixel per CSS pixel
        eachPartLooksLikeItsSwatchInBlackAndWhite(temp, "screen", 1280, 1);
    }

    private static void eachPartLooksLikeItsSwatchInBlackAndWhite(Path temp, String media, int width, int scale) throws IOException {
        Path page = temp.resolve("cohort.html");
        Cli.Result r = new Cli(temp.resolve("home")).run("cohort", Fixtures.path("cohort/oefit-results.jsonl").toString(), "--format", "html",
                "--out", page.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Map<String, String> swatches = new java.util.TreeMap<>();
        List<String> unlike = new ArrayList<>();
        int parts = 0;
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 960, "deviceScaleFactor", scale, "mobile", false));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
            browser.get(page.toUri().toString());
            for (WebElement swatch : browser.findElements(By.cssSelector(".tw-spread:first-of-type .tw-swatch"))) {
                swatches.put(colourClass(swatch), inBlackAndWhite(swatch, scale + 1));
            }
            for (WebElement part : browser.findElements(By.cssSelector(".tw-stacked rect"))) {
                if (part.getRect().getWidth() < 12) continue;
                parts++;
                String seen = inBlackAndWhite(part, 2 * scale), legend = swatches.get(colourClass(part));
                if (!seen.equals(legend)) unlike.add(colourClass(part) + ": the part " + seen + ", its swatch " + legend);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // the fixture's outcomes: four types, mixed and too few answers, in two charts of several parts each
        assertThat(swatches).as(media).hasSize(6);
        assertThat(parts).as(media).isGreaterThan(8);
        assertThat(new java.util.HashSet<>(swatches.values())).as(media + ": the swatches in black and white " + swatches).hasSize(swatches.size());
        assertThat(unlike).as(media).isEmpty();
    }

    private static String colourClass(WebElement e) {
        return java.util.Arrays.stream(e.getAttribute("class").split(" ")).filter(c -> c.matches("tw-c\\d")).findFirst().orElseThrow();
    }

    /**
     * How an element looks in black and white, inside a margin of {@code margin} pixels: "solid"; "lines along" the direction
     * (h, v, d1 = down to the right, d2 = up to the right) in which a step hardly ever changes between light and dark; "crossed"
     * where two directions change less than the others (lines at right angles); else "dots".
     */
    private static String inBlackAndWhite(WebElement e, int margin) throws IOException {
        java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                e.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
        int w = shot.getWidth(), h = shot.getHeight(), light = 0, n = 0;
        String[] names = {"h", "v", "d1", "d2"};
        int[][] steps = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};
        double[] changes = new double[4];
        for (int y = margin; y < h - margin; y++) {
            for (int x = margin; x < w - margin; x++) {
                boolean here = lightAt(shot, x, y);
                light += here ? 1 : 0;
                n++;
                for (int s = 0; s < 4; s++) if (here != lightAt(shot, x + steps[s][0], y + steps[s][1])) changes[s]++;
            }
        }
        if (light < 0.05 * n) return "solid";
        double most = java.util.Arrays.stream(changes).max().orElseThrow();
        List<String> along = new ArrayList<>(), fewer = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            if (changes[s] <= 0.25 * most) along.add(names[s]);
            if (changes[s] <= 0.7 * most) fewer.add(names[s]);
        }
        if (!along.isEmpty()) return "lines along " + String.join(" ", along);
        return fewer.isEmpty() ? "dots" : "crossed " + String.join(" ", fewer);
    }

    private static boolean lightAt(java.awt.image.BufferedImage shot, int x, int y) {
        int rgb = shot.getRGB(x, y);
        return 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff) > 150;
    }

    @Test
    void aTablesScrollRegionIsATabStopOnlyWhereTheTableMayBeWiderThanTheScreen(@TempDir Path temp) throws IOException {
        Path page = temp.resolve("report.html");
        Cli.Result r = new Cli(temp.resolve("home")).run("report", Repository.persona("optimierer").toString(), "--format", "html",
                "--out", page.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> wide = tabStopsInANewTab(page.toUri().toString(), null);
        List<String> narrow = tabStopsInANewTab(page.toUri().toString(), Map.of("width", 180, "height", 640, "deviceScaleFactor", 2, "mobile", true));
        // on a wide screen every table fits: nothing to scroll, so no region is a stop
        assertThat(wide).as("Tab stops at 1280 pixels").noneMatch(stop -> stop.contains("tw-scroll"));
        // on a phone at 200 % the tables are wider than the screen: Tab reaches each region, named by its caption, and the arrow keys scroll it
        // (after the links to the report's parts under the outcome)
        assertThat(narrow).as("Tab stops at 180 pixels").containsExactly(
                "a. #tw-types-heading", "a. #tw-profile-heading-1", "a. #tw-reasons-heading-1", "a. #tw-dimensions-heading",
                "a. #tw-coverage-heading", "a. #tw-advice-heading-1",
                "div.tw-scroll Anteile der Typen in Zahlen", "div.tw-scroll Profil der Dimensionen in Zahlen");
    }

    /**
     * Every table's region scrolled to its right end: its caption, when it is not wholly within the
     * region's box, as "the table's caption: what, its left and right edge, the region's"; each
     * name of a row of a wide table of numbers (and the column of names' head) too where
     * {@code arguments[0]} (the names are to stay); and each last cell of a row that a name covers,
     * where a name stays at the edge of a region too narrow to show that column beside it.
     */
    private static final String OUT_OF_SIGHT = """
            const names = arguments[0], gone = [];
            const where = (table, e, c, r, s) => table + ': ' + e.tagName + ' "' + e.textContent + '" ' + Math.round(c.left) + '..'
                + Math.round(c.right) + ' in ' + Math.round(r.left) + '..' + Math.round(r.right) + ' (scrolled ' + s.scrollLeft + ')';
            document.querySelectorAll('.tw-scroll').forEach(s => { s.scrollLeft = s.scrollWidth;
                const r = s.getBoundingClientRect(), table = s.querySelector('caption').textContent;
                s.querySelectorAll(names ? 'caption, .tw-wide th[scope=row], .tw-wide thead th:first-child' : 'caption').forEach(e => {
                    const c = e.getBoundingClientRect();
                    if (c.left < r.left - 1 || c.right > r.right + 1) gone.push(where(table, e, c, r, s)); });
                s.querySelectorAll('tbody tr').forEach(row => { const name = row.querySelector('th').getBoundingClientRect();
                    const last = row.lastElementChild, c = last.getBoundingClientRect();
                    if (c.left < name.right - 1 && name.right > r.left) gone.push("covered by the row's name: " + where(table, last, c, r, s)); }); });
            return gone;""";

    @Test
    void aTableScrolledSidewaysKeepsItsCaptionInSightAndAt400PercentZoomTheCohortsTheNamesOfItsRows(@TempDir Path temp) throws IOException {
        List<Path> pages = cohortAndReportPages(temp);
        List<String> gone = new ArrayList<>();
        int scrolled = 0;
        try {
            // a screen of 1280 CSS pixels at 400 %: 320 (WCAG 1.4.10), where the cohort's tables are more than twice as wide and
            // the names of the rows stay; and a phone of 360 pixels at 200 %: 180, where they would leave no room for a column
            for (int width : List.of(320, 180)) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 640, "deviceScaleFactor", 1, "mobile", true));
                for (Path page : pages) {
                    browser.get(page.toUri().toString());
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) browser.executeScript(OUT_OF_SIGHT, width == 320);
                    found.forEach(f -> gone.add(width + " pixels, " + page.getFileName() + ": " + f));
                    scrolled += ((Number) browser.executeScript(
                            "return Array.from(document.querySelectorAll('.tw-scroll')).filter(s => s.scrollLeft > 0).length;")).intValue();
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // the cohort's two wide tables in either language did scroll at either width, and a person who scrolled still reads
        // what the table is, at 400 % which row a number of the cohort stands in, and every column whole
        assertThat(scrolled).isGreaterThanOrEqualTo(8);
        assertThat(gone).isEmpty();
    }

    /** Every stop of Tab through a page opened in a new tab (on a screen of {@code metrics}, or the window's): the element's tag, classes and name. */
    @SuppressWarnings("unchecked")
    private static List<String> tabStopsInANewTab(String url, Map<String, Object> metrics) {
        String before = browser.getWindowHandle();
        // a tab of its own: Tab past the end of a page leaves the focus with the browser's controls
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            if (metrics != null) browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
            browser.get(url);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "window.focus(); return document.readyState === 'complete' && document.activeElement === document.body;")));
            List<String> stops = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                String stop = (String) browser.executeScript("""
                        const e = document.activeElement; if (e === document.body || e === document.documentElement) return null;
                        const by = e.getAttribute('aria-labelledby'), name = by ? document.getElementById(by).textContent
                            : e.getAttribute('aria-label') || e.getAttribute('href');
                        return e.tagName.toLowerCase() + '.' + e.className.replace(/ /g, '.') + ' ' + (name || '');""");
                if (stop == null || stops.contains(stop)) break;
                stops.add(stop);
            }
            return stops;
        } finally {
            if (metrics != null) browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.close();
            browser.switchTo().window(before);
        }
    }

    private static List<String> pastTheEdge(String page) {
        @SuppressWarnings("unchecked")
        List<String> past = (List<String>) browser.executeScript(PAST_THE_EDGE);
        return past.stream().map(p -> page + ": " + p).toList();
    }

    private static void checkAccessibility(String page, List<String> seen) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(n -> violations.add(rule.getId() + ": " + n.getTarget() + " " + n.getFailureSummary()));
        }
        assertThat(violations).as(page + " (" + browser.getCurrentUrl() + ")").isEmpty();
        assertThat(results.getPasses()).as(page).isNotEmpty();
        seen.add(page);
    }

    @Test
    void theOefitQuestionnaireAnsweredWithTheKeyboardAloneGivesTheTypeTypwerkScoreGives() throws Exception {
        walkWithTheKeyboard(browser, "optimierer");
    }

    @Test
    void theSameWalkWorksWithJavaScriptDisabled(@TempDir Path elsewhere) throws Exception {
        ChromeDriver noScript = Browser.start(false, elsewhere);
        // scripts are off indeed: a page's own script does not run (WebDriver's still can)
        noScript.get("data:text/html,<title>before</title><script>document.title='ran'</script>");
        assertThat(noScript.getTitle()).isEqualTo("before");
        try {
            walkWithTheKeyboard(noScript, "serviceorientiert");
        } finally {
            noScript.quit();
        }
    }

    @Test
    void theLanguageSwitchKeepsWhatWasEnteredOnThePageAndEnterInAFieldStillGoesOnWithAndWithoutJavaScript(@TempDir Path elsewhere) {
        List<String> seen = new ArrayList<>();
        switchKeepingTheEntries(browser, "de", seen);
        switchKeepingTheEntries(browser, "en", seen);
        assertThat(seen).hasSize(2);
        ChromeDriver noScript = Browser.start(false, elsewhere);
        try {
            switchKeepingTheEntries(noScript, "de", new ArrayList<>());
            switchKeepingTheEntries(noScript, "en", new ArrayList<>());
        } finally {
            noScript.quit();
        }
    }

    /** test-fragearten in {@code lang} with the keyboard: an option picked and a number typed, each switched to the other language. */
    private static void switchKeepingTheEntries(ChromeDriver driver, String lang, List<String> seen) {
        String other = lang.equals("de") ? "en" : "de";
        driver.get(base + "/self-test/test-fragearten?lang=" + lang);
        tabTo(driver, e -> "ja".equals(e.getAttribute("value")));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        pressTheLanguageSwitch(driver);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(other);
        // the address bar says the language the page is in, as a bookmark or a link copied from it keeps
        assertThat(driver.getCurrentUrl()).endsWith("?lang=" + other);
        assertThat(driver.findElement(By.cssSelector("input[value=ja]")).isSelected()).as("the option picked before the switch").isTrue();
        if (driver == browser) checkAccessibility("switched " + lang, seen);
        // Enter on the option sends the question's form with its first button, not the header's switch (also one of its buttons)
        tabTo(driver, e -> "ja".equals(e.getAttribute("value")));
        WebElement html = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(html));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(other);
        assertThat(driver.findElement(By.cssSelector("form.question")).getAttribute("data-kind")).isEqualTo("scale");
        driver.findElement(By.cssSelector("input[value='3']")).click();
        submit(driver);
        driver.findElement(By.cssSelector("input[value=melde]")).click();
        submit(driver);
        rank(driver, 1, "service");
        rank(driver, 2, "effizienz");
        submit(driver);
        // a number typed as the page's language writes it, switched back: the same number
        WebElement number = tabTo(driver, e -> "answer".equals(e.getAttribute("name")));
        number.sendKeys(other.equals("de") ? "12.500" : "12,500");
        pressTheLanguageSwitch(driver);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(driver.getCurrentUrl()).endsWith("?lang=" + lang);
        assertThat(driver.findElement(By.name("answer")).getAttribute("value")).isEqualTo("12500");
        // Enter in the field goes on with it
        tabTo(driver, e -> "answer".equals(e.getAttribute("name")));
        WebElement page = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(page));
        assertThat(driver.findElement(By.cssSelector("form.question")).getAttribute("data-kind")).isEqualTo("text");
        assertThat(driver.findElement(By.name("answers")).getAttribute("value")).contains("12500");
    }

    /** Shift+Tab back to the header's button for the other language, and Enter on it. */
    private static void pressTheLanguageSwitch(WebDriver driver) {
        for (int i = 0; !String.valueOf(active(driver).getAttribute("value")).startsWith("language"); i++) {
            if (i == 40) throw new AssertionError("Shift+Tab never reached the language switch on " + driver.getCurrentUrl());
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        WebElement html = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(html));
    }

    /**
     * Answers ÖFIT as a persona's answers file says, with Tab, Space, Enter and the arrow keys only,
     * then compares the report's type and the answers the page carries with the engine's.
     */
    private void walkWithTheKeyboard(WebDriver driver, String persona) throws Exception {
        AnswersRead expected = engine.readAnswers(Repository.persona(persona).toString(), Files.readAllBytes(Repository.persona(persona)));
        assertThat(expected.ok()).isTrue();
        Map<String, Answer> answers = expected.response().orElseThrow().answers();
        driver.get(base + "/self-test/" + OEFIT);
        int pages = 0;
        while (driver.findElements(By.cssSelector("[data-outcome]")).isEmpty()) {
            assertThat(++pages).as("pages walked").isLessThan(60);
            assertThat(driver.findElements(By.cssSelector(".error-summary"))).as("an error on page " + pages).isEmpty();
            String at = driver.findElement(By.name("at")).getAttribute("value");
            String kind = driver.findElement(By.cssSelector("form.question")).getAttribute("data-kind");
            Optional<Answer> answer = Optional.ofNullable(answers.get(at));
            WebElement html = driver.findElement(By.tagName("html"));
            if (answer.isPresent()) enter(driver, kind, answer.get());
            tabTo(driver, e -> "next".equals(e.getAttribute("value")) && e.getTagName().equals("button"));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(html));
        }
        ScoreRun run = engine.score(Repository.persona(persona));
        Outcome.Primary primary = (Outcome.Primary) ((ScoreRun.Done) run).result().outcome();
        assertThat(driver.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-type")).isEqualTo(primary.type());
        // the page is titled after the outcome, as its box is headed: what a screen reader says first
        String headline = driver.findElement(By.id("tw-outcome-heading")).getText();
        assertThat(headline).startsWith("Ihr Typ: Der ");
        assertThat(driver.getTitle()).isEqualTo(headline + " – Typwerk-Selbsttest");
        String carried = driver.findElement(By.name("answers")).getAttribute("value");
        AnswersRead walked = engine.readAnswers("walked.json", carried.getBytes(StandardCharsets.UTF_8));
        assertThat(walked.ok()).as(walked.problems().toString()).isTrue();
        assertThat(walked.response().orElseThrow().answers()).isEqualTo(answers);
    }

    /** Puts an answer into the page's field by keyboard: Tab to it, then Space, arrows or typing. */
    private static void enter(WebDriver driver, String kind, Answer answer) {
        switch (kind) {
            case "single", "scale" -> {
                String want = answer instanceof Answer.Choice c ? c.option() : String.valueOf(((Answer.Scale) answer).value());
                WebElement radio = tabTo(driver, e -> "radio".equals(e.getAttribute("type")));
                if (!radio.isSelected()) new Actions(driver).sendKeys(Keys.SPACE).perform();
                for (int i = 0; i < 40 && !want.equals(active(driver).getAttribute("value")); i++) {
                    new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
                }
                assertThat(active(driver).getAttribute("value")).isEqualTo(want);
                assertThat(active(driver).isSelected()).isTrue();
            }
            case "multi" -> {
                List<String> want = ((Answer.Choices) answer).options();
                WebElement box = tabTo(driver, e -> "checkbox".equals(e.getAttribute("type")));
                while ("checkbox".equals(box.getAttribute("type"))) {
                    if (want.contains(box.getAttribute("value")) != box.isSelected()) new Actions(driver).sendKeys(Keys.SPACE).perform();
                    new Actions(driver).sendKeys(Keys.TAB).perform();
                    box = active(driver);
                }
            }
            case "ranking" -> {
                // each place is a group of radio buttons: Tab reaches the one checked (no answer yet), the arrows move the choice
                List<String> order = ((Answer.Ranking) answer).order();
                for (int place = 1; place <= order.size(); place++) {
                    String name = "rank-" + place, want = order.get(place - 1);
                    tabTo(driver, e -> name.equals(e.getAttribute("name")));
                    for (int i = 0; i < 40 && !want.equals(active(driver).getAttribute("value")); i++) {
                        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
                    }
                    assertThat(active(driver).getAttribute("value")).isEqualTo(want);
                    assertThat(active(driver).isSelected()).isTrue();
                }
            }
            case "number", "text" -> {
                String value = answer instanceof Answer.Number n ? n.value().toPlainString() : ((Answer.Text) answer).text();
                tabTo(driver, e -> "answer".equals(e.getAttribute("name")));
                new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).sendKeys(value).perform();
            }
            default -> throw new IllegalStateException("a kind of question the walk does not know: " + kind);
        }
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element is what is wanted (at most 80 times). */
    private static WebElement tabTo(WebDriver driver, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement now = active(driver);
            if (wanted.test(now)) return now;
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached the element wanted on " + driver.getCurrentUrl());
    }

    /** What a test does in a window of a size Chrome emulates ({@link #inWindow}). */
    private interface Walk<E extends Exception> {
        void run() throws E;
    }

    /**
     * Does {@code walk} in the browser's window emulated at {@code width} × {@code height} CSS pixels of {@code scale}
     * device pixels each, as a phone's ({@code mobile}) or a screen's (1280 × 1024 at 400 % zoom is 320 × 256), then
     * gives the window its own size again.
     */
    private static <E extends Exception> void inWindow(int width, int height, Number scale, boolean mobile, Walk<E> walk) throws E {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
        try {
            walk.run();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Walks test-fragearten in {@code lang} up to its text question, the last: "nein", "bau", and
     * beteiligung before service in the ranking.
     */
    private static void toTheTextQuestion(String lang) {
        browser.get(base + "/self-test/test-fragearten?lang=" + lang);
        browser.findElement(By.cssSelector("input[value=nein]")).click();
        submit(browser);
        browser.findElement(By.cssSelector("input[value=bau]")).click();
        submit(browser);
        rank(browser, 1, "beteiligung");
        rank(browser, 2, "service");
        submit(browser);
    }

    /** Walks test-fragearten in {@code lang} as {@link #toTheTextQuestion} does, leaves the text open and is on the result page. */
    private static void toTheResult(String lang) {
        toTheTextQuestion(lang);
        submit(browser);
        assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).as("the result page " + lang).isNotEmpty();
    }

    /** Puts an option at a place of a ranking, as a click on its radio button in that place's group. */
    private static void rank(WebDriver driver, int place, String option) {
        driver.findElement(By.cssSelector("input[name=rank-" + place + "][value=" + option + "]")).click();
    }

    private static void submit(WebDriver driver) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form.question button[value=next]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(html));
    }

    /**
     * Whether the page {@code html} belonged to has been replaced. Selenium's {@code stalenessOf}
     * knows only a stale element; Chromium 150 may instead answer that the node "does not belong
     * to the document" (an unknown error), which means the same.
     */
    private static boolean replaced(WebElement html) {
        try {
            html.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }

    @Test
    void theBrowsersBackAndForwardButtonsShowTheQuestionsAnsweredWithTheirAnswers() {
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            String scale = browser.getTitle();
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-dienste");
            // the browser's own button, not the page's: every page but the first answers a post
            browser.navigate().back();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.name("at")).isEmpty()
                    || d.getTitle().equals(d.getCurrentUrl().replaceFirst("^https?://", "").replaceFirst("[:/].*", "")));
            assertThat(browser.getTitle()).as("back from the third question, " + lang + ": not 'Confirm Form Resubmission'").isEqualTo(scale);
            assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-umsetzung");
            assertThat(browser.findElement(By.name("answers")).getAttribute("value")).contains("\"q-strategie\" : \"ja\"");
            browser.navigate().forward();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getTitle().equals(scale));
            assertThat(browser.findElement(By.name("at")).getAttribute("value")).as("forward again, " + lang).isEqualTo("q-dienste");
            assertThat(browser.findElement(By.name("answers")).getAttribute("value")).contains("\"q-umsetzung\" : 4");
        }
    }

    @Test
    void anOptionalQuestionsChoiceCanBeTakenBackByKeyboardWhereARadioButtonCannotBeUnchecked() {
        // a radio button once picked stays picked: an optional single choice or scale offers "no answer" to leave it open again
        List<String> heard = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            assertThat(browser.findElement(By.name("answers")).getAttribute("value")).contains("\"q-umsetzung\" : 4");
            WebElement html = browser.findElement(By.tagName("html"));
            browser.findElement(By.cssSelector("form.question button[value=back]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
            assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-umsetzung");
            // Tab reaches the point picked, the arrows move the choice round to "no answer"
            WebElement radio = tabTo(browser, e -> "radio".equals(e.getAttribute("type")));
            assertThat(radio.getAttribute("value")).isEqualTo("4");
            for (int i = 0; i < 10 && !active(browser).getAttribute("value").isEmpty(); i++) {
                new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
            }
            assertThat(active(browser).getAttribute("value")).as("a radio button for no answer, " + lang).isEmpty();
            assertThat(active(browser).isSelected()).isTrue();
            heard.add(browser.findElement(By.cssSelector("label[for='" + active(browser).getAttribute("id") + "']")).getText());
            submit(browser);
            assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
            assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-dienste");
            assertThat(browser.findElement(By.name("answers")).getAttribute("value")).doesNotContain("q-umsetzung").contains("q-strategie");
        }
        assertThat(heard).containsExactly("Keine Antwort (die Frage offen lassen)", "No answer (leave the question open)");
        // a required question has none: leaving it open is refused
        browser.get(base + "/self-test/test-fragearten?lang=de");
        assertThat(browser.findElements(By.cssSelector("input[type=radio][name=answer][value='']"))).isEmpty();
    }

    @Test
    void atFourHundredPercentTheLanguageSwitchBesideTheStartAgainLineStaysOneWordNotBrokenInTwo() {
        // from the second question on the header says "Neu beginnen – …" under the site's name; at 320 pixels that squeezed
        // the switch to a letter's width, and the page's overflow-wrap broke it: "Engl|ish", "Deut|sch"
        String lines = """
                const e = document.querySelector('header.site .language a, header.site .language button');
                const r = document.createRange(); r.selectNodeContents(e);
                return e.textContent.trim() + ' ' + new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;""";
        List<String> seen = new ArrayList<>();
        inWindow(320, 256, 1, false, () -> {
            for (String lang : List.of("de", "en")) {
                browser.get(base + "/self-test/test-fragearten?lang=" + lang);
                seen.add((String) browser.executeScript(lines));
                browser.findElement(By.cssSelector("input[value=ja]")).click();
                submit(browser);
                assertThat(browser.findElements(By.id("site-restart"))).isNotEmpty();
                seen.add((String) browser.executeScript(lines));
                toTheResult(lang);
                seen.add((String) browser.executeScript(lines));
            }
        });
        assertThat(seen).containsExactly("English 1", "English 1", "English 1", "Deutsch 1", "Deutsch 1", "Deutsch 1");
    }

    @Test
    void theBarMarkingAQuestionAnsweredWrongRunsAlongItsWholeHeadingNotFromItsMiddle() throws IOException {
        List<String> bare = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            submit(browser);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value=melde]")).click();
            submit(browser);
            submit(browser);
            // the ranking left open: its fieldset has the bar, and its heading (the legend) is the fieldset's first line
            WebElement field = browser.findElement(By.cssSelector("fieldset.invalid"));
            WebElement heading = field.findElement(By.tagName("legend"));
            java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    field.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
            int top = heading.getRect().getY() - field.getRect().getY();
            // the bar's colour (the error colour, #b00020) at the fieldset's left edge, beside the heading's first line
            int rgb = shot.getRGB(2, top + 4) & 0xffffff;
            if (rgb != 0xb00020) bare.add(lang + ": " + String.format("#%06x", rgb) + " beside the heading's first line");
        }
        assertThat(bare).isEmpty();
    }

    @Test
    void aScreenReaderHearsAtTheControlTheErrorSummaryLeadsToThatTheAnswerIsInvalidAndWhy() {
        List<String> heard = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            submit(browser);
            heard.add(followTheErrorSummary("radio"));
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            for (String pick : List.of("melde", "kfz", "bau")) browser.findElement(By.cssSelector("input[value=" + pick + "]")).click();
            submit(browser);
            heard.add(followTheErrorSummary("checkbox"));
            browser.findElement(By.cssSelector("input[value=bau]")).click();
            browser.findElement(By.cssSelector("input[value=melde]")).click();
            submit(browser);
            rank(browser, 1, "service");
            submit(browser);
            // a place is a group of radio buttons, named by its legend ("2. Platz"), which a screen reader says on entering it
            heard.add(followTheErrorSummary("radio"));
            // the same answer at two places: the link leads to it at the second, so that the answer to change is the one said
            rank(browser, 2, "service");
            submit(browser);
            heard.add(followTheErrorSummary("radio"));
        }
        assertThat(heard).containsExactly(
                "radio „Ja“ ungültig: Fehler: Bitte wählen Sie eine Antwort.",
                "checkbox „Meldewesen“ ungültig: Fehler: Sie haben 3 Antworten gewählt; bitte wählen Sie höchstens 2.",
                "radio „Keine Antwort auf diesem Platz“ ungültig: Fehler: Bitte wählen Sie für jeden Platz eine Antwort.",
                "radio „Bürgerservice“ ungültig: Fehler: Jede Antwort kann nur einen Platz belegen; bitte wählen Sie für jeden Platz eine andere.",
                "radio „Yes“ ungültig: Error: Please choose an answer.",
                "checkbox „Registration“ ungültig: Error: You chose 3 answers; please choose at most 2.",
                "radio „No answer in this place“ ungültig: Error: Please choose an answer for each place.",
                "radio „Citizen service“ ungültig: Error: Each answer can take only one place; please choose a different one for each place.");
    }

    @Test
    void aPageThatRefusedAnAnswerSwitchedToTheOtherLanguageByKeyboardSaysThereAtTheControlWhy() {
        List<String> heard = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            submit(browser);
            awaitTheFocusOnTheErrorSummary();
            // from the error summary, which has the focus, back to the header's switch
            pressTheLanguageSwitch(browser);
            assertThat(browser.getTitle()).startsWith(lang.equals("de") ? "Error: " : "Fehler: ");
            heard.add(followTheErrorSummary("radio"));
        }
        assertThat(heard).containsExactly("radio „Yes“ ungültig: Error: Please choose an answer.",
                "radio „Ja“ ungültig: Fehler: Bitte wählen Sie eine Antwort.");
    }

    /**
     * Tabs from the error summary (which has the focus) to its link, follows it, and says what
     * Chromium's accessibility tree, which screen readers read, gives for the control it leads to:
     * its role, its name, whether it is invalid and its description.
     */
    @SuppressWarnings("unchecked")
    private static String followTheErrorSummary(String role) {
        awaitTheFocusOnTheErrorSummary();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(active(browser).getTagName()).isEqualTo("a");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        return heardAtTheFocus(role);
    }

    /**
     * Waits for the error summary to take the focus: autofocus moves it at the page's first
     * rendering, a moment after the page is there, and until then the focused element may be the
     * last page's (asked by script, which holds no element that can go stale, and asked again while
     * the page is being replaced).
     */
    private static void awaitTheFocusOnTheErrorSummary() {
        new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> "error-summary".equals(
                ((JavascriptExecutor) d).executeScript("return document.activeElement && document.activeElement.className;")));
    }

    /** What Chromium's accessibility tree gives for the focused control: its role, its name, whether it is invalid and its description. */
    @SuppressWarnings("unchecked")
    private static String heardAtTheFocus(String role) {
        Map<String, Object> focused = (Map<String, Object>) browser.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", "document.activeElement")).get("result");
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("objectId", focused.get("objectId"), "fetchRelatives", false));
        Map<String, Object> node = ((List<Map<String, Object>>) tree.get("nodes")).get(0);
        Map<String, Object> properties = new java.util.HashMap<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
            properties.put((String) p.get("name"), ((Map<String, Object>) p.get("value")).get("value"));
        }
        assertThat(valueOf(node, "role")).isEqualTo(role);
        return valueOf(node, "role") + " „" + valueOf(node, "name") + "“ "
                + ("true".equals(String.valueOf(properties.get("invalid"))) ? "ungültig" : "gültig") + ": " + valueOf(node, "description");
    }

    @SuppressWarnings("unchecked")
    private static String valueOf(Map<String, Object> node, String key) {
        Object v = node.get(key);
        return v == null ? "" : String.valueOf(((Map<String, Object>) v).get("value"));
    }

    @Test
    void theErrorSummaryThatTakesTheFocusIsReadWholeNotByItsTitleAlone() {
        browser.get(base + "/self-test/test-fragearten?lang=de");
        submit(browser);
        awaitTheFocusOnTheErrorSummary();
        // named by its title, as it was, the summary is announced by that name alone (JAWS): the errors were never said
        String question = heardAtTheFocus("group");
        browser.get(base + "/?lang=en");
        browser.findElement(By.cssSelector("form[enctype] button")).click();
        awaitTheFocusOnTheErrorSummary();
        String start = heardAtTheFocus("group");
        assertThat(List.of(question, start)).containsExactly("group „“ gültig: ", "group „“ gültig: ");
        // its content is an alert: heading and list, each error a link to its field
        assertThat(browser.findElement(By.cssSelector(".error-summary > [role=alert]")).getText())
                .isEqualTo("The file was not accepted\nPlease choose an answers file.");
    }

    /**
     * Where the question the focused control belongs to stands in the viewport: [its heading (the legend, or the label that
     * is its heading), its error message, the control itself], each "in view" or where it is cut off.
     */
    private static final String QUESTION_IN_VIEW = """
            const e = document.activeElement, field = e.closest('.field'), h = window.innerHeight;
            const where = (what, el) => { const r = el.getBoundingClientRect();
                return what + (r.top >= 0 && r.bottom <= h ? ' in view' : ' from ' + Math.round(r.top) + ' to ' + Math.round(r.bottom) + ' of ' + h); };
            return [where('heading', field.querySelector('h1')), where('error', field.querySelector('.error-message')), where('control', e)];""";

    @Test
    void theErrorSummarysLinkAtFourHundredPercentShowsTheQuestionAndItsErrorAboveTheControlItFocuses() {
        // 1280 × 1024 pixels at 400 %: the link moved the control to the top, its question and error above, out of sight
        List<String> seen = new ArrayList<>();
        inWindow(320, 256, 1, false, () -> {
            for (String lang : List.of("de", "en")) {
                browser.get(base + "/self-test/" + OEFIT + "?lang=" + lang);
                submit(browser);
                // (its heading stands above a help text of forty lines here, which no window this short holds with it)
                seen.add(lang + " radio " + followedToTheField().subList(1, 3));
                browser.get(base + "/self-test/test-fragearten?lang=" + lang);
                submit(browser);
                seen.add(lang + " radio " + followedToTheField());
                browser.findElement(By.cssSelector("input[value=ja]")).click();
                submit(browser);
                browser.findElement(By.cssSelector("input[value='4']")).click();
                submit(browser);
                for (String pick : List.of("melde", "kfz", "bau")) browser.findElement(By.cssSelector("input[value=" + pick + "]")).click();
                submit(browser);
                seen.add(lang + " checkbox " + followedToTheField());
                browser.findElement(By.cssSelector("input[value=bau]")).click();
                browser.findElement(By.cssSelector("input[value=kfz]")).click();
                submit(browser);
                rank(browser, 1, "service");
                rank(browser, 2, "effizienz");
                submit(browser);
                browser.findElement(By.name("answer")).sendKeys("viel");
                submit(browser);
                seen.add(lang + " text " + followedToTheField());
            }
        });
        List<String> expected = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            expected.add(lang + " radio [error in view, control in view]");
            for (String kind : List.of("radio", "checkbox", "text")) expected.add(lang + " " + kind + " [heading in view, error in view, control in view]");
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void theErrorMessageAtAQuestionLeftOpenSaysAloneWhatItsKindOfQuestionAsks() {
        // at 400 % the message at the field may be all of the question in view: "please answer this question" said what, where?
        List<String> said = new ArrayList<>();
        inWindow(320, 256, 1, false, () -> {
            for (String lang : List.of("de", "en")) {
                browser.get(base + "/self-test/" + OEFIT + "?lang=" + lang);
                submit(browser);
                said.add(theFieldsErrorMessage());
                browser.findElement(By.cssSelector("input[value=gemeinde]")).click();
                submit(browser);
                submit(browser);
                said.add(theFieldsErrorMessage());
                browser.findElement(By.name("answer")).sendKeys("5000");
                submit(browser);
                submit(browser);
                submit(browser);
                said.add(theFieldsErrorMessage());
                rank(browser, 1, "effizienz");
                rank(browser, 2, "transparenz");
                rank(browser, 3, "it-sicherheit");
                submit(browser);
                browser.findElement(By.cssSelector("input[value=keine]")).click();
                submit(browser);
                submit(browser);
                submit(browser);
                said.add(theFieldsErrorMessage());
            }
        });
        assertThat(said).containsExactly(
                "Fehler: Bitte wählen Sie eine Antwort.",
                "Fehler: Bitte geben Sie eine ganze Zahl von 1 bis 10.000.000 ein.",
                "Fehler: Bitte wählen Sie für jeden Platz eine Antwort.",
                "Fehler: Bitte wählen Sie mindestens eine Antwort.",
                "Error: Please choose an answer.",
                "Error: Please enter a whole number from 1 to 10,000,000.",
                "Error: Please choose an answer for each place.",
                "Error: Please choose at least one answer.");
    }

    @Test
    void aScreenReaderHearsHowManyAnswersAQuestionTakesExactlyAndThatAnOptionalOnesLeastBindsOnlyWhoeverAnswers(@TempDir Path temp)
            throws IOException {
        // no shipped questionnaire has a multiple choice of exactly two, an optional one of two or more, or an optional ranking
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginJar.of(Fixtures.path("plugin-picks"), plugins.resolve("picks.jar"));
        List<String> heard = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (Typwerk picks = Typwerk.builder().pluginsFrom(plugins).locale(Locale.GERMAN).build();
             TypwerkServer own = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2,
                     new HttpApi(Map.of(Language.DE, picks, Language.EN, picks.speaking(Locale.ENGLISH)), Language.DE, 1))) {
            for (String lang : List.of("de", "en")) {
                browser.get(own.uri().resolve("/self-test/test-anzahl?lang=" + lang).toString());
                // exactly two: "2 bis 2 Antworten" said a range that is none
                heard.add(groupHeard());
                checkAccessibility("exactly two " + lang, seen);
                submit(browser);
                heard.add(theFieldsErrorMessage());
                for (String pick : List.of("effizienz", "service", "beteiligung")) tick(pick);
                submit(browser);
                heard.add(theFieldsErrorMessage());
                tick("beteiligung");
                submit(browser);
                // optional, two or more if answered at all: "Wählen Sie 2 bis 3 Antworten." under "(freiwillig)" read as an obligation
                heard.add(groupHeard());
                tick("kreis");
                submit(browser);
                heard.add(theFieldsErrorMessage());
                tick("kreis");
                submit(browser);
                // an optional ranking takes every place or none
                heard.add(groupHeard() + " | " + requiredAt("fieldset.rank"));
                checkAccessibility("optional ranking " + lang, seen);
                rank(browser, 1, "geld");
                submit(browser);
                heard.add(theFieldsErrorMessage());
                browser.findElement(By.cssSelector("input[name=rank-1][value='']")).click();
                submit(browser);
                assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).as("the optional questions left open").isNotEmpty();
            }
        }
        assertThat(heard).containsExactly(
                "(Welche zwei Ziele verfolgen Sie zuerst?) Wählen Sie genau 2 Antworten.",
                "Fehler: Bitte wählen Sie genau 2 Antworten.",
                "Fehler: Sie haben 3 Antworten gewählt; bitte wählen Sie genau 2.",
                "(Mit wem arbeiten Sie zusammen? (freiwillig)) Wenn Sie antworten, wählen Sie mindestens 2 und höchstens 3 Antworten.",
                "Fehler: Sie haben eine Antwort gewählt; bitte wählen Sie 2 bis 3. Oder wählen Sie keine, um die Frage offen zu lassen.",
                "(Was bremst Sie am meisten? (freiwillig)) Wenn Sie antworten, wählen Sie für jeden Platz eine Antwort, die wichtigste auf"
                        + " Platz 1. | not required",
                "Fehler: Bitte wählen Sie für jeden Platz eine Antwort. Oder lassen Sie alle Plätze ohne Antwort, um die Frage offen zu lassen.",
                "(Which two goals do you pursue first?) Choose exactly 2 answers.",
                "Error: Please choose exactly 2 answers.",
                "Error: You chose 3 answers; please choose exactly 2.",
                "(Whom do you work with? (optional)) If you answer, choose at least 2 and at most 3 answers.",
                "Error: You chose one answer; please choose 2 to 3. Or choose none to leave the question open.",
                "(What slows you down most? (optional)) If you answer, choose an answer for each place, the most important in place 1."
                        + " | not required",
                "Error: Please choose an answer for each place. Or leave every place without an answer to leave the question open.");
    }

    /** What a screen reader says on entering the question's group: its name (the heading) and its description (the hint). */
    private static String groupHeard() {
        Map<String, Object> group = axNode("fieldset.field");
        return "(" + valueOf(group, "name").replaceAll("\\s+", " ").strip() + ") " + valueOf(group, "description");
    }

    /** Whether Chrome hands a screen reader the control the selector finds as required. */
    @SuppressWarnings("unchecked")
    private static String requiredAt(String selector) {
        for (Map<String, Object> p : (List<Map<String, Object>>) axNode(selector).getOrDefault("properties", List.of())) {
            if ("required".equals(p.get("name")) && Boolean.TRUE.equals(((Map<String, Object>) p.get("value")).get("value"))) return "required";
        }
        return "not required";
    }

    private static void tick(String option) {
        browser.findElement(By.cssSelector("input[type=checkbox][value=" + option + "]")).click();
    }

    /** The error message at the field of the question on the page, as it reads on its own. */
    private static String theFieldsErrorMessage() {
        awaitTheFocusOnTheErrorSummary();
        return browser.findElement(By.cssSelector(".field .error-message")).getText().replace('\n', ' ');
    }

    /** How far below the heading's foot the first option's top stands, in CSS pixels, and the height of the window. */
    private static final String OPTIONS_BELOW_THE_HEADING = """
            const h = document.querySelector('.field h1').getBoundingClientRect(), o = document.querySelector('.choice').getBoundingClientRect();
            return [Math.round(o.top - h.bottom), window.innerHeight];""";

    @Test
    void atFourHundredPercentTheKindOfMunicipalitysOptionsStandUnderItsQuestionTheLongHelpShownOnRequestByKeyboard() {
        // 1280 × 1024 pixels at 400 %: a help of forty lines stood between the question and its options, four windows down
        List<String> seen = new ArrayList<>();
        inWindow(320, 256, 1, false, () -> {
            for (String lang : List.of("de", "en")) {
                browser.get(base + "/self-test/" + OEFIT + "?lang=" + lang);
                @SuppressWarnings("unchecked")
                List<Long> below = (List<Long>) ((JavascriptExecutor) browser).executeScript(OPTIONS_BELOW_THE_HEADING);
                assertThat(below.get(0)).as(lang + ": the first option under the heading, in one window with its last line").isLessThan(below.get(1) - 48);
                // what a screen reader says on entering the group: the help's first paragraph, not all five
                String described = String.valueOf(((Map<?, ?>) axNode("fieldset.field").get("description")).get("value"));
                // the rest is a disclosure, the next stop of the keyboard after the skip link, the header's links and the heading
                WebElement more = browser.findElement(By.cssSelector(".field details summary"));
                for (int i = 0; i < 6 && !more.equals(active(browser)); i++) new Actions(browser).sendKeys(Keys.TAB).perform();
                assertThat(active(browser)).as(lang + ": the disclosure is reached by Tab").isEqualTo(more);
                String name = more.getText();
                boolean hidden = !browser.findElement(By.cssSelector(".field details p")).isDisplayed();
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                List<String> shown = browser.findElements(By.cssSelector(".field details p")).stream()
                        .filter(WebElement::isDisplayed).map(p -> String.join(" ", List.of(p.getText().split(" ")).subList(0, 3))).toList();
                seen.add(lang + ": " + described + " | " + name + (hidden ? " (closed)" : " (open)") + " → " + shown);
                checkAccessibility("help shown " + lang, new ArrayList<>());
            }
        });
        assertThat(seen).containsExactly(
                "de: Dient vor allem der Einordnung; für die Typzuordnung zählt die Angabe nur wenig. Ein Stadtstaat und ein Bezirk in "
                        + "Berlin oder Hamburg wählen „Stadt“. | Mehr zu dieser Frage (closed) → [Eine Große Kreisstadt, Ein Stadtstaat ist, Führt ein Amt,, Für einen Landkreis]",
                "en: Mainly for context; it counts only a little towards the type. A city-state, and a borough (Bezirk) of Berlin or Hamburg, "
                        + "choose “Town or city”. | More about this question (closed) → [A Große Kreisstadt, A city-state is, If an Amt,, For a district]");
    }

    @Test
    void eachEntryOfTheErrorSummaryNamesTheQuestionItsLinkLeadsTo() {
        // the link leads to the control, above which a long help text may hide the heading at 400 %: the entry says which question it is
        List<String> said = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/" + OEFIT + "?lang=" + lang);
            submit(browser);
            said.add(theErrorSummarysEntries());
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            for (String pick : List.of("melde", "kfz", "bau")) browser.findElement(By.cssSelector("input[value=" + pick + "]")).click();
            submit(browser);
            said.add(theErrorSummarysEntries());
            browser.findElement(By.cssSelector("input[value=bau]")).click();
            browser.findElement(By.cssSelector("input[value=kfz]")).click();
            submit(browser);
            submit(browser);
            said.add(theErrorSummarysEntries());
            rank(browser, 1, "service");
            rank(browser, 2, "service");
            submit(browser);
            said.add(theErrorSummarysEntries());
            rank(browser, 2, "effizienz");
            submit(browser);
            browser.findElement(By.name("answer")).sendKeys("2000000");
            submit(browser);
            said.add(theErrorSummarysEntries());
        }
        assertThat(said).containsExactly(
                "Bitte beantworten Sie die Frage „Für welche Art von Kommune beantworten Sie die Fragen?“. "
                        + "(Fehler: Bitte wählen Sie eine Antwort.)",
                "Frage „Welche Dienste bieten Sie online an?“: Sie haben 3 Antworten gewählt; bitte wählen Sie höchstens 2. "
                        + "(Fehler: Sie haben 3 Antworten gewählt; bitte wählen Sie höchstens 2.)",
                "Bitte beantworten Sie die Frage „Welche Ziele sind Ihnen am wichtigsten?“. "
                        + "(Fehler: Bitte wählen Sie für jeden Platz eine Antwort.)",
                "Frage „Welche Ziele sind Ihnen am wichtigsten?“: Jede Antwort kann nur einen Platz belegen; bitte wählen Sie für jeden Platz "
                        + "eine andere. (Fehler: Jede Antwort kann nur einen Platz belegen; bitte wählen Sie für jeden Platz eine andere.)",
                "Frage „Wie hoch ist das Digitalbudget?“: Die Zahl ist zu groß; bitte geben Sie höchstens 1.000.000 ein. "
                        + "(Fehler: Die Zahl ist zu groß; bitte geben Sie höchstens 1.000.000 ein.)",
                "Please answer the question “What kind of local authority are you answering for?”. (Error: Please choose an answer.)",
                "Question “Which services do you offer online?”: You chose 3 answers; please choose at most 2. "
                        + "(Error: You chose 3 answers; please choose at most 2.)",
                "Please answer the question “Which goals matter most to you?”. (Error: Please choose an answer for each place.)",
                "Question “Which goals matter most to you?”: Each answer can take only one place; please choose a different one for each place. "
                        + "(Error: Each answer can take only one place; please choose a different one for each place.)",
                "Question “How large is the digital budget?”: The number is too large; please enter at most 1,000,000. "
                        + "(Error: The number is too large; please enter at most 1,000,000.)");
    }

    /** The error summary's entries, and in brackets the error message at the field, as a screen reader reads them. */
    private static String theErrorSummarysEntries() {
        awaitTheFocusOnTheErrorSummary();
        List<String> entries = browser.findElements(By.cssSelector(".error-summary li a")).stream().map(WebElement::getText).toList();
        return String.join(" | ", entries) + " (" + browser.findElement(By.cssSelector(".error-message")).getAttribute("textContent").trim() + ")";
    }

    /** Follows the error summary's first link by keyboard and tells what of its question is in view, the focus on the control it names. */
    @SuppressWarnings("unchecked")
    private static List<String> followedToTheField() {
        awaitTheFocusOnTheErrorSummary();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        String target = active(browser).getAttribute("href").replaceAll(".*#", "");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> target.equals(active(d).getAttribute("id")));
        return (List<String>) ((JavascriptExecutor) browser).executeScript(QUESTION_IN_VIEW);
    }

    @Test
    void aScreenReaderAtAnAnswerToBePickedAloneHearsTheOrThatSetsItApartFromThoseToCombine() {
        // a sighted person sees "oder" above "Keinen davon" and "Weiß nicht"; one who tabs from box to box hears only the boxes
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            Map<String, String> heard = new java.util.LinkedHashMap<>();
            for (WebElement box : browser.findElements(By.cssSelector("input[type=checkbox]"))) {
                heard.put(box.getAttribute("value"), groupsAround("#" + box.getAttribute("id")));
            }
            String question = lang.equals("de") ? "Welche Dienste bieten Sie online an? (freiwillig)" : "Which services do you offer online? (optional)";
            String or = lang.equals("de") ? "oder" : "or";
            assertThat(heard).as(lang).containsExactly(Map.entry("melde", question), Map.entry("kfz", question), Map.entry("bau", question),
                    Map.entry("keine", or + " / " + question), Map.entry("weiss-nicht", or + " / " + question));
        }
    }

    /** The names of the groups Chrome's accessibility tree has around the element, the innermost first, joined by " / ". */
    @SuppressWarnings("unchecked")
    private static String groupsAround(String selector) {
        Map<String, Object> found = (Map<String, Object>) browser.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", "document.querySelector('" + selector + "')")).get("result");
        Map<String, Object> tree = browser.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("objectId", found.get("objectId"), "fetchRelatives", true));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        for (Map<String, Object> n : nodes) byId.put(String.valueOf(n.get("nodeId")), n);
        List<String> groups = new ArrayList<>();
        Map<String, Object> node = nodes.get(0);
        while (node != null) {
            if ("group".equals(valueOf(node, "role")) && !Boolean.TRUE.equals(node.get("ignored"))) groups.add(valueOf(node, "name"));
            node = byId.get(String.valueOf(node.get("parentId")));
        }
        return String.join(" / ", groups);
    }

    @Test
    void aNumberRefusedStaysInItsFieldAsItWasTypedNotRewrittenWithThePagesSeparator() {
        // the budget takes whole numbers: 1.5 (and 2,5) are refused, and the person sees what they typed to correct it
        List<String> shown = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            for (String typed : List.of("1.5", "2,5", "1.000.000,5")) {
                toTheNumberQuestion(lang);
                browser.findElement(By.name("answer")).sendKeys(" " + typed);
                submit(browser);
                assertThat(browser.findElements(By.cssSelector(".error-summary"))).as(lang + " " + typed).isNotEmpty();
                shown.add(lang + " " + browser.findElement(By.name("answer")).getAttribute("value"));
            }
        }
        assertThat(shown).containsExactly("de 1.5", "de 2,5", "de 1.000.000,5", "en 1.5", "en 2,5", "en 1.000.000,5");
    }

    /** Walks test-fragearten in {@code lang} up to its number question, the budget (a whole number from 0 to 1,000,000). */
    private static void toTheNumberQuestion(String lang) {
        browser.get(base + "/self-test/test-fragearten?lang=" + lang);
        browser.findElement(By.cssSelector("input[value=ja]")).click();
        submit(browser);
        browser.findElement(By.cssSelector("input[value='4']")).click();
        submit(browser);
        browser.findElement(By.cssSelector("input[value=melde]")).click();
        submit(browser);
        rank(browser, 1, "service");
        rank(browser, 2, "effizienz");
        submit(browser);
        assertThat(browser.findElement(By.cssSelector("form.question")).getAttribute("data-kind")).isEqualTo("number");
    }

    @Test
    void aScreenReaderInANumbersBoxHearsItsUnitWhichStandsAfterTheBox() {
        List<String> heard = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            browser.get(base + "/self-test/test-fragearten?lang=" + lang);
            browser.findElement(By.cssSelector("input[value=ja]")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value='4']")).click();
            submit(browser);
            browser.findElement(By.cssSelector("input[value=melde]")).click();
            submit(browser);
            rank(browser, 1, "service");
            rank(browser, 2, "effizienz");
            submit(browser);
            WebElement box = browser.findElement(By.name("answer"));
            box.sendKeys("viel");
            heard.add(heardAtTheFocus("textbox"));
            submit(browser);
            browser.findElement(By.name("answer")).click();
            heard.add(heardAtTheFocus("textbox"));
        }
        assertThat(heard).containsExactly(
                "textbox „Wie hoch ist das Digitalbudget? (freiwillig)“ gültig: Euro Eine ganze Zahl von 0 bis 1.000.000.",
                "textbox „Wie hoch ist das Digitalbudget? (freiwillig)“ ungültig: Euro Eine ganze Zahl von 0 bis 1.000.000. "
                        + "Fehler: Bitte geben Sie eine ganze Zahl von 0 bis 1.000.000 ein.",
                "textbox „How large is the digital budget? (optional)“ gültig: euros A whole number from 0 to 1,000,000.",
                "textbox „How large is the digital budget? (optional)“ ungültig: euros A whole number from 0 to 1,000,000. "
                        + "Error: Please enter a whole number from 0 to 1,000,000.");
    }

    @Test
    void theFirstTabOnEveryKindOfPageShowsASkipLinkThatTakesTheKeyboardToTheContent() {
        for (String lang : List.of("de", "en")) {
            Map<String, String> firstInContent = Map.of(
                    "/?lang=" + lang, "a",
                    "/self-test/test-fragearten?lang=" + lang, "input",
                    "/self-test/no-such-questionnaire?lang=" + lang, "a");
            for (Map.Entry<String, String> page : firstInContent.entrySet()) {
                browser.get(base + page.getKey());
                // as a person does, press Tab once the page is there (a key sent earlier may reach the page before it)
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && document.hasFocus() && document.activeElement === document.body;")));
                new Actions(browser).sendKeys(Keys.TAB).perform();
                WebElement skip = active(browser);
                assertThat(skip.getText()).as(page.getKey()).isEqualTo(lang.equals("de") ? "Zum Inhalt springen" : "Skip to the content");
                assertThat(((JavascriptExecutor) browser).executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.width > 40 && r.height > 16;", skip))
                        .as("the skip link is in view when focused: " + page.getKey()).isEqualTo(true);
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                assertThat(active(browser).getAttribute("id")).as(page.getKey()).isEqualTo("main");
                new Actions(browser).sendKeys(Keys.TAB).perform();
                assertThat(active(browser).getTagName()).as(page.getKey()).isEqualTo(page.getValue());
                assertThat(((JavascriptExecutor) browser).executeScript("return document.getElementById('main').contains(arguments[0]);",
                        active(browser))).as(page.getKey()).isEqualTo(true);
            }
        }
    }

    /** The focused element, its outline's style and width, and the contrast of its colour with the background around it. */
    private static final String FOCUS_RING = """
            const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).map(Number).slice(0, 3).map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const around = e => { for (e = e.parentElement; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                if (!/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
            const e = document.activeElement, s = getComputedStyle(e), a = lum(s.outlineColor), b = lum(around(e));
            return [e.tagName + (e.id ? '#' + e.id : '') + (e.value ? '=' + e.value : ''), s.outlineStyle, String(parseFloat(s.outlineWidth)),
                String(Math.round((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * 100) / 100)];""";

    @Test
    void everythingTheKeyboardReachesShowsFocusWithAnOutlineOfAtLeast3To1Contrast() {
        List<String> weak = new ArrayList<>();
        int checked = 0;
        browser.get(base + "/?lang=de");
        checked += tabThrough(weak);
        browser.get(base + "/self-test/test-fragearten?lang=de");
        submit(browser);
        checked += tabThrough(weak);
        browser.findElement(By.cssSelector("input[value=nein]")).click();
        submit(browser);
        browser.findElement(By.cssSelector("input[value=bau]")).click();
        submit(browser);
        checked += tabThrough(weak);
        assertThat(checked).isGreaterThan(20);
        assertThat(weak).isEmpty();
    }

    @Test
    void everythingTheKeyboardReachesOnTheResultPageTheReportFileAndTheCohortFileShowsFocusWithAnOutlineOfAtLeast3To1Contrast(
            @TempDir Path temp) throws IOException {
        List<String> weak = new ArrayList<>();
        Map<String, Integer> checked = new java.util.LinkedHashMap<>();
        for (String lang : List.of("de", "en")) {
            toTheResult(lang);
            checked.put("result " + lang, tabThrough(weak));
        }
        // at 400 % zoom (320 pixels) the tables of the files, wider than that, are regions the keyboard scrolls
        inWindow(320, 640, 1, false, () -> {
            for (Path page : cohortAndReportPages(temp)) {
                browser.get(page.toUri().toString());
                checked.put(page.getFileName().toString(), tabThrough(weak));
            }
        });
        assertThat(checked).hasSize(6).allSatisfy((page, n) -> assertThat(n).as(page).isGreaterThan(1));
        assertThat(weak).isEmpty();
    }

    /**
     * Tabs through a page from where its focus is (the top, or the error summary that took it) to
     * its end, noting every focused element whose focus is not plain to see.
     *
     * @return how many elements were focused
     */
    private static int tabThrough(List<String> weak) {
        int n = 0;
        for (int i = 0; i < 40; i++) {
            if (i > 0 || active(browser).getTagName().equals("body")) new Actions(browser).sendKeys(Keys.TAB).perform();
            if (active(browser).getTagName().equals("body")) break;
            @SuppressWarnings("unchecked")
            List<String> ring = (List<String>) ((JavascriptExecutor) browser).executeScript(FOCUS_RING);
            n++;
            if (ring.get(1).equals("none") || Double.parseDouble(ring.get(2)) < 2 || Double.parseDouble(ring.get(3)) < 3) {
                weak.add(browser.getTitle() + ": " + ring);
            }
        }
        return n;
    }

    @Test
    void aTextWithLineBreaksAsLongAsTheFieldTakesIsTakenAsTyped() throws Exception {
        toTheTextQuestion("de");
        WebElement text = browser.findElement(By.name("answer"));
        assertThat(text.getAttribute("maxlength")).isEqualTo("500");
        // 99 lines of four letters and a line break, and a last of five: 500 characters as the field counts them, and it takes them all
        String typed = "Text\n".repeat(99) + "Ende.";
        text.sendKeys(typed);
        assertThat(text.getAttribute("value")).hasSize(500).isEqualTo(typed);
        submit(browser);
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).isNotEmpty();
        String carried = browser.findElement(By.name("answers")).getAttribute("value");
        AnswersRead read = engine.readAnswers("walked.json", carried.getBytes(StandardCharsets.UTF_8));
        assertThat(read.response().orElseThrow().answers()).containsEntry("q-anmerkung", new Answer.Text(typed));
    }

    /** The report of the carried answers, as the self-test's report page shows it: its form posted as a page of it sends it. */
    private static void toTheReportOf(WebDriver driver, String carried, String lang) {
        driver.get(base + "/?lang=" + lang);
        WebElement start = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + " for (const [n, v] of [['answers', arguments[1]], ['at', ''], ['go', 'next']]) {"
                + " const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); }"
                + " document.body.appendChild(f); f.submit();", "/self-test/oefit-digitalisierungstypen?lang=" + lang, carried);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(start));
    }

    @Test
    void eachAnswerOfTheResultThatCountsForNoTypeOpensItsQuestionByKeyboardAndTheChangedAnswerComesBackWithAllOthersAndTheFocusThere(@TempDir Path temp)
            throws Exception {
        // the town that answered "Keine" throughout (above): 18 answers that count for no type, behind one button
        String keine = Files.readString(Repository.persona("noch-nichts-stadt"))
                .replaceAll("(?m)^  (bewaehrtes|rollenklarheit|interkommunal): .*\n", "")
                .replaceAll("(?m)^  (federfuehrung|it-sicherheit|breitband): .*$", "  $1: weiss-nicht");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(keine);
        List<String> seen = new ArrayList<>();
        ChromeDriver noScript = Browser.start(false, temp);
        try {
            for (ChromeDriver driver : List.of(browser, noScript)) {
                for (String lang : List.of("de", "en")) {
                    String run = (driver == browser ? "" : "without JavaScript, ") + lang;
                    toTheReportOf(driver, mapper.writeValueAsString(before), lang);
                    if (driver == browser) checkAccessibility("report page of answers that count for no type " + lang, seen);
                    // Tab to the disclosure, Enter opens it, Tab on to the first answer's button: it names its question
                    WebElement summary = tabTo(driver, e -> e.getTagName().equals("summary"));
                    assertThat(summary.getText()).as(run).isEqualTo(lang.equals("de") ? "Welche Antworten das sind (18)" : "Which answers these are (18)");
                    new Actions(driver).sendKeys(Keys.ENTER).perform();
                    WebElement change = tabTo(driver, e -> e.getTagName().equals("button"));
                    assertThat(change.getText()).as(run).isEqualTo(lang.equals("de") ? "Ändern" : "Change");
                    assertThat(driver.findElements(By.cssSelector(".tw-weightless button"))).as(run).hasSize(18);
                    if (driver == browser) {
                        // on a phone of 320 CSS pixels the buttons stand whole beside or below their answers (WCAG 1.4.10)
                        inWindow(320, 640, 1, true, () -> assertThat(pastTheEdge("report page with the answers open at 320 px " + lang)).isEmpty());
                        // its focus plain to see, as everything else the keyboard reaches
                        @SuppressWarnings("unchecked")
                        List<String> ring = (List<String>) browser.executeScript(FOCUS_RING);
                        assertThat(ring.get(1)).as(run + " " + ring).isNotEqualTo("none");
                        assertThat(Double.parseDouble(ring.get(2))).as(run + " " + ring).isGreaterThanOrEqualTo(2);
                        assertThat(Double.parseDouble(ring.get(3))).as(run + " " + ring).isGreaterThanOrEqualTo(3);
                        // a screen reader hears which answer the button changes: its visible word, then the question
                        assertThat(heardAtTheFocus("button")).isEqualTo("button „" + (lang.equals("de")
                                ? "Ändern Worauf stützt sich die Digitalisierung Ihrer Kommune strategisch in erster Linie?"
                                : "Change What does your municipality’s digitalisation mainly rest on, strategically?") + "“ gültig: ");
                    }
                    WebElement report = driver.findElement(By.tagName("html"));
                    change.sendKeys(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(report));
                    // the question with the answer it had, whose button takes the answer back to the result
                    assertThat(driver.findElement(By.cssSelector("form.question")).getAttribute("data-question")).as(run)
                            .isEqualTo("strategie-verankerung");
                    assertThat(driver.findElement(By.cssSelector("input[name=answer]:checked")).getAttribute("value")).as(run).isEqualTo("keine");
                    if (driver == browser && lang.equals("de")) checkAccessibility("question opened from an answer that counts for no type", seen);
                    WebElement strategy = driver.findElement(By.cssSelector("input[name=answer][value=gesamtstrategie]"));
                    strategy.sendKeys(Keys.SPACE);
                    WebElement back = driver.findElement(By.cssSelector("button.primary"));
                    assertThat(back.getText()).as(run).isEqualTo(lang.equals("de") ? "Übernehmen und zurück zum Ergebnis" : "Save and return to the result");
                    WebElement question = driver.findElement(By.tagName("html"));
                    back.sendKeys(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(question));
                    // the result again, the answer changed there and every other one as it was
                    assertThat(driver.findElements(By.cssSelector("[data-outcome]"))).as(run).isNotEmpty();
                    List<String> values = driver.findElements(By.cssSelector(".tw-weightless button")).stream()
                            .map(b -> b.getAttribute("value")).toList();
                    // (with a strategy of its own some dimensions are no longer thin: the answers that bear on those alone leave the list)
                    assertThat(values).as(run).hasSize(14).doesNotContain("ask:strategie-verankerung").contains("ask:fim");
                    com.fasterxml.jackson.databind.node.ObjectNode after = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                            driver.findElement(By.cssSelector("form#report-form input[name=answers]")).getAttribute("value"));
                    com.fasterxml.jackson.databind.node.ObjectNode expected = before.deepCopy();
                    ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("answers")).put("strategie-verankerung", "gesamtstrategie");
                    assertThat(after).as(run).isEqualTo(expected);
                    // the list open again and the focus where the person goes on: the answer changed left it, so at the next one
                    assertThat(driver.findElement(By.cssSelector(".tw-weightless")).getAttribute("open")).as(run).isNotNull();
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "ask:finanzierung".equals(active(d).getAttribute("value")));
                    // opened and taken back unchanged, the focus is on its own button again
                    WebElement again = driver.findElement(By.tagName("html"));
                    active(driver).sendKeys(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(again));
                    assertThat(driver.findElement(By.cssSelector("form.question")).getAttribute("data-question")).as(run).isEqualTo("finanzierung");
                    WebElement unchanged = driver.findElement(By.tagName("html"));
                    driver.findElement(By.cssSelector("button.primary")).sendKeys(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(unchanged));
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "ask:finanzierung".equals(active(d).getAttribute("value")));
                }
            }
        } finally {
            noScript.quit();
        }
        assertThat(seen).hasSize(3);
        // a report file has nothing to change: no button there
        assertThat(reportFile(temp, "keine", keine)).contains("tw-weightless").doesNotContain("<button");
    }

    @Test
    void eachQuestionOfTheResultWithoutAnAnswerThatCountsOpensByKeyboardAndTheFocusComesBackToThatListGoingOnWhereThePersonWas(
            @TempDir Path temp) throws Exception {
        // a clear Optimierer that answered "weiß nicht" on three questions, listed as without an answer that counts
        String unsure = Files.readString(Repository.persona("optimierer"))
                .replaceAll("(?m)^  (federfuehrung|it-sicherheit|breitband): .*$", "  $1: weiss-nicht");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(unsure);
        List<String> seen = new ArrayList<>();
        ChromeDriver noScript = Browser.start(false, temp);
        try {
            for (ChromeDriver driver : List.of(browser, noScript)) {
                for (String lang : List.of("de", "en")) {
                    String run = (driver == browser ? "" : "without JavaScript, ") + lang;
                    toTheReportOf(driver, mapper.writeValueAsString(before), lang);
                    if (driver == browser) checkAccessibility("report page with questions without an answer that counts " + lang, seen);
                    // a button below each of the three questions, and only there
                    assertThat(driver.findElements(By.cssSelector(".tw-unanswered button")).stream().map(b -> b.getAttribute("value")).toList())
                            .as(run).containsExactly("ask:federfuehrung", "ask:it-sicherheit", "ask:breitband");
                    WebElement answer = tabTo(driver, e -> "ask:it-sicherheit".equals(e.getAttribute("value")));
                    assertThat(answer.getText()).as(run).isEqualTo(lang.equals("de") ? "Beantworten" : "Answer");
                    if (driver == browser) {
                        // a screen reader hears which question the button opens: its visible word, then the question
                        String question = browser.findElement(By.cssSelector(".tw-unanswered li:nth-child(2) .tw-question")).getText();
                        assertThat(heardAtTheFocus("button")).isEqualTo("button „" + answer.getText() + " " + question + "“ gültig: ");
                        inWindow(320, 640, 1, true, () -> assertThat(pastTheEdge("report page with questions to answer at 320 px " + lang)).isEmpty());
                    }
                    // opened: the question with its "weiß nicht"; another answer taken back to the result
                    answerFromTheReport(driver, "it-sicherheit", "weiss-nicht", run);
                    com.fasterxml.jackson.databind.node.ObjectNode after = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                            driver.findElement(By.cssSelector("form#report-form input[name=answers]")).getAttribute("value"));
                    assertThat(after.get("answers").get("it-sicherheit").asText()).as(run).isNotEqualTo("weiss-nicht");
                    after.with("answers").remove("it-sicherheit");
                    com.fasterxml.jackson.databind.node.ObjectNode expected = before.deepCopy();
                    expected.with("answers").remove("it-sicherheit");
                    assertThat(after).as(run).isEqualTo(expected);
                    // the question left the list: the focus on the next one's button, not at the top of the page
                    assertThat(driver.findElements(By.cssSelector(".tw-unanswered button"))).as(run).hasSize(2);
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "ask:breitband".equals(active(d).getAttribute("value")));
                    if (driver == browser) checkAccessibility("report page with the focus back in the questions without an answer " + lang, seen);
                    // the last one listed answered: the focus on the sentence that introduces the list, which goes on above
                    answerFromTheReport(driver, "breitband", "weiss-nicht", run);
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> active(d).getTagName().equals("p"));
                    assertThat(active(driver).getText()).as(run).startsWith(lang.equals("de") ? "Ohne bewertbare Antwort" : "Without an answer that counts");
                    // the last one answered: the list is gone, the focus on the heading of its part
                    new Actions(driver).sendKeys(Keys.TAB).perform();
                    assertThat(active(driver).getAttribute("value")).as(run).isEqualTo("ask:federfuehrung");
                    answerFromTheReport(driver, "federfuehrung", "weiss-nicht", run);
                    assertThat(driver.findElements(By.cssSelector(".tw-unanswered"))).as(run).isEmpty();
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "tw-coverage-heading".equals(active(d).getAttribute("id")));
                }
            }
        } finally {
            noScript.quit();
        }
        assertThat(seen).hasSize(4);
        // a report file has nothing to answer: no button there, the questions listed as before
        assertThat(reportFile(temp, "unsure", unsure)).contains("class=\"tw-unanswered\"").doesNotContain("<button").doesNotContain("autofocus");
    }

    /** The page {@code typwerk report --format html} writes for the answers file {@code answers}, named {@code name}. */
    private static String reportFile(Path temp, String name, String answers) throws IOException {
        Path file = Files.writeString(temp.resolve(name + ".yaml"), answers);
        Path page = temp.resolve(name + ".html");
        Cli.Result r = new Cli(temp.resolve("home")).run("report", file.toString(), "--format", "html", "--out", page.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return Files.readString(page);
    }

    /**
     * On the report, presses Enter on the focused button that opens question {@code id}, finds its answer {@code was} picked,
     * picks another with Space and takes it back to the report with Enter on "Übernehmen und zurück zum Ergebnis".
     */
    private static void answerFromTheReport(WebDriver driver, String id, String was, String run) {
        assertThat(active(driver).getAttribute("value")).as(run).isEqualTo("ask:" + id);
        WebElement report = driver.findElement(By.tagName("html"));
        active(driver).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(report));
        assertThat(driver.findElement(By.cssSelector("form.question")).getAttribute("data-question")).as(run).isEqualTo(id);
        assertThat(driver.findElement(By.cssSelector("input[name=answer]:checked")).getAttribute("value")).as(run).isEqualTo(was);
        driver.findElements(By.cssSelector("input[name=answer]")).stream()
                .filter(i -> !List.of("weiss-nicht", "keine").contains(i.getAttribute("value"))).findFirst().orElseThrow().sendKeys(Keys.SPACE);
        WebElement question = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("button.primary")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(question));
        assertThat(driver.findElements(By.cssSelector("[data-outcome]"))).as(run).isNotEmpty();
    }

    @Test
    void aReportOnTooFewAnswersLetsTheKeyboardAnswerAQuestionItSuggestsAndComeBackToTheResult() throws IOException {
        List<String> seen = new ArrayList<>();
        // the report's form as a page that carries answers with "weiß nicht" on most questions sends it
        String carried = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(Repository.persona("viel-weiss-nicht").toFile()));
        browser.get(base + "/?lang=de");
        WebElement start = browser.findElement(By.tagName("html"));
        browser.executeScript("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + " for (const [n, v] of [['answers', arguments[1]], ['at', ''], ['go', 'next']]) {"
                + " const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); }"
                + " document.body.appendChild(f); f.submit();", "/self-test/oefit-digitalisierungstypen", carried);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(start));
        assertThat(browser.findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome")).isEqualTo("insufficient");
        checkAccessibility("report with questions to answer now", seen);
        // the questions' long texts wrap in their buttons on a phone of 320 CSS pixels (WCAG 1.4.10)
        inWindow(320, 640, 1, true, () -> {
            assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
                    .isLessThanOrEqualTo(0);
            assertThat(pastTheEdge("report with questions to answer now at 320 px")).isEmpty();
        });
        List<WebElement> asks = browser.findElements(By.cssSelector(".answer-now button"));
        assertThat(asks).hasSize(8);

        WebElement report = browser.findElement(By.tagName("html"));
        asks.get(0).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(report));
        checkAccessibility("question opened from the report", seen);
        WebElement back = browser.findElement(By.cssSelector("button.primary"));
        assertThat(back.getText()).isEqualTo("Übernehmen und zurück zum Ergebnis");
        browser.findElements(By.cssSelector("input[name=answer]")).stream()
                .filter(i -> !List.of("weiss-nicht", "keine").contains(i.getAttribute("value"))).findFirst().orElseThrow().click();
        WebElement question = browser.findElement(By.tagName("html"));
        back.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(question));
        assertThat(browser.findElements(By.cssSelector("[data-outcome]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".answer-now button"))).hasSizeLessThan(8);
    }

    @Test
    void answersDownloadedAndUploadedAgainResumeWhereThePersonStopped() throws Exception {
        browser.get(base + "/self-test/test-fragearten?lang=en");
        browser.findElement(By.cssSelector("input[value=teilweise]")).click();
        submit(browser);
        browser.findElement(By.cssSelector("input[value='4']")).click();
        submit(browser);
        String carried = browser.findElement(By.name("answers")).getAttribute("value");
        browser.findElement(By.cssSelector("input[value=kfz]")).click();
        browser.findElement(By.cssSelector("button[value=download]")).click();
        Path file = downloads.resolve("typwerk-test-fragearten-answers.yaml");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(file) && sizeOf(file) > 0);
        String yaml = Files.readString(file);
        assertThat(yaml).contains("q-strategie: teilweise").contains("q-umsetzung: 4").contains("q-dienste: [kfz]");
        // the file is one typwerk reads: partial answers, the same ones the form carried, and the pick on the page
        AnswersRead read = engine.readPartialAnswers(file.toString(), Files.readAllBytes(file));
        assertThat(read.ok()).as(read.problems().toString()).isTrue();
        AnswersRead before = engine.readPartialAnswers("before.json", carried.getBytes(StandardCharsets.UTF_8));
        assertThat(read.response().orElseThrow().answers()).containsAllEntriesOf(before.response().orElseThrow().answers())
                .containsEntry("q-dienste", new Answer.Choices(List.of("kfz")));

        browser.get(base + "/?lang=en");
        browser.findElement(By.id("resume-file")).sendKeys(file.toAbsolutePath().toString());
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[enctype] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
        assertThat(browser.findElement(By.name("at")).getAttribute("value")).isEqualTo("q-ziele");
        String resumed = browser.findElement(By.name("answers")).getAttribute("value");
        AnswersRead after = engine.readPartialAnswers("after.json", resumed.getBytes(StandardCharsets.UTF_8));
        assertThat(after.response().orElseThrow().answers()).isEqualTo(read.response().orElseThrow().answers());
        Files.delete(file);
    }

    @Test
    void anUploadedFileThatDoesNotReadIsToldByItsOwnNameWithTheFocusOnWhatIsWrong(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("meine-antworten.yml"),
                "questionnaire: test-fragearten\nversion: 2.1.0\nanswers:\n  q-strategie: jein\n");
        browser.get(base + "/?lang=de");
        browser.findElement(By.id("resume-file")).sendKeys(file.toAbsolutePath().toString());
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[enctype] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
        assertThat(active(browser).getAttribute("class")).isEqualTo("error-summary");
        // the title, which a screen reader says first, says so too, as a question's page says a refused answer
        assertThat(browser.getTitle()).isEqualTo("Fehler: Selbsttest: Welcher Typ ist Ihre Verwaltung? – Typwerk-Selbsttest");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Selbsttest: Welcher Typ ist Ihre Verwaltung?");
        String said = browser.findElement(By.cssSelector(".error-summary li")).getText();
        assertThat(said).startsWith("meine-antworten.yml:4:").contains("jein").doesNotContain("answers.yaml");
        checkAccessibility("upload refused", new ArrayList<>());
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        assertThat(active(browser).getAttribute("id")).isEqualTo("resume-file");
        // where the link leads, a screen reader says that the file is refused and why, as at a question's field
        assertThat(heardAtTheFocus("button")).startsWith("button „Antwortdatei (YAML oder JSON)“ ungültig: Fehler: meine-antworten.yml:4:")
                .contains("jein");
    }

    @Test
    void aPageJustOpenedSaysWhichAnswersAreRequiredAndCallsNothingInvalidBeforeAnythingIsSent() {
        // Chrome hands a screen reader no "required" of a radio button (ARIA has none for one: it is its group's), and called every
        // required control invalid as the page opened, its native check failing though the form is novalidate: "ungültig" before
        // anything was sent. Required is said by the group of radio buttons, and by a box's aria-required, which has no native check
        // (the start page's file field, a button to Chrome, which has no required either, is no longer called invalid at once)
        List<String> heard = new ArrayList<>();
        browser.get(base + "/?lang=de");
        heard.add("upload: " + stateAt("#resume-file"));
        browser.get(base + "/self-test/" + OEFIT + "?lang=de");
        heard.add("single: " + stateAt("fieldset.field") + " / " + stateAt("input[value=gemeinde]"));
        // a radiogroup is still named by its legend, the question
        assertThat(valueOf(axNode("fieldset.field"), "name")).isEqualTo(browser.findElement(By.cssSelector("legend h1")).getText());
        browser.findElement(By.cssSelector("input[value=gemeinde]")).click();
        submit(browser);
        heard.add("number: " + stateAt("input[name=answer]"));
        browser.get(base + "/self-test/test-fragearten?lang=de");
        browser.findElement(By.cssSelector("input[value=ja]")).click();
        submit(browser);
        heard.add("optional scale: " + stateAt("fieldset.field") + " / " + stateAt("input[value='3']"));
        browser.findElement(By.cssSelector("input[value='3']")).click();
        submit(browser);
        browser.findElement(By.cssSelector("input[value=melde]")).click();
        submit(browser);
        heard.add("ranking: " + stateAt("fieldset.rank") + " / " + stateAt("input[name=rank-1][value='']"));
        rank(browser, 1, "service");
        rank(browser, 2, "effizienz");
        submit(browser);
        heard.add("optional number: " + stateAt("input[name=answer]"));
        browser.findElement(By.name("answer")).sendKeys("zwölf");
        submit(browser);
        // refused by the server: now it is invalid
        heard.add("refused number: " + stateAt("input[name=answer]"));
        assertThat(heard).containsExactly(
                "upload: button",
                "single: radiogroup required / radio",
                "number: textbox required",
                "optional scale: radiogroup / radio",
                "ranking: radiogroup required / radio",
                "optional number: textbox",
                "refused number: textbox invalid");
    }

    /** The role of the control the selector finds as Chrome hands it a screen reader, and whether it is required and invalid. */
    @SuppressWarnings("unchecked")
    private static String stateAt(String selector) {
        Map<String, Object> node = axNode(selector);
        StringBuilder b = new StringBuilder(valueOf(node, "role"));
        for (Map<String, Object> p : (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
            Object value = ((Map<String, Object>) p.get("value")).get("value");
            if ("required".equals(p.get("name")) && Boolean.TRUE.equals(value)) b.append(" required");
            if ("invalid".equals(p.get("name")) && !"false".equals(String.valueOf(value))) b.append(" invalid");
        }
        return b.toString();
    }

    @Test
    void uploadingWithoutAFileIsToldInThePagesLanguageNotByTheBrowsersBubble() {
        // the browser speaks German (--lang=de-DE); the page is English: the page says it, as every other refused upload
        browser.get(base + "/?lang=en");
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[enctype] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> replaced(html));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(active(browser).getAttribute("class")).isEqualTo("error-summary");
        assertThat(browser.findElement(By.cssSelector(".error-summary li")).getText()).isEqualTo("Please choose an answers file.");
        // still said to be needed, to a screen reader
        assertThat(stateAt("#resume-file")).isEqualTo("button invalid");
        checkAccessibility("upload without a file", new ArrayList<>());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void hostileTextsOfAPluginShowLiterallyAndRunNoScript() {
        browser.get(base + "/?lang=de");
        String title = browser.getTitle();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("<script>document.title='pwned'</script>Feindlicher Fragebogen");
        browser.findElement(By.partialLinkText("Feindlicher Fragebogen")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("\"><img src=x onerror=");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        // focus every option (an injected onfocus would run), then look for what a script would have done
        browser.findElement(By.cssSelector("input[value=ja]")).click();
        // the scripts would set the title to 'pwned' or '1'; it is still the page's own (with the texts in it, as text)
        assertThat(browser.getTitle()).endsWith(" – Typwerk-Selbsttest").isNotIn("pwned", "1");
        assertThat(title).endsWith(" – Typwerk-Selbsttest");
        assertNoAlert();
        submit(browser);
        assertNoAlert();
        assertThat(browser.getTitle()).endsWith(" – Typwerk-Selbsttest");
    }

    private static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script of the plugin's texts ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // none: nothing ran
        }
    }

    @Test
    void theReportPageLoadsNothingButFromTheServerItself() {
        toTheResult("en");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
        assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith(base + "/"), "from " + base);
        assertThat(Stream.of(browser.getPageSource().getBytes(StandardCharsets.UTF_8).length)).allMatch(n -> n < 60 * 1024);
    }
}
