package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Result;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.ResultView;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A ranking among the answers that weighed most is shown place by place, each with the type its
 * option counts for: the mixed persona's goals, an Optimierer's first and two of the
 * Serviceorientierte's after it, stood as one line under "Warum „Der Optimierer“?".
 */
class RankedReasonsTest {

    private static final HtmlReport REPORT = new HtmlReport();

    @Test
    void each_place_of_a_ranking_among_the_reasons_names_the_type_it_counts_for_in_the_text_and_the_html_report() {
        Result mixed = Reports.score(Reports.persona("mixed-optimierer-serviceorientiert"));
        String de = new ResultView(mixed, Reports.questionnaireOf(mixed), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String en = new ResultView(mixed, Reports.questionnaireOf(mixed), Texts.of(Language.EN)).render().replaceAll("\\s+", " ");

        assertThat(de).contains("1. Welche Ziele verfolgt Ihre Kommune mit der Digitalisierung vorrangig? → Ihre Rangfolge (Beitrag +2,382):"
                + " 1. Verwaltungsabläufe effizienter machen – zählt für den Typ „Der Optimierer“"
                + " 2. Verwaltungsleistungen nutzerfreundlich gestalten – zählt für den Typ „Der Serviceorientierte“"
                + " 3. Die Zufriedenheit der Bürger:innen mit ihrer Verwaltung erhöhen – zählt für den Typ „Der Serviceorientierte“ 2. ")
                .doesNotContain("→ 1. Verwaltungsabläufe");
        assertThat(en).contains("→ Your ranking (contribution +2.382): 1. Making administrative workflows more efficient – counts towards"
                + " the type “The Optimiser” 2. Making administrative services easy to use – counts towards the type “The Service-Minded”");

        Document page = Jsoup.parse(REPORT.page(mixed, Reports.questionnaireOf(mixed), Locale.GERMAN));
        assertThat(page.text()).contains("Ihre Rangfolge (Beitrag +2,382):")
                .contains("1. Verwaltungsabläufe effizienter machen – zählt für den Typ „Der Optimierer“")
                .contains("3. Die Zufriedenheit der Bürger:innen mit ihrer Verwaltung erhöhen – zählt für den Typ „Der Serviceorientierte“");
    }

    @Test
    void without_the_questionnaire_a_ranking_stays_one_line_as_the_result_writes_it() {
        Result mixed = Reports.score(Reports.persona("mixed-optimierer-serviceorientiert"));
        String de = new ResultView(mixed, java.util.Optional.empty(), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");

        assertThat(de).contains("→ 1. Verwaltungsabläufe effizienter machen, 2. Verwaltungsleistungen nutzerfreundlich gestalten, 3. Die"
                + " Zufriedenheit der Bürger:innen mit ihrer Verwaltung erhöhen (Beitrag +2,382)").doesNotContain("Ihre Rangfolge");
    }
}
