package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Respondent;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.record.CoverageRecord;
import de.typwerk.engine.result.record.ResultQuestionnaireRecord;
import de.typwerk.engine.result.record.ResultRecord;
import de.typwerk.engine.result.record.ResultStrategyRecord;
import de.typwerk.engine.result.record.TypeResultRecord;
import de.typwerk.presentation.CloseBehind;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.ResultView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A mixed result names two types; where a third is less than the margin behind the first too, the
 * text and the HTML report say so, German and English: the Kurort of the ÖFIT personas is mixed
 * between the Bedächtige (30,9 %) and the Serviceorientierte (25,7 %), and the Optimierer, whose
 * goal is its second, stands 0,9 points behind the Serviceorientierte, which the outcome left unsaid.
 */
class CloseBehindReportTest {

    private static final HtmlReport REPORT = new HtmlReport();

    @Test
    void a_third_type_as_close_to_the_first_as_the_second_is_named_with_its_share_and_distance() {
        Result kurort = Reports.score(Reports.persona("kurort-gaeste"));
        assertThat(kurort.outcome()).isInstanceOf(Outcome.Mixed.class);

        String de = new ResultView(kurort, Reports.questionnaireOf(kurort), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String en = new ResultView(kurort, Reports.questionnaireOf(kurort), Texts.of(Language.EN)).render().replaceAll("\\s+", " ");
        assertThat(de).contains("für einen klaren Typ braucht es 12,0 Prozentpunkte). Knapp dahinter liegt der Typ „Der Optimierer“ mit"
                + " 24,8 % Anteil, nur 0,9 Prozentpunkte hinter dem Typ „Der Serviceorientierte“ und ebenfalls weniger als 12,0"
                + " Prozentpunkte hinter dem Typ „Der Bedächtige“: Ihre Antworten liegen zwischen drei Typen.");
        assertThat(en).contains("Close behind comes the type “The Optimiser” with a share of 24.8%, only 0.9 percentage points behind the type"
                + " “The Service-Minded” and also less than 12.0 percentage points behind the type “The Cautious One”: your answers"
                + " lie between three types.");

        assertThat(Jsoup.parse(REPORT.page(kurort, Reports.questionnaireOf(kurort), Locale.GERMAN)).select(".tw-outcome .tw-note").eachText())
                .contains("Knapp dahinter liegt der Typ „Der Optimierer“ mit 24,8 % Anteil, nur 0,9 Prozentpunkte hinter dem Typ"
                        + " „Der Serviceorientierte“ und ebenfalls weniger als 12,0 Prozentpunkte hinter dem Typ „Der Bedächtige“:"
                        + " Ihre Antworten liegen zwischen drei Typen.");
    }

    @Test
    void a_third_type_further_behind_a_clear_type_and_stages_say_nothing_of_the_kind() {
        // the mixed persona: the Community Manager 15,8 points behind the Optimierer, more than the margin
        Result mixed = Reports.score(Reports.persona("mixed-optimierer-serviceorientiert"));
        Result clear = Reports.score(Reports.persona("optimierer"));

        assertThat(CloseBehind.of(mixed)).isEmpty();
        // a city with its own IT: 30,7 and 29,2 % the mix, the next two 8,8 and 9,5 points behind the second, though
        // less than the margin behind the first: the first two are the mix, not "between all four types"
        assertThat(CloseBehind.of(shares(0.307, 0.292, 0.204, 0.197))).isEmpty();
        assertThat(CloseBehind.of(clear)).isEmpty();
        assertThat(new ResultView(mixed, Reports.questionnaireOf(mixed), Texts.of(Language.DE)).render()).doesNotContain("Knapp dahinter");
        assertThat(Jsoup.parse(REPORT.page(mixed, Reports.questionnaireOf(mixed), Locale.ENGLISH)).select(".tw-outcome .tw-note")).isEmpty();
    }

    @Test
    void all_four_types_within_the_margin_are_named_together() {
        Result level = fourLevel();

        String de = new ResultView(level, Optional.empty(), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String en = new ResultView(level, Optional.empty(), Texts.of(Language.EN)).render().replaceAll("\\s+", " ");
        assertThat(de).contains("Knapp dahinter liegen auch der Typ „Typ C“ (24,0 % Anteil) und der Typ „Typ D“ (21,0 % Anteil), jeder"
                + " weniger als 12,0 Prozentpunkte hinter dem Typ „Typ A“: Ihre Antworten liegen zwischen allen vier Typen.");
        assertThat(en).contains("Close behind come also the type “Type C” (a share of 24.0%) and the type “Type D” (a share of 21.0%),"
                + " each less than 12.0 percentage points behind the type “Type A”: your answers lie between all four types.");
        assertThat(Jsoup.parse(REPORT.page(level, Optional.empty(), Locale.GERMAN)).select(".tw-outcome .tw-note").eachText())
                .contains("Knapp dahinter liegen auch der Typ „Typ C“ (24,0 % Anteil) und der Typ „Typ D“ (21,0 % Anteil), jeder"
                        + " weniger als 12,0 Prozentpunkte hinter dem Typ „Typ A“: Ihre Antworten liegen zwischen allen vier Typen.");
    }

    /** Four types within 12 points of each other, each the nearer to the one before than the second to the first: 30, 25, 24 and 21 %. */
    private static Result fourLevel() {
        return shares(0.30, 0.25, 0.24, 0.21);
    }

    /** A mixed result of types A to D with these shares, the first two the mix (margin 12 points). */
    private static Result shares(double a, double b, double c, double d) {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("points", "1.0.0"), Respondent.ANONYMOUS, 20, 20,
                List.of(new TypeResultRecord("a", text("Typ A", "Type A"), 0.8, a, 1),
                        new TypeResultRecord("b", text("Typ B", "Type B"), 0.7, b, 2),
                        new TypeResultRecord("c", text("Typ C", "Type C"), 0.7, c, 3),
                        new TypeResultRecord("d", text("Typ D", "Type D"), 0.6, d, 4)),
                new Outcome.Mixed("a", "b", a - b, 0.12), List.of(), List.of(),
                new CoverageRecord(MissingAnswers.SKIP, 20, 20, List.of(), 2, List.of()), List.of());
    }

    private static LocalizedText text(String de, String en) {
        return LocalizedText.of(Map.of("de", de, "en", en));
    }
}
