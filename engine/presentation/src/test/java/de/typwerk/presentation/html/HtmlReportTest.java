package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.result.Result;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final HtmlReport REPORT = new HtmlReport();

    private static String page(Result result, Locale language) {
        return REPORT.page(result, Reports.questionnaireOf(result), language);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void the_german_report_names_the_type_and_shows_the_shares_and_the_profile_as_charts_and_as_tables() {
        Result result = Reports.score(Reports.persona("optimierer"));
        Document doc = parse(page(result, Locale.GERMAN));

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(doc.selectFirst(".tw-report").attr("lang")).isEqualTo("de");
        assertThat(doc.select("h1").eachText()).containsExactly("Ergebnis: Digitale Kommunen – welcher Digitalisierungstyp ist Ihre Kommune?");
        assertThat(doc.selectFirst(".tw-outcome h2").text()).isEqualTo("Ihr Typ: Der Optimierer");
        // the sentence under the heading goes on from it, not saying the type again (a screen reader read it twice)
        assertThat(doc.selectFirst(".tw-outcome-sentence").text()).startsWith("Mit 69,3 % Anteil, 58,5 Prozentpunkte vor dem Typ „Der ");

        Element shares = doc.getElementById("tw-shares");
        assertThat(shares).isNull(); // the chart's id is its title's and description's prefix
        Elements charts = doc.select(".tw-chart");
        assertThat(charts).hasSize(2);
        for (Element chart : charts) {
            assertThat(chart.attr("role")).isEqualTo("img");
            assertThat(doc.getElementById(chart.attr("aria-labelledby")).hasAttr("hidden")).isTrue();
            // laid out but not shown, so its parts join as text; read only as the chart's description
            assertThat(doc.getElementById(chart.attr("aria-describedby")).hasClass("tw-desc")).isTrue();
            assertThat(doc.getElementById(chart.attr("aria-describedby")).attr("aria-hidden")).isEqualTo("true");
            assertThat(chart.select("svg")).allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
        }
        assertThat(doc.getElementById("tw-shares-title").text()).isNotBlank();
        assertThat(doc.getElementById("tw-shares-desc").text()).contains("Der Optimierer: 69,3 %");
        assertThat(doc.select(".tw-types table tbody th[scope=row]").eachText())
                .containsExactly("Der Optimierer", "Der Community Manager", "Der Bedächtige", "Der Serviceorientierte");
        assertThat(doc.select(".tw-types table tbody tr").get(0).select("td").eachText()).containsExactly("69,3 %", "0,966", "1");
        // the score's column is named as the JSON result names it, and a note under the table says what each number is
        assertThat(doc.select(".tw-types table thead th").eachText()).containsExactly("Typ", "Anteil", "Score", "Rang");
        assertThat(doc.selectFirst(".tw-types table").parent().nextElementSibling().text()).isEqualTo(
                "Anteil: wie sich die Zuordnung auf die Typen verteilt, zusammen 100 %. Score: wie nah Ihre Antworten dem Typ kommen,"
                        + " von 0 bis 1, gemessen von der Strategie prototype – je höher, desto näher (im JSON-Ergebnis „share“ und „score“).");
        assertThat(doc.select(".tw-types svg rect.tw-bar")).hasSize(4);
        assertThat(doc.select(".tw-dimensions table tbody tr")).hasSize(result.dimensions().size());
        assertThat(doc.select(".tw-dimensions svg rect.tw-bar")).hasSize(result.dimensions().size());

        assertThat(doc.select("h2").eachText()).contains("Profil: Der Optimierer", "Dimensionen", "Abdeckung",
                "Empfehlungen für den Typ „Der Optimierer“");
        // what was scored, how and for whom stands under a heading of its own, so that whoever walks the headings does not
        // meet it under "Im Bericht", the list of parts before it
        Element facts = doc.selectFirst("dl.tw-facts");
        assertThat(facts.previousElementSibling().is("h2")).isTrue();
        assertThat(facts.previousElementSibling().text()).isEqualTo("Zu dieser Auswertung");
        assertThat(facts.previousElementSibling().previousElementSibling().is("nav.tw-contents")).isTrue();
        assertThat(doc.select(".tw-reasons h2").text()).startsWith("Warum „Der Optimierer“?");
        assertThat(doc.select(".tw-advice h3").eachText()).contains("Stärken dieses Typs – prüfen Sie, worauf Sie davon schon bauen können",
                "Ihre Schwachstellen – und von wem Sie lernen können");
        assertThat(doc.select(".tw-lessons > li > ul > li").first().text()).startsWith("Lernen Sie vom Typ");
        assertThat(doc.select(".tw-motto").text()).startsWith("Motto: „");
        assertThat(doc.select(".tw-source p").text()).isNotBlank();
    }

    @Test
    void the_english_report_takes_the_definitions_english_texts_and_writes_numbers_with_a_point() {
        Result result = Reports.score(Reports.persona("optimierer"));
        Document doc = parse(page(result, Locale.ENGLISH));

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst(".tw-outcome h2").text()).isEqualTo("Your type: The Optimiser");
        assertThat(doc.selectFirst(".tw-outcome-sentence").text()).startsWith("With a share of 69.3%, 58.5 percentage points ahead of the type “The ");
        assertThat(doc.select(".tw-types table tbody tr").get(0).select("td").eachText()).containsExactly("69.3%", "0.966", "1");
        assertThat(doc.select(".tw-types table thead th").eachText()).containsExactly("Type", "Share", "Score", "Rank");
        assertThat(doc.selectFirst(".tw-types table").parent().nextElementSibling().text()).isEqualTo(
                "Share: how the classification divides among the types, 100% together. Score: how close your answers come to the type,"
                        + " from 0 to 1, as the strategy prototype measures it – the higher, the closer (“share” and “score” in the JSON result).");
        assertThat(doc.select("h2").eachText()).contains("Types", "Dimensions", "Coverage");
        assertThat(doc.selectFirst("dl.tw-facts").previousElementSibling().text()).isEqualTo("About this report");
        assertThat(doc.text()).doesNotContain("Ihr Typ", "Anteil", "Optimierer");
    }

    @Test
    void the_kind_of_municipality_is_named_in_words_of_the_reports_language_not_by_its_id() {
        Result result = Reports.score(Reports.persona("optimierer"));

        assertThat(parse(page(result, Locale.GERMAN)).select(".tw-facts dd").eachText())
                .contains("Landkreis Musterkreis · AGS 08436000 · Kreis · Baden-Württemberg");
        assertThat(parse(page(result, Locale.ENGLISH)).select(".tw-facts dd").eachText())
                .contains("Landkreis Musterkreis · AGS 08436000 · district (Kreis) · Baden-Württemberg");
    }

    @Test
    void a_mixed_result_names_both_types_and_shows_the_profile_and_recommendations_of_each() {
        Result result = Reports.score(Reports.persona("mixed-optimierer-serviceorientiert"));
        Document doc = parse(page(result, Locale.GERMAN));

        assertThat(doc.selectFirst(".tw-outcome").hasClass("tw-outcome-mixed")).isTrue();
        assertThat(doc.selectFirst(".tw-outcome h2").text()).isEqualTo("Gemischt: „Der Optimierer“ und „Der Serviceorientierte“");
        assertThat(doc.select(".tw-profile h2").eachText()).containsExactly("Profil: Der Optimierer", "Profil: Der Serviceorientierte");
        assertThat(doc.select(".tw-types tr.tw-focus th").eachText()).containsExactly("Der Optimierer", "Der Serviceorientierte");
        assertThat(doc.select(".tw-advice")).hasSize(2);
        assertThat(doc.select(".tw-motto").eachText()).containsExactly(
                "Motto von „Der Optimierer“: „Eine effiziente und wirksame Verwaltung ist das A und O!“",
                "Motto von „Der Serviceorientierte“: „Wir l(i)eben und gestalten Service!“");
    }

    @Test
    void several_strengths_of_one_type_to_learn_from_are_listed_each_as_it_is_written_not_run_together() {
        // the Optimierer's weak spot "role in the local community": from the Community Manager two strengths, from the Serviceorientierte one
        Result result = Reports.score(Reports.persona("optimierer"));
        Document de = parse(page(result, Locale.GERMAN));
        Document en = parse(page(result, Locale.ENGLISH));

        Element community = de.select(".tw-lessons > li > ul > li").stream()
                .filter(li -> li.ownText().startsWith("Lernen Sie vom Typ „Der Community Manager“")).findFirst().orElseThrow();
        assertThat(community.ownText()).isEqualTo("Lernen Sie vom Typ „Der Community Manager“:");
        assertThat(community.select("ul > li").eachText()).contains(
                "Als Kommune eine aktive Rolle bei der Digitalisierung vor Ort übernehmen",
                "Die örtliche Gemeinschaft aktiv einbinden und mitgestalten lassen");
        assertThat(de.select(".tw-lessons").text()).doesNotContain("; Die ", "; Sektor", "; Unterschiedliche")
                .contains("Lernen Sie vom Typ „Der Serviceorientierte“: Die gesamte Verwaltung auf Nutzende");
        assertThat(en.select(".tw-lessons").text()).contains("Learn from the type “The Community Manager”:")
                .doesNotContain("; Actively", "; Acting");
    }

    @Test
    void too_few_answers_say_how_many_were_answered_and_needed_and_mark_the_shares_provisional() {
        Document de = parse(page(Reports.insufficient(), Locale.GERMAN));
        Document en = parse(page(Reports.insufficient(), Locale.ENGLISH));

        assertThat(de.selectFirst(".tw-outcome").hasClass("tw-outcome-insufficient")).isTrue();
        assertThat(de.selectFirst(".tw-outcome h2").text()).isEqualTo("Zu wenige Antworten für eine Einordnung");
        assertThat(de.selectFirst(".tw-outcome-sentence").text())
                .isEqualTo("3 von 19 bewertbaren Fragen beantwortet („weiß nicht“ zählt nicht mit), nötig sind mindestens 10.");
        assertThat(de.select(".tw-coverage p").eachText()).contains("Ohne bewertbare Antwort (offen oder etwa mit „weiß nicht“ beantwortet):");
        assertThat(de.selectFirst(".tw-note").text()).isEqualTo("Vorläufig: Diese Werte beruhen auf zu wenigen Antworten.");
        // the result alone names the questions by their ids, said to be that
        assertThat(de.select(".tw-coverage li").eachText()).containsExactly("Frage „q-1“", "Frage „q-2“");
        assertThat(en.select(".tw-coverage li").eachText()).containsExactly("Question “q-1”", "Question “q-2”");
        assertThat(de.select(".tw-profile, .tw-advice, .tw-dimensions")).isEmpty();
        assertThat(en.selectFirst(".tw-outcome h2").text()).isEqualTo("Too few answers to classify");
        assertThat(en.selectFirst(".tw-note").text()).isEqualTo("Provisional: these values rest on too few answers.");
    }

    @Test
    void the_heads_count_of_answers_leaves_dont_know_out_as_the_outcome_below_it_does() {
        // 28 of the 30 questions asked have an answer in the file, ten of them "weiß nicht"
        Result result = Reports.score(Reports.root().resolve("engine/presentation/src/test/resources/answers/teils-weiss-nicht.yaml"));
        assertThat(result.answered()).isEqualTo(28);
        Document de = parse(page(result, Locale.GERMAN));
        Document en = parse(page(result, Locale.ENGLISH));

        // the head and the outcome's note count alike: 17 answered, 10 open or "weiß nicht", of 27 that count
        assertThat(fact(de, "Antworten")).isEqualTo("17 von 27 bewertbaren Fragen beantwortet („weiß nicht“ zählt nicht mit); 30 Fragen gestellt, 3 davon nicht bewertbar");
        assertThat(de.selectFirst(".tw-outcome .tw-note").text()).startsWith("Vorläufig: 10 von 27 bewertbaren Fragen sind offen oder mit „weiß nicht“");
        assertThat(de.select(".tw-coverage p").eachText()).contains("17 von 27 bewertbaren Fragen beantwortet; fehlende Antworten bleiben außen vor.");
        assertThat(fact(en, "Answers")).isEqualTo("17 of 27 scorable questions answered (“don’t know” does not count); 30 questions asked, 3 of them not scorable");
        assertThat(de.text()).doesNotContain("28 von 30");
    }

    /** {@return the value of the report head's fact of that label} */
    private static String fact(Document page, String label) {
        return page.select(".tw-facts div").stream().filter(d -> d.selectFirst("dt").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + label + " in " + page.select(".tw-facts").text())).selectFirst("dd").text();
    }

    @Test
    void a_type_named_while_ten_of_27_questions_are_dont_know_is_called_provisional_in_the_headline_the_title_and_a_note() {
        Result result = Reports.score(Reports.root().resolve("engine/presentation/src/test/resources/answers/teils-weiss-nicht.yaml"));
        Document de = parse(page(result, Locale.GERMAN));
        Document en = parse(page(result, Locale.ENGLISH));

        assertThat(de.selectFirst(".tw-outcome h2").text()).isEqualTo("Ihr Typ (vorläufig): Der Bedächtige");
        assertThat(de.title()).startsWith("Gemeinde Auental – Ihr Typ (vorläufig): Der Bedächtige – ");
        assertThat(de.selectFirst(".tw-outcome-sentence").text()).startsWith("Mit ").doesNotContain("Der Bedächtige");
        assertThat(de.selectFirst(".tw-outcome .tw-note").text()).isEqualTo(
                "Vorläufig: 10 von 27 bewertbaren Fragen sind offen oder mit „weiß nicht“ beantwortet. Mit Antworten darauf kann das Ergebnis anders ausfallen.");
        assertThat(en.selectFirst(".tw-outcome h2").text()).isEqualTo("Your type (provisional): The Cautious One");
        assertThat(en.selectFirst(".tw-outcome .tw-note").text()).isEqualTo(
                "Provisional: 10 of 27 scorable questions are open or answered “don’t know”. Answers to them may change the result.");
        // a persona that answered every scorable question: no qualifier, no note
        Document full = parse(page(Reports.score(Reports.persona("optimierer")), Locale.GERMAN));
        assertThat(full.selectFirst(".tw-outcome h2").text()).isEqualTo("Ihr Typ: Der Optimierer");
        assertThat(full.select(".tw-outcome .tw-note")).isEmpty();
    }

    @Test
    void no_type_fitting_names_no_type_and_shows_the_shares_for_orientation() {
        Document de = parse(page(Reports.noTypeFits(), Locale.GERMAN));
        Document en = parse(page(Reports.noTypeFits(), Locale.ENGLISH));

        assertThat(de.selectFirst(".tw-outcome").hasClass("tw-outcome-none")).isTrue();
        assertThat(de.selectFirst(".tw-outcome h2").text()).isEqualTo("Kein Typ passt");
        assertThat(de.selectFirst(".tw-outcome-sentence").text()).contains("Nach der Strategie schwelle");
        assertThat(de.selectFirst(".tw-note").text()).startsWith("Zur Orientierung");
        assertThat(de.select(".tw-types tr.tw-focus")).isEmpty();
        assertThat(de.text()).doesNotContain("Ihr Typ", "Gemischt");
        assertThat(en.selectFirst(".tw-outcome h2").text()).isEqualTo("No type fits");
    }

    @Test
    void the_page_is_the_fragment_with_the_stylesheet_inlined_and_a_policy_that_allows_that_stylesheet_only() throws Exception {
        Result result = Reports.score(Reports.persona("optimierer"));
        String fragment = REPORT.fragment(result, Reports.questionnaireOf(result), Locale.GERMAN);
        String page = page(result, Locale.GERMAN);

        assertThat(page).contains(fragment);
        assertThat(fragment).startsWith("<div class=\"tw-report\" lang=\"de\">").doesNotContain("<style", "<html", "<main");
        Document doc = parse(page);
        assertThat(doc.select("style")).hasSize(1);
        String css = doc.selectFirst("style").data();
        assertThat(css).isEqualTo(HtmlReport.stylesheet());
        String hash = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(HtmlReport.stylesheetHash()).isEqualTo(hash);
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src '" + hash + "'; base-uri 'none'; form-action 'none'");
        assertThat(doc.title()).endsWith(" – " + doc.selectFirst("h1").text());
        assertThat(doc.select("main > .tw-report")).hasSize(1);
    }

    @Test
    void the_english_report_marks_the_municipalitys_name_the_german_word_it_glosses_the_kind_of_municipality_with_and_the_states_german_name_as_german() {
        Result result = Reports.score(Reports.persona("optimierer"));
        Document english = parse(page(result, Locale.ENGLISH));
        Document german = parse(page(result, Locale.GERMAN));

        assertThat(english.select(".tw-facts dd").eachText()).contains("Landkreis Musterkreis · AGS 08436000 · district (Kreis) · Baden-Württemberg");
        // an English voice would read the name and "Kreis" as English words, and the state's German name as English letters
        assertThat(english.select(".tw-facts [lang]").eachText()).containsExactly("Landkreis Musterkreis", "Kreis", "Baden-Württemberg");
        assertThat(english.select(".tw-facts [lang]").eachAttr("lang")).containsExactly("de", "de", "de");
        assertThat(german.select(".tw-facts dd").eachText()).contains("Landkreis Musterkreis · AGS 08436000 · Kreis · Baden-Württemberg");
        assertThat(german.select(".tw-facts [lang]")).isEmpty();
    }

    @Test
    void the_english_report_marks_the_german_words_of_administration_in_the_definitions_texts_as_german() {
        Result result = Reports.score(Reports.persona("amt-gemeinde"));
        Document english = parse(page(result, Locale.ENGLISH));

        // the profile, the reasons, the strengths: an English voice would read "Amt" or "Land" as English words
        assertThat(english.select(".tw-profile [lang=de]").eachText()).contains("Gemeinde", "Kreis", "Land", "Fachverfahren");
        assertThat(english.select(".tw-profile p").eachText()).contains("Often a smaller town, a municipality (Gemeinde) or a district (Kreis).");
        assertThat(english.select(".tw-answer [lang=de]").eachText()).contains("Land");
        assertThat(english.select(".tw-strengths [lang=de]").eachText()).contains("Land");
        Pattern german = Pattern.compile("(?<!\\p{L})(Gemeinde|Kreis|Land|Länder|Fachverfahren|Amt|Daseinsvorsorge)(?!\\p{L})");
        List<String> unmarked = new java.util.ArrayList<>();
        for (Element e : english.select(".tw-report *:not(svg, svg *)")) {
            for (org.jsoup.nodes.TextNode text : e.textNodes()) {
                if (german.matcher(text.text()).find() && !e.closest("[lang]").attr("lang").equals("de")) unmarked.add(e.outerHtml());
            }
        }
        assertThat(unmarked).as("German words read with an English voice").isEmpty();
        // in German nothing is marked
        assertThat(parse(page(result, Locale.GERMAN)).select(".tw-report [lang]:not(.tw-report)")).isEmpty();
    }

    @Test
    void the_english_report_marks_the_german_words_in_the_names_of_types_and_dimensions_as_german_in_charts_tables_and_sentences() {
        Document english = parse(page(Reports.germanTermsInNames(), Locale.ENGLISH));

        // the charts' labels and the numbers of the tables, where a screen reader meets each name
        assertThat(english.select(".tw-types .tw-chart-label [lang=de]").eachText()).containsExactly("Landkreis", "Land");
        assertThat(english.select(".tw-types tbody th [lang=de]").eachText()).containsExactly("Landkreis", "Land");
        assertThat(english.select(".tw-dimensions .tw-chart-label [lang=de]").eachText()).containsExactly("Land", "Amt");
        assertThat(english.select(".tw-dimensions tbody th [lang=de]").eachText()).containsExactly("Land", "Amt");
        assertThat(english.select(".tw-types tbody th").eachText()).containsExactly("The Landkreis pilot", "Close to the Land");
        // the charts' descriptions, the headline, the outcome and the coverage's sentence name them too
        assertThat(english.select("#tw-shares-desc [lang=de]").eachText()).containsExactly("Landkreis", "Land");
        assertThat(english.select("#tw-dimensions-desc [lang=de]").eachText()).containsExactly("Land", "Amt");
        assertThat(english.select("#tw-outcome-heading [lang=de]").eachText()).containsExactly("Landkreis");
        assertThat(english.select(".tw-coverage [lang=de]").eachText()).containsExactly("Amt");
        Pattern german = Pattern.compile("(?<!\\p{L})(Landkreis|Land|Amt)(?!\\p{L})");
        List<String> unmarked = new java.util.ArrayList<>();
        for (Element e : english.select(".tw-report *:not(svg, svg *)")) {
            for (org.jsoup.nodes.TextNode text : e.textNodes()) {
                if (german.matcher(text.text()).find() && !e.closest("[lang]").attr("lang").equals("de")) unmarked.add(e.outerHtml());
            }
        }
        assertThat(unmarked).as("German words read with an English voice").isEmpty();
        // in German nothing is marked
        assertThat(parse(page(Reports.germanTermsInNames(), Locale.GERMAN)).select(".tw-report [lang]:not(.tw-report)")).isEmpty();
    }

    @Test
    void reports_of_two_municipalities_or_two_outcomes_have_titles_a_tab_or_the_history_tells_apart_by_their_start() {
        Result optimierer = Reports.score(Reports.persona("optimierer"));
        Result bedaechtig = Reports.score(Reports.persona("bedaechtig"));

        assertThat(parse(page(optimierer, Locale.GERMAN)).title()).isEqualTo("Landkreis Musterkreis – Ihr Typ: Der Optimierer"
                + " – Ergebnis: Digitale Kommunen – welcher Digitalisierungstyp ist Ihre Kommune?");
        assertThat(parse(page(optimierer, Locale.ENGLISH)).title()).startsWith("Landkreis Musterkreis – Your type: The Optimiser – Result: ");
        assertThat(parse(page(bedaechtig, Locale.GERMAN)).title()).startsWith(bedaechtig.respondent().name().orElseThrow() + " – Ihr Typ: Der Bedächtige – ");
        // without a name, the outcome comes first
        assertThat(parse(page(Reports.insufficient(), Locale.GERMAN)).title()).isEqualTo("Zu wenige Antworten für eine Einordnung – Ergebnis: Probe");
    }

    @Test
    void a_report_on_too_few_answers_shows_the_ranked_goals_and_the_open_questions_to_answer_first() throws Exception {
        java.nio.file.Path answers = Reports.persona("viel-weiss-nicht");
        Result result = Reports.score(answers);
        var read = Reports.engine().readAnswers(answers.toString(), java.nio.file.Files.readAllBytes(answers)).response().orElseThrow();
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Document doc = Jsoup.parse(new HtmlReport().fragment(result, Reports.questionnaireOf(result), Optional.empty(),
                    read.answers(), language));

            assertThat(doc.select(".tw-sofar ol li")).hasSize(3);
            assertThat(doc.select(".tw-sofar ol li").first().text()).endsWith(language == Locale.GERMAN
                    ? "zählt für den Typ „Der Bedächtige“" : "counts towards the type “The Cautious One”");
            assertThat(doc.select(".tw-missing ul li")).hasSize(8);
            assertThat(doc.select(".tw-outcome").text()).doesNotContain("Ihr Typ", "Your type");
        }
        // a result read without its answers still says which questions to answer first, and where its ranked goals are
        Document alone = parse(page(result, Locale.GERMAN));
        assertThat(alone.select(".tw-sofar ol")).isEmpty();
        assertThat(alone.select(".tw-sofar p").text()).startsWith("Ihre Rangfolge bei „Welche Ziele verfolgt Ihre Kommune mit der Digitalisierung vorrangig?“"
                + " steht nicht in der Ergebnisdatei");
        assertThat(alone.select(".tw-missing ul li")).hasSize(8);
    }

    @Test
    void a_dimension_on_few_answers_is_said_to_be_so_in_the_chart_not_only_by_its_lighter_bar() {
        Result result = Reports.score(Reports.persona("viel-weiss-nicht"));
        Document de = parse(page(result, Locale.GERMAN));
        Document en = parse(page(result, Locale.ENGLISH));

        assertThat(de.select(".tw-dimensions svg rect.tw-bar-thin")).isNotEmpty();
        // each light bar's label says why it is light, as the table's row does; a full bar's label says nothing of the kind
        for (Document doc : List.of(de, en)) {
            Elements labels = doc.select(".tw-dimensions .tw-chart-label");
            Elements bars = doc.select(".tw-dimensions svg rect.tw-bar");
            assertThat(labels).hasSameSizeAs(bars);
            for (int i = 0; i < bars.size(); i++) {
                boolean thin = bars.get(i).hasClass("tw-bar-thin");
                assertThat(labels.get(i).text().endsWith(doc == de ? " (dünn belegt)" : " (thin)")).as(labels.get(i).text()).isEqualTo(thin);
            }
        }
        assertThat(de.select(".tw-dimensions .tw-chart-label").eachText()).contains("Örtliche Gemeinschaft und Beteiligung (dünn belegt)");
    }

    @Test
    void the_charts_show_every_label_whole_as_the_tables_do_in_either_language() {
        for (String persona : List.of("optimierer", "bedaechtig", "viel-weiss-nicht")) {
            Result result = Reports.score(Reports.persona(persona));
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                Document doc = parse(page(result, language));
                for (String section : List.of(".tw-types", ".tw-dimensions")) {
                    // the label's own text, without the mark of a dimension on few answers, is the table's row name
                    List<String> labels = doc.select(section + " .tw-chart-label > span").eachText();
                    assertThat(labels).as(persona + " " + language + " " + section)
                            .isNotEmpty().noneMatch(l -> l.contains("…"))
                            .isEqualTo(doc.select(section + " table tbody th[scope=row]").eachText());
                }
            }
        }
        // a name longer than any ÖFIT one, with the mark of few answers, stays whole too (it was cut after 52 characters)
        String name = "Nutzerorientierung und integrierte Strategie für Verwaltung und Stadtgesellschaft";
        BarChart chart = BarChart.of("tw-x", "Dimensionen", Phrase.ofText("…"), null,
                List.of(new BarChart.Input(name, "(dünn belegt)", 0.4, "0,40", "tw-bar tw-bar-thin", "#6b7f91")), List.of(), List.of());
        assertThat(chart.bars()).singleElement().satisfies(b -> {
            assertThat(b.label()).isEqualTo(name);
            assertThat(b.mark()).isEqualTo("(dünn belegt)");
        });
    }

    @Test
    void nothing_in_the_report_needs_what_a_strict_policy_refuses_or_loads_anything() {
        for (String persona : List.of("optimierer", "bedaechtig", "mixed-optimierer-serviceorientiert")) {
            Result result = Reports.score(Reports.persona(persona));
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String page = page(result, language);
                Document doc = parse(page);
                assertThat(doc.select("script, link, img, iframe, object, embed, [style], [src], [href]:not([href^='#'])")).as(persona).isEmpty();
                // the only links are those of the list under the outcome, each to a heading of the page itself
                assertThat(doc.select("[href]")).as(persona).isNotEmpty().allSatisfy(a -> {
                    assertThat(a.closest("nav.tw-contents")).isNotNull();
                    assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
                });
                assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                        .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
                // url(#tw-hatch-1) names a pattern of the page itself (a cohort's hatches on paper), which loads nothing
                assertThat(HtmlReport.stylesheet()).doesNotContain("@import", "@font-face")
                        .doesNotContainPattern("url\\(\\s*['\"]?[^#'\"\\s]");
                assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).as("the only URL is the SVG namespace")
                        .doesNotContain("http:", "https:");
            }
        }
    }

    @Test
    void headings_follow_in_order_and_every_table_has_a_caption_and_scoped_headers() {
        Result result = Reports.score(Reports.persona("optimierer"));
        Document doc = parse(page(result, Locale.GERMAN));

        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as(h.text()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(doc.select("h1")).hasSize(1);
        for (Element table : doc.select("table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.child(0).tagName()).isEqualTo("th"));
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void the_questions_left_open_are_named_by_their_text_in_the_reports_language_and_the_strategy_by_its_description() {
        Result result = Reports.score(Reports.persona("viel-weiss-nicht"));
        Optional<ScoringStrategy<?>> strategy = Reports.engine().strategies().find(result.strategy().id());
        Document de = parse(REPORT.page(result, Reports.questionnaireOf(result), strategy, Locale.GERMAN));
        Document en = parse(REPORT.page(result, Reports.questionnaireOf(result), strategy, Locale.ENGLISH));

        assertThat(result.coverage().unanswered()).contains("finanzierung");
        assertThat(de.select(".tw-coverage li").eachText()).hasSize(result.coverage().unanswered().size())
                .contains("Wie finanzieren Sie Digitalisierungsvorhaben, die über Pflichtaufgaben hinausgehen, überwiegend?")
                .noneMatch(q -> q.contains("[") || q.contains("finanzierung"));
        assertThat(en.select(".tw-coverage li").eachText()).noneMatch(q -> q.contains("[") || q.contains("finanzierung"))
                .noneMatch(q -> q.contains("Wie "));
        assertThat(de.select(".tw-facts dd").eachText()).contains("Verfahren „prototype“, Version 1.0.0: Die Antworten verorten die Kommune"
                + " auf Dimensionen; jeder Typ hat dort einen Prototyp; aus den Abständen werden Anteile (Fuzzy-c-Means).");
        assertThat(en.select(".tw-facts dd").eachText()).contains("the method “prototype”, version 1.0.0: Answers place a respondent on"
                + " dimensions; each type is a prototype there; fuzzy c-means membership turns the distances into shares.");
        // without the strategy (or another version of it), its id and version, said to be those
        assertThat(parse(page(result, Locale.GERMAN)).select(".tw-facts dd").eachText()).contains("Verfahren „prototype“, Version 1.0.0");
    }

    @Test
    void every_table_scrolls_within_a_region_the_keyboard_reaches_and_its_caption_names_so_the_page_never_scrolls_sideways() {
        Result result = Reports.score(Reports.persona("optimierer"));
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Document doc = parse(page(result, language));
            assertThat(doc.select("table")).hasSize(2);
            for (Element table : doc.select("table")) {
                Element region = table.parent();
                assertThat(region.hasClass("tw-scroll")).as(table.select("caption").text()).isTrue();
                assertThat(region.attr("role")).isEqualTo("region");
                assertThat(region.attr("tabindex")).isEqualTo("0");
                Element name = doc.getElementById(region.attr("aria-labelledby"));
                assertThat(name).isNotNull();
                assertThat(name).isEqualTo(table.selectFirst("caption"));
            }
        }
        assertThat(HtmlReport.stylesheet()).contains(".tw-scroll { overflow-x: auto;").contains(".tw-scroll:focus {");
    }

    @Test
    void the_same_result_gives_the_same_bytes_whatever_the_machines_locale() {
        Result result = Reports.score(Reports.persona("optimierer"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String us = page(result, Locale.GERMAN) + page(result, Locale.ENGLISH);
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String tr = page(result, Locale.GERMAN) + page(result, Locale.ENGLISH);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            String ar = new HtmlReport().page(result, Reports.questionnaireOf(result), Locale.GERMAN)
                    + new HtmlReport().page(result, Reports.questionnaireOf(result), Locale.ENGLISH);
            assertThat(tr).isEqualTo(us);
            assertThat(ar).isEqualTo(us);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_page_weighs_under_60_kb_without_the_charts() {
        for (String persona : List.of("optimierer", "bedaechtig", "community-manager", "mixed-optimierer-serviceorientiert")) {
            Result result = Reports.score(Reports.persona(persona));
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                String page = page(result, language);
                String withoutCharts = page.replaceAll("(?s)<svg.*?</svg>", "");
                assertThat(withoutCharts.getBytes(StandardCharsets.UTF_8).length).as(persona + " " + language).isLessThan(60 * 1024);
                assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("with the charts").isLessThan(80 * 1024);
            }
        }
    }

    @Test
    void a_report_without_its_questionnaire_leaves_out_only_what_the_result_does_not_carry() {
        Result result = Reports.score(Reports.persona("optimierer"));
        Document doc = parse(REPORT.page(result, Optional.empty(), Locale.GERMAN));

        assertThat(doc.select(".tw-profile, .tw-motto, .tw-source")).isEmpty();
        assertThat(doc.selectFirst(".tw-outcome h2").text()).isEqualTo("Ihr Typ: Der Optimierer");
        assertThat(doc.select(".tw-advice, .tw-reasons, .tw-dimensions")).isNotEmpty();
    }
}
