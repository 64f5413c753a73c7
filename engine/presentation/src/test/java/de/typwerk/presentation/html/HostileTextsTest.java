package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A plugin's texts are shown as text, wherever they stand: in the page's title, headings, tables,
 * lists and inside the charts' SVG ({@code src/test/resources/questionnaires/hostile.yaml}, loaded
 * from the class path like any plugin).
 */
class HostileTextsTest {

    private static final HtmlReport REPORT = new HtmlReport();

    private static Result hostile() {
        return Reports.score(Path.of("src/test/resources/answers/hostile-planer.yaml"));
    }

    @Test
    void markup_in_a_definitions_texts_is_shown_literally_and_never_becomes_an_element() {
        Result result = hostile();
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            String page = REPORT.page(result, Reports.questionnaireOf(result), language);
            Document doc = Jsoup.parse(page);

            assertThat(doc.select("script, img, b, iframe, [src], [onerror], [onload], [onmouseover]")).isEmpty();
            // the only links are the list's under the outcome, to the page's own headings, the texts in them as text too
            assertThat(doc.select("a, [href]")).allSatisfy(a -> {
                assertThat(a.closest("nav.tw-contents")).isNotNull();
                assertThat(a.attr("href")).matches("#tw-[a-z]+-heading(-\\d+)?");
                assertThat(a.children()).allSatisfy(c -> assertThat(c.tagName()).isEqualTo("span"));
            });
            assertThat(doc.select("style")).hasSize(1);
            assertThat(doc.select(".tw-chart")).hasSize(1); // the shares; the points strategy gives no dimensions
            assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                    .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
            assertThat(page).doesNotContain("<script", "<img", "<b ", "</style><", "]]></desc>", "<svg onload");
        }
    }

    @Test
    void every_hostile_text_reads_as_written_in_the_place_it_belongs() {
        Result result = hostile();
        Document doc = Jsoup.parse(REPORT.page(result, Reports.questionnaireOf(result), Locale.GERMAN));

        // one of its two scorable questions is left open: the type is named provisionally
        assertThat(doc.title()).isEqualTo("Gemeinde <script>alert('name')</script> – Ihr Typ (vorläufig): Planer<script>alert('typ')</script>"
                + " – Ergebnis: Titel <script>alert('titel')</script>");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Ergebnis: Titel <script>alert('titel')</script>");
        assertThat(doc.selectFirst(".tw-outcome h2").text()).isEqualTo("Ihr Typ (vorläufig): Planer<script>alert('typ')</script>");
        assertThat(doc.selectFirst(".tw-motto").text()).isEqualTo("Motto: „\"><img src=x onerror=alert('motto')>“");
        assertThat(doc.select(".tw-types tbody th").eachText())
                .containsExactly("Planer<script>alert('typ')</script>", "Macher\"><img src=x onerror=alert('macher')>");
        assertThat(doc.select(".tw-types .tw-chart-label").eachText())
                .containsExactly("Planer<script>alert('typ')</script>", "Macher\"><img src=x onerror=alert('macher')>");
        assertThat(doc.getElementById("tw-shares-desc").text()).startsWith("Planer<script>alert('typ')</script>: ");
        Element profile = doc.selectFirst(".tw-profile");
        assertThat(profile.select("p").first().text()).isEqualTo("</style><style>body{display:none}</style>");
        assertThat(profile.select("h3").text()).isEqualTo("Thema \"><img src=x onerror=alert('thema')>");
        assertThat(profile.select("p").last().text()).isEqualTo("]]><svg onload=alert('profil')>");
        assertThat(doc.select(".tw-question").eachText()).contains("Strategie? <script>alert('frage')</script>");
        assertThat(doc.select(".tw-answer").eachText()).contains("Antwort: Ja\"><img src=x onerror=alert('option')> (Beitrag +2,000)");
        assertThat(doc.select(".tw-strengths li").eachText()).containsExactly("<b onmouseover=alert('staerke')>Überblick</b>");
        assertThat(doc.select(".tw-lessons > li").first().ownText()).isEqualTo("</title></svg><script>alert('schwaeche')</script>");
        assertThat(doc.select(".tw-lessons li li").text()).contains("<a href=\"javascript:alert('tempo')\">Tempo</a>");
        assertThat(doc.select(".tw-coverage li").eachText()).containsExactly("Beginn? ]]><!--");
        assertThat(doc.select(".tw-facts dd").eachText()).contains(
                "Gemeinde <script>alert('name')</script> · gemeinde\"><img src=x onerror=alert('kind')>");
        assertThat(doc.selectFirst(".tw-source p").text()).isEqualTo("Quelle ]]></desc><script>alert('quelle')</script>");
    }
}
