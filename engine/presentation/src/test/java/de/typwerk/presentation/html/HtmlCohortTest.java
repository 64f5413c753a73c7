package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.applications.cohort.Cohort;
import de.typwerk.applications.cohort.ResultRows;
import de.typwerk.applications.cohort.ResultsReader;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The cohort as one HTML page (typwerk cohort --format html), as a screen reader meets it, on the engine's cohort fixture. */
class HtmlCohortTest {

    private static final Questionnaire TYPOLOGY = Fixtures.questionnaire("cohort/typology.yaml");

    private static Cohort cohort(Questionnaire questionnaire) throws IOException {
        return cohort(questionnaire, new String(Fixtures.bytes("cohort/results.jsonl"), StandardCharsets.UTF_8));
    }

    private static Cohort cohort(Questionnaire questionnaire, String file) throws IOException {
        ResultRows rows = new ResultsReader(new Mappers(), new Messages(Locale.GERMAN)).read("results.jsonl", new StringReader(file));
        return Cohort.of(questionnaire, rows, Optional.of("wo"), 2);
    }

    @Test
    void the_charts_description_a_screen_reader_reads_in_the_pages_language_holds_no_german_gloss_on_an_english_page() throws IOException {
        Document en = Jsoup.parse(new HtmlCohort().page(cohort(TYPOLOGY), Optional.empty(), Locale.ENGLISH));
        Document de = Jsoup.parse(new HtmlCohort().page(cohort(TYPOLOGY), Optional.empty(), Locale.GERMAN));

        // an SVG description is read with the page's voice throughout: "city or town (Stadt)" would be read as English
        assertThat(en.getElementById("tw-by-kind-chart-desc").text()).contains("municipality (5): ", "city or town (3): ", "district (1): ")
                .doesNotContain("Gemeinde", "Stadt", "Kreis");
        assertThat(de.getElementById("tw-by-kind-chart-desc").text()).contains("Gemeinde (5): ", "Stadt (3): ", "Kreis (1): ");
        // the table beside it keeps the gloss, marked as German
        assertThat(en.select("#tw-by-kind-heading ~ div tbody th").eachText()).contains("city or town (Stadt)");
        assertThat(en.select("#tw-by-kind-heading ~ div tbody th [lang=de]").eachText()).contains("Stadt");
    }

    @Test
    void the_stacked_charts_show_every_group_whole_as_the_tables_do_in_either_language() throws IOException {
        // a kind of municipality the engine does not know stands as it was written, longer than the 52 characters the chart cut it at
        String kind = "verbandsgemeinde mit gemeinsamer verwaltung und digitalstrategie ihrer ortsgemeinden";
        String file = new String(Fixtures.bytes("cohort/results.jsonl"), StandardCharsets.UTF_8).replaceFirst("\"kind\":\"stadt\"",
                "\"kind\":\"" + kind + "\"");
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Document doc = Jsoup.parse(new HtmlCohort().page(cohort(TYPOLOGY, file), Optional.empty(), language));
            for (String spread : List.of("#tw-by-kind-heading", "#tw-by-state-heading")) {
                Element section = doc.selectFirst(spread).parent();
                Element chart = section.selectFirst(".tw-chart");
                // the groups' names are text of the page, whole and marked as the table's rows are, the bars drawn beside them
                assertThat(chart.select(".tw-chart-label").eachText()).as(language + " " + spread).noneMatch(l -> l.contains("…"))
                        .isEqualTo(section.select("tbody th[scope=row]").eachText());
                assertThat(chart.select(".tw-chart-label").stream().map(Element::html).toList())
                        .isEqualTo(section.select("tbody th[scope=row]").stream().map(Element::html).toList());
                assertThat(chart.select(".tw-chart-value").eachText()).isEqualTo(section.select("tbody tr > td:nth-of-type(1)").eachText());
                assertThat(chart.select("svg")).hasSameSizeAs(section.select("tbody tr"))
                        .allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
                // its text alternative stays: a name and every number in sentences, in hidden elements of the page
                assertThat(chart.attr("role")).isEqualTo("img");
                Element title = doc.getElementById(chart.attr("aria-labelledby"));
                assertThat(title.hasAttr("hidden")).isTrue();
                assertThat(title.text()).isEqualTo(section.selectFirst("h2").text());
                // the description laid out but not shown (so its parts join as text), and read only as the chart's
                Element desc = doc.getElementById(chart.attr("aria-describedby"));
                assertThat(desc.hasClass("tw-desc")).isTrue();
                assertThat(desc.attr("aria-hidden")).isEqualTo("true");
            }
            assertThat(doc.select(".tw-chart-label").eachText()).contains(kind);
            assertThat(doc.getElementById("tw-by-kind-chart-desc").text()).contains(kind + " (1): ");
            assertThat(doc.select(".tw-cohort-legend")).hasSize(2);
        }
        Document en = Jsoup.parse(new HtmlCohort().page(cohort(TYPOLOGY), Optional.empty(), Locale.ENGLISH));
        // the German word that glosses a kind on an English page is marked as German in the chart too
        assertThat(en.select("#tw-by-kind-chart-title ~ .tw-chart-row .tw-chart-label [lang=de]").eachText()).contains("Stadt", "Kreis");
    }

    @Test
    void each_cohorts_page_is_titled_after_its_results_file_and_how_many_results_it_holds_so_tabs_tell_them_apart() throws IOException {
        Cohort cohort = cohort(TYPOLOGY);

        Document bayern = Jsoup.parse(new HtmlCohort().page(cohort, Optional.of("bayern-2026.jsonl"), Locale.GERMAN));
        Document hessen = Jsoup.parse(new HtmlCohort().page(cohort, Optional.of("hessen-2026.jsonl"), Locale.ENGLISH));
        Document piped = Jsoup.parse(new HtmlCohort().page(cohort, Optional.empty(), Locale.GERMAN));

        assertThat(bayern.title()).isEqualTo("bayern-2026.jsonl (10 Ergebnisse) – Kohorte: Amtstypen");
        assertThat(hessen.title()).isEqualTo("hessen-2026.jsonl (10 results) – Cohort: Office types");
        assertThat(piped.title()).isEqualTo("10 Ergebnisse – Kohorte: Amtstypen");
        // the page says which file it shows, on screen and on paper, beside the questionnaire
        assertThat(bayern.select(".tw-facts dt").eachText()).containsExactly("Fragebogen", "Ergebnisdatei", "Zeilen");
        assertThat(bayern.select(".tw-facts dd").get(1).text()).isEqualTo("bayern-2026.jsonl");
        assertThat(piped.select(".tw-facts dt").eachText()).containsExactly("Fragebogen", "Zeilen");
        assertThat(bayern.select("h1").eachText()).containsExactly("Kohorte: Amtstypen");
    }

    @Test
    void an_english_page_of_a_questionnaire_in_german_alone_marks_each_of_its_texts_as_german_for_screen_readers() throws IOException {
        Document en = Jsoup.parse(new HtmlCohort().page(cohort(Fixtures.questionnaire("cohort/typology-de.yaml")), Optional.empty(),
                Locale.ENGLISH));

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Cohort: Amtstypen");
        assertThat(en.select("h1 [lang=de]").eachText()).containsExactly("Amtstypen");
        // the types' names wherever they stand: the legends, the columns, the rows of the types; the page's own words stay unmarked
        assertThat(en.select(".tw-cohort-legend li[lang=de]").eachText()).containsOnly("Die Ruhige", "Der Schnelle", "Die Gesellige").hasSize(6);
        assertThat(en.select(".tw-cohort-legend li:not([lang])").eachText()).containsOnly("mixed", "insufficient");
        // (a text of the definition as a whole in its own element where it may hold terms marked in turn: the topic's column, its hints)
        assertThat(en.select("thead th[lang=de], thead th > [lang=de]").eachText())
                .contains("Die Ruhige", "Der Schnelle", "Die Gesellige", "Wo findet man mich?");
        assertThat(en.select("thead th:not([lang])").eachText()).contains("Count", "mixed", "Type", "Most frequent among");
        assertThat(en.select(".tw-cohort-types tbody th[lang=de]").eachText()).containsExactly("Die Ruhige", "Der Schnelle", "Die Gesellige");
        assertThat(en.select(".tw-cohort-types tbody td[lang=de], .tw-cohort-types tbody td > [lang=de]").eachText()).contains("Oft in Städten.");
        assertThat(en.select("[lang]").eachAttr("lang")).containsOnly("en", "de");
        // and in the charts' descriptions, which say the shares in words among the page's own
        for (String chart : List.of("tw-by-kind-chart-desc", "tw-by-state-chart-desc")) {
            Element desc = en.getElementById(chart);
            assertThat(desc.select("[lang=de]").eachText()).as(chart).contains("Die Ruhige", "Der Schnelle");
            assertThat(desc.ownText()).as(chart).doesNotContain("Die Ruhige", "Der Schnelle", "Die Gesellige").contains("(");
        }

        // with the page's language among the questionnaire's, nothing is marked but the German gloss of a kind and the states' names
        Document bilingual = Jsoup.parse(new HtmlCohort().page(cohort(TYPOLOGY), Optional.empty(), Locale.ENGLISH));
        assertThat(bilingual.select(".tw-report [lang=de]").eachText())
                .allMatch(java.util.List.of("Gemeinde", "Stadt", "Kreis", "Schleswig-Holstein", "Bayern")::contains);
    }

    @Test
    void an_english_page_marks_the_german_words_in_the_types_names_and_the_states_german_names_as_german_wherever_they_stand()
            throws IOException {
        String yaml = new String(Fixtures.bytes("cohort/typology.yaml"), StandardCharsets.UTF_8)
                .replace("en: \"The calm one\"", "en: \"The Landkreis regular\"").replace("en: \"The quick one\"", "en: \"Close to the Land\"");
        DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH))
                .read(new DefinitionSource("typology.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.problems()).isEmpty();
        Document en = Jsoup.parse(new HtmlCohort().page(cohort(read.questionnaire().orElseThrow()), Optional.empty(), Locale.ENGLISH));

        // the types' names in the legends, the columns and the rows of the types, each German word marked inside the English name
        assertThat(en.select(".tw-cohort-legend li").eachText()).contains("The Landkreis regular", "Close to the Land");
        assertThat(en.select(".tw-cohort-legend li [lang=de]").eachText()).containsExactly("Landkreis", "Land", "Landkreis", "Land");
        assertThat(en.select(".tw-cohort-legend li[lang]")).isEmpty();
        assertThat(en.select("thead th [lang=de]").eachText()).containsExactly("Landkreis", "Land", "Landkreis", "Land");
        assertThat(en.select(".tw-cohort-types tbody th").eachText()).containsExactly("The Landkreis regular", "Close to the Land",
                "The sociable one");
        assertThat(en.select(".tw-cohort-types tbody th [lang=de]").eachText()).containsExactly("Landkreis", "Land");
        // the states by their German names, in the chart, its description and the table
        Element byState = en.selectFirst("#tw-by-state-heading").parent();
        assertThat(byState.select("tbody th").eachText()).contains("01 Schleswig-Holstein", "09 Bayern");
        assertThat(byState.select("tbody th [lang=de]").eachText()).containsExactly("Schleswig-Holstein", "Bayern");
        assertThat(byState.select(".tw-chart-label [lang=de]").eachText()).containsExactly("Schleswig-Holstein", "Bayern");
        Element desc = en.getElementById("tw-by-state-chart-desc");
        assertThat(desc.select("[lang=de]").eachText()).contains("Schleswig-Holstein", "Bayern", "Landkreis", "Land");
        assertThat(en.getElementById("tw-by-kind-chart-desc").select("[lang=de]").eachText()).contains("Landkreis", "Land")
                .doesNotContain("Stadt", "Gemeinde", "Kreis");
        // no German word of these names is left for an English voice anywhere outside the drawings
        java.util.regex.Pattern german = java.util.regex.Pattern.compile("(?<!\\p{L})(Landkreis|Land|Schleswig-Holstein|Bayern)(?!\\p{L})");
        List<String> unmarked = new java.util.ArrayList<>();
        for (Element e : en.select(".tw-report *:not(svg, svg *)")) {
            for (org.jsoup.nodes.TextNode text : e.textNodes()) {
                if (german.matcher(text.text()).find() && !e.closest("[lang]").attr("lang").equals("de")) unmarked.add(e.outerHtml());
            }
        }
        assertThat(unmarked).as("German words read with an English voice").isEmpty();

        // in German the states and the names stand unmarked
        Document de = Jsoup.parse(new HtmlCohort().page(cohort(read.questionnaire().orElseThrow()), Optional.empty(), Locale.GERMAN));
        assertThat(de.select(".tw-report [lang]:not(.tw-report)")).isEmpty();
        assertThat(de.select("#tw-by-state-heading ~ div tbody th").eachText()).contains("09 Bayern");
    }
}
