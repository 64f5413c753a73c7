package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk cohort --format html}: the distribution by kind and by state as one self-contained
 * page, each as stacked bars in SVG with a text alternative and as a table with the numbers; on
 * the hand-written results of {@link CohortCommandTest}.
 */
class CohortHtmlTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    private static String results() {
        return Fixtures.path("cohort/oefit-results.jsonl").toString();
    }

    @Test
    void the_distribution_by_kind_and_by_state_is_a_page_of_charts_with_their_tables() throws IOException {
        Path page = temp.resolve("cohort.html");

        Cli.Result r = cli().run("cohort", results(), "--format", "html", "--hint-topic", "verbreitung", "--out", page.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(doc.select("h1").eachText()).singleElement().asString().startsWith("Kohorte: Digitale Kommunen");
        // titled after the file, as several cohorts open in tabs are told apart
        assertThat(doc.title()).isEqualTo("oefit-results.jsonl (7 Ergebnisse) – Kohorte: Digitale Kommunen – welcher Digitalisierungstyp ist Ihre Kommune?");
        assertThat(doc.select("h2").eachText()).containsExactly("Typen nach Art der Kommune",
                "Typen nach Bundesland (aus den ersten zwei Stellen des AGS)", "Typen");
        assertThat(doc.select(".tw-facts dd").eachText()).contains("8 gelesen, 7 Ergebnisse, 1 Fehlerzeile übersprungen, 0 unlesbar, 0 zu einem anderen Fragebogen");

        for (Element chart : doc.select(".tw-chart")) {
            assertThat(chart.attr("role")).isEqualTo("img");
            assertThat(doc.getElementById(chart.attr("aria-labelledby")).hasAttr("hidden")).isTrue();
            assertThat(doc.getElementById(chart.attr("aria-describedby")).text()).contains("alle (7): ");
            assertThat(chart.select("svg")).allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
        }
        assertThat(doc.select(".tw-chart")).hasSize(2);
        Element byState = doc.selectFirst("#tw-by-state-heading").parent();
        assertThat(byState.select("tbody th[scope=row]").eachText())
                .containsExactly("05 Nordrhein-Westfalen", "09 Bayern", "unbekanntes Land", "alle");
        assertThat(byState.select("tbody tr.tw-all td").first().text()).isEqualTo("7");
        assertThat(byState.select("thead th[scope=col]").eachText()).contains("Land", "Anzahl", "Der Bedächtige", "gemischt", "unzureichend");
        assertThat(byState.select(".tw-cohort-legend li").eachText()).contains("Der Bedächtige", "gemischt", "unzureichend");
        // each bar of the chart fills the track exactly: the parts of a row add up to its width
        for (Element svg : doc.select(".tw-chart svg")) {
            double width = svg.select("rect").stream().mapToDouble(part -> Double.parseDouble(part.attr("width"))).sum();
            assertThat(width).isCloseTo(320.0, org.assertj.core.api.Assertions.within(0.35));
        }
        assertThat(byState.select(".tw-chart-label").eachText()).isEqualTo(byState.select("tbody th[scope=row]").eachText());
        assertThat(doc.select(".tw-cohort-types tbody tr")).hasSize(4);
        assertThat(doc.select(".tw-cohort-types thead th").eachText()).contains("Wo findet man mich?");
        assertThat(doc.select("script, img, link, [style], [src], [href]")).isEmpty();
        assertThat(doc.select(".tw-scroll")).allSatisfy(div -> assertThat(div.attr("tabindex")).isEqualTo("0"));
    }

    @Test
    void in_english_with_the_same_bytes_on_every_run_and_locale() {
        Cli.Result first = cli().run("cohort", results(), "--format", "html", "--lang", "en");
        Cli.Result again = cli().locale(Locale.US).run("cohort", results(), "--format", "html", "--lang", "en");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        Document doc = Jsoup.parse(first.out());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select(".tw-facts dd").eachText()).contains("8 read, 7 results, 1 error row skipped, 0 unreadable, 0 for another questionnaire");
        assertThat(doc.select("h2").eachText()).contains("Types by kind of municipality");
        assertThat(doc.select("#tw-by-kind-heading ~ div tbody th").eachText()).contains("district (Kreis)", "all");
        // the German word that glosses a kind of municipality is read with a German voice, in the rows and among the types
        assertThat(doc.select("#tw-by-kind-heading ~ div tbody th [lang]").eachText()).contains("Kreis");
        assertThat(doc.select(".tw-cohort-types tbody td [lang]").eachText()).isNotEmpty();
        assertThat(doc.select("tbody [lang]").eachAttr("lang")).containsOnly("de");
        // and so are the states' German names
        assertThat(doc.select("#tw-by-state-heading ~ div tbody th [lang=de]").eachText()).containsExactly("Nordrhein-Westfalen", "Bayern");
        assertThat(doc.select("tbody [lang]").eachText()).allMatch(List.of("Gemeinde", "Stadt", "Kreis", "Nordrhein-Westfalen", "Bayern")::contains);
    }

    @Test
    void an_english_pages_hints_mark_the_german_words_of_administration_they_keep_as_german_and_a_german_page_marks_none() {
        Cli.Result english = cli().run("cohort", results(), "--format", "html", "--lang", "en", "--hint-topic", "verbreitung");
        Cli.Result german = cli().run("cohort", results(), "--format", "html", "--lang", "de", "--hint-topic", "verbreitung");

        assertThat(english.exitCode()).as(english.toString()).isZero();
        Document doc = Jsoup.parse(english.out());
        // the hint column: "Often a smaller town, a municipality (Gemeinde) or a district (Kreis).", read with a German voice where German
        List<Element> hints = doc.select(".tw-cohort-types tbody td:last-child");
        assertThat(hints).hasSize(4);
        assertThat(hints.get(0).text()).isEqualTo("Often a smaller town, a municipality (Gemeinde) or a district (Kreis).");
        assertThat(hints.get(0).select("[lang=de]").eachText()).containsExactly("Gemeinde", "Kreis");
        assertThat(doc.select(".tw-cohort-types tbody td:last-child [lang]").eachText()).contains("Gemeinde", "Kreis")
                .allMatch(List.of("Gemeinde", "Kreis")::contains);
        assertThat(Jsoup.parse(german.out()).select(".tw-cohort-types [lang]")).isEmpty();
    }

    @Test
    void the_peers_are_not_part_of_the_page_so_asking_for_them_alone_is_a_wrong_command_line() {
        Cli.Result r = cli().run("cohort", results(), "--format", "html", "--only", "peers", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format html shows the distribution");
    }
}
