package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.presentation.CloseCall;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.ResultView;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A type named by a lead just above the questionnaire's mixed margin is called close, in the text
 * and the HTML report, German and English: the seaside resort of the ÖFIT personas leads by 12.2
 * points where 12.0 make a clear type, and its outcome read the same as one leading by 60.
 */
class CloseCallReportTest {

    private static final HtmlReport REPORT = new HtmlReport();

    @Test
    void a_lead_just_above_the_margin_is_called_close_and_names_the_runner_up() {
        Result close = Reports.score(Reports.persona("kuestengemeinde"));
        assertThat(close.outcome()).isInstanceOf(Outcome.Primary.class);

        String de = new ResultView(close, Reports.questionnaireOf(close), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String en = new ResultView(close, Reports.questionnaireOf(close), Texts.of(Language.EN)).render().replaceAll("\\s+", " ");
        assertThat(de).contains("Ihr Typ: Der Serviceorientierte – mit 36,6 % Anteil, 12,2 Prozentpunkte vor dem Typ „Der Bedächtige“."
                + " Ein knappes Ergebnis: Für einen klaren Typ braucht es 12,0 Prozentpunkte Vorsprung, dieser liegt nur 0,2 Prozentpunkte"
                + " darüber. Schon wenige andere Antworten könnten daraus ein gemischtes Ergebnis zwischen diesem Typ und dem Typ"
                + " „Der Bedächtige“ machen.");
        assertThat(en).contains("“The Cautious One”. A close result: a clear type needs a lead of 12.0 percentage points, and this one is"
                + " only 0.2 percentage points above that. A few different answers could make it a mixed result between this type and the"
                + " type “The Cautious One”.");

        Document page = Jsoup.parse(REPORT.page(close, Reports.questionnaireOf(close), Locale.GERMAN));
        assertThat(page.select(".tw-outcome .tw-note").eachText()).containsExactly("Ein knappes Ergebnis: Für einen klaren Typ braucht es"
                + " 12,0 Prozentpunkte Vorsprung, dieser liegt nur 0,2 Prozentpunkte darüber. Schon wenige andere Antworten könnten daraus"
                + " ein gemischtes Ergebnis zwischen diesem Typ und dem Typ „Der Bedächtige“ machen.");
    }

    @Test
    void a_clear_lead_a_mix_and_a_report_without_the_questionnaire_say_nothing_of_the_kind() {
        Result clear = Reports.score(Reports.persona("optimierer"));
        Result mixed = Reports.score(Reports.persona("mixed-optimierer-serviceorientiert"));
        Result close = Reports.score(Reports.persona("kuestengemeinde"));

        assertThat(CloseCall.of(clear, Reports.questionnaireOf(clear))).isEmpty();
        assertThat(CloseCall.of(mixed, Reports.questionnaireOf(mixed))).isEmpty();
        // the margin is the definition's: a result read without it is not called close on a guess
        assertThat(CloseCall.of(close, java.util.Optional.empty())).isEmpty();
        assertThat(new ResultView(clear, Reports.questionnaireOf(clear), Texts.of(Language.DE)).render().replaceAll("\\s+", " ")).doesNotContain("knapp");
        assertThat(Jsoup.parse(REPORT.page(clear, Reports.questionnaireOf(clear), Locale.ENGLISH)).select(".tw-outcome .tw-note"))
                .isEmpty();
    }

    @Test
    void a_lead_below_one_and_a_half_margins_is_close_and_one_at_them_is_not() {
        Result close = Reports.score(Reports.persona("kuestengemeinde"));
        var questionnaire = Reports.questionnaireOf(close);
        Outcome.Primary p = (Outcome.Primary) close.outcome();
        CloseCall call = CloseCall.of(close, questionnaire).orElseThrow();

        assertThat(call.margin()).isEqualTo(0.12);
        assertThat(call.above()).isEqualTo(0.002);
        assertThat(call.runnerUp().id()).isEqualTo("bedaechtig");
        assertThat(p.lead()).isLessThan(0.18);
        assertThat(CloseCall.of(withLead(close, 0.1799), questionnaire)).isPresent();
        assertThat(CloseCall.of(withLead(close, 0.18), questionnaire)).isEmpty();
        // a lead that the report writes as the margin itself: it just reaches it
        CloseCall at = CloseCall.of(withLead(close, 0.1204), questionnaire).orElseThrow();
        assertThat(at.atMargin()).isTrue();
        assertThat(new ResultView(withLead(close, 0.1204), questionnaire, Texts.of(Language.DE)).render().replaceAll("\\s+", " "))
                .contains("Für einen klaren Typ braucht es 12,0 Prozentpunkte Vorsprung, und dieser reicht gerade dafür.");
    }

    private static Result withLead(Result result, double lead) {
        Outcome.Primary p = (Outcome.Primary) result.outcome();
        return new de.typwerk.engine.result.record.ResultRecord(result.questionnaire(), result.strategy(), result.respondent(),
                result.answered(), result.total(), result.types(), new Outcome.Primary(p.type(), lead), result.dimensions(),
                result.reasons(), result.coverage(), result.recommendations());
    }
}
