package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Result;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.QuestionnaireView;
import de.typwerk.presentation.text.ResultView;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a Große Kreisstadt reads of its OZG maturity ({@code src/test/resources/answers/ozg-kreisstadt.yaml}):
 * each criterion with the stage its value means, and an answer of several picks as a list, in
 * text and HTML, German and English.
 */
class MaturityReportTest {

    private static final HtmlReport REPORT = new HtmlReport();

    private static Result kreisstadt() {
        return Reports.score(Path.of("src/test/resources/answers/ozg-kreisstadt.yaml"));
    }

    private static String text(Result result, Language language) {
        return new ResultView(result, Reports.questionnaireOf(result), Texts.of(language)).render();
    }

    @Test
    void each_criterion_says_which_stage_its_value_means_or_which_two_it_lies_between() {
        Result result = kreisstadt();

        // five stages, 0 to 4: a value of 0,75 is stage 3; the user account, 3 and 4 in its two answers, stands between them
        String german = text(result, Language.DE);
        assertThat(german).contains("  Gewerbeanzeige                   ███████████████░░░░░  0,75  1 Antwort\n"
                        + "    0 = nur vor Ort · 1 = Ende-zu-Ende digital\n"
                        + "    0,75 entspricht „Stufe 3: Online-Antrag“.\n",
                "    0,50 entspricht „Stufe 2: Formular-Download“.\n",
                "    1,00 entspricht „Stufe 4: Ende-zu-Ende digital“.\n");
        assertThat(german.replaceAll("\\s+", " "))
                .contains("0,88 liegt zwischen „Stufe 3: Online-Antrag“ und „Stufe 4: Ende-zu-Ende digital“.");
        String english = text(result, Language.EN);
        assertThat(english).contains("    0.75 means “Stage 3: Online application”.\n");
        assertThat(english.replaceAll("\\s+", " "))
                .contains("0.88 lies between “Stage 3: Online application” and “Stage 4: Digital end to end”.");

        Document page = Jsoup.parse(REPORT.page(result, Reports.questionnaireOf(result), Locale.GERMAN));
        assertThat(page.select(".tw-dimensions thead th").eachText()).containsExactly("Dimension", "Wert", "Grundlage", "Skala", "Stufe");
        assertThat(page.select(".tw-dimensions tbody tr").first().select("td").last().text()).isEqualTo("Stufe 4: Ende-zu-Ende digital");
        assertThat(page.select(".tw-dimensions tbody td").eachText())
                .contains("Stufe 3: Online-Antrag", "zwischen „Stufe 3: Online-Antrag“ und „Stufe 4: Ende-zu-Ende digital“");
        Document englishPage = Jsoup.parse(REPORT.page(result, Reports.questionnaireOf(result), Locale.ENGLISH));
        assertThat(englishPage.select(".tw-dimensions thead th").last().text()).isEqualTo("Stage");
        assertThat(englishPage.select(".tw-dimensions tbody td").eachText())
                .contains("between “Stage 3: Online application” and “Stage 4: Digital end to end”");
    }

    @Test
    void the_oefit_types_dimensions_say_no_stage() {
        Result optimierer = Reports.score(Reports.persona("optimierer"));

        assertThat(text(optimierer, Language.DE)).doesNotContain("entspricht „", "liegt zwischen");
        Document page = Jsoup.parse(REPORT.page(optimierer, Reports.questionnaireOf(optimierer), Locale.GERMAN));
        assertThat(page.select(".tw-dimensions thead th").eachText()).containsExactly("Dimension", "Wert", "Grundlage", "Skala");
    }

    @Test
    void several_picks_of_one_answer_are_listed_each_with_its_own_capital_not_joined_in_one_line() {
        Result result = kreisstadt();

        assertThat(text(result, Language.DE)).contains("  4. Wie können Antragstellende Nachweise einreichen? (alles Zutreffende)\n"
                + "     → Ihre Auswahl (Beitrag +0,063):\n"
                + "       · Im Original oder als Kopie auf Papier\n"
                + "       · Als Scan per E-Mail\n"
                + "       · Als Datei im Online-Antrag\n").doesNotContain("; Als");
        assertThat(text(result, Language.EN)).contains("     → Your choices (contribution +0.063):\n"
                + "       · Original or copy on paper\n"
                + "       · As a scan by e-mail\n").doesNotContain("; As");

        Document page = Jsoup.parse(REPORT.page(result, Reports.questionnaireOf(result), Locale.GERMAN));
        var picked = page.select(".tw-answers > li").get(3);
        assertThat(picked.select(".tw-answer").text()).isEqualTo("Ihre Auswahl (Beitrag +0,063):");
        assertThat(picked.select(".tw-picks li").eachText())
                .containsExactly("Im Original oder als Kopie auf Papier", "Als Scan per E-Mail", "Als Datei im Online-Antrag");
        // one pick stays in its line
        assertThat(page.select(".tw-answers > li").get(0).select(".tw-answer").text())
                .isEqualTo("Antwort: Online-Anzeige mit Nutzerkonto, die Bestätigung kommt per Post (Beitrag +0,125)");
        assertThat(page.select(".tw-answers > li").get(0).select(".tw-picks")).isEmpty();
    }

    @Test
    void typwerk_show_calls_a_maturity_models_types_stages() {
        var ozg = Reports.engine().questionnaire("ozg-reifegrad").orElseThrow();
        assertThat(new QuestionnaireView(ozg, Texts.of(Language.DE)).render()).contains("\nStufenmodell: 5 Stufen\n").doesNotContain("Typologie");
        assertThat(new QuestionnaireView(ozg, Texts.of(Language.EN)).render()).contains("\nMaturity model: 5 stages\n").doesNotContain("Typology");
        var oefit = Reports.engine().questionnaire("oefit-digitalisierungstypen").orElseThrow();
        assertThat(new QuestionnaireView(oefit, Texts.of(Language.DE)).render()).contains("\nTypologie: 4 Typen\n");
    }

    @Test
    void recommendations_name_a_stage_called_stufe_without_saying_stufe_twice() {
        Result result = kreisstadt();

        String german = text(result, Language.DE);
        assertThat(german).contains("Empfehlungen für „Stufe 3: Online-Antrag“").contains("Lernen Sie von „Stufe 4: Ende-zu-Ende digital“")
                .doesNotContain("Stufe „Stufe");
        assertThat(text(result, Language.EN)).contains("Recommendations for “Stage 3: Online application”")
                .contains("Learn from “Stage 4: Digital end to end”").doesNotContain("stage “Stage");
        Document page = Jsoup.parse(REPORT.page(result, Reports.questionnaireOf(result), Locale.GERMAN));
        assertThat(page.text()).contains("Empfehlungen für „Stufe 3: Online-Antrag“", "Lernen Sie von „Stufe 4: Ende-zu-Ende digital“")
                .doesNotContain("Stufe „Stufe");
        Document englishPage = Jsoup.parse(REPORT.page(result, Reports.questionnaireOf(result), Locale.ENGLISH));
        assertThat(englishPage.text()).contains("Recommendations for “Stage 3: Online application”").doesNotContain("stage “Stage");
    }

    @Test
    void the_reasons_say_what_the_contribution_beside_each_answer_is_for_a_type_and_for_a_stage() {
        // "(Beitrag +5,011)" beside a municipality's goals told a reader without the docs nothing: a note
        // under the reasons says what it is, as the note under the bars says what share and score are
        Result optimierer = Reports.score(Reports.persona("optimierer"));
        Result kreisstadt = kreisstadt();

        assertThat(text(optimierer, Language.DE).replaceAll("\\s+", " ")).contains("Beitrag: wie stark die Antwort Ihr Ergebnis zu diesem"
                + " Typ hin gezogen hat, gemessen von der Strategie prototype – je größer, desto mehr hat sie gewogen (im JSON-Ergebnis „contribution“).");
        assertThat(text(optimierer, Language.EN).replaceAll("\\s+", " ")).contains("Contribution: how strongly the answer pulled your result"
                + " towards this type, as the strategy prototype measures it – the larger, the more it weighed (“contribution” in the JSON result).");
        assertThat(text(kreisstadt, Language.DE).replaceAll("\\s+", " ")).contains("Beitrag: wie stark die Antwort Ihr Ergebnis zu dieser"
                + " Stufe hin gezogen hat, gemessen von der Strategie levels").doesNotContain("zu diesem Typ");
        assertThat(text(kreisstadt, Language.EN).replaceAll("\\s+", " ")).contains("towards this stage, as the strategy levels measures it");

        Document page = Jsoup.parse(REPORT.page(optimierer, Reports.questionnaireOf(optimierer), Locale.GERMAN));
        assertThat(page.selectFirst(".tw-reasons ol.tw-answers").nextElementSibling().text())
                .startsWith("Beitrag: wie stark die Antwort Ihr Ergebnis zu diesem Typ hin gezogen hat");
        Document englishPage = Jsoup.parse(REPORT.page(kreisstadt, Reports.questionnaireOf(kreisstadt), Locale.ENGLISH));
        assertThat(englishPage.selectFirst(".tw-reasons ol.tw-answers").nextElementSibling().text())
                .startsWith("Contribution: how strongly the answer pulled your result towards this stage");
    }
}
