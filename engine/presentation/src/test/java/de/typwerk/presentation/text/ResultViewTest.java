package de.typwerk.presentation.text;

import de.typwerk.presentation.Language;
import de.typwerk.presentation.Texts;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text report for what the ÖFIT personas do not show: too few answers, bars at their ends. */
class ResultViewTest {

    private static LocalizedText text(String de, String en) {
        return LocalizedText.of(Map.of("de", de, "en", en));
    }

    private static Result insufficient() {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("points", "1.0.0"), Respondent.ANONYMOUS, 3, 20,
                List.of(new TypeResultRecord("a", text("Typ A", "Type A"), 0.5, 0.7, 1), new TypeResultRecord("b", text("Typ B", "Type B"), 0.1, 0.3, 2)),
                new Outcome.Insufficient(3, 10), List.of(), List.of(),
                new CoverageRecord(MissingAnswers.SKIP, 19, 3, List.of("q-1", "q-2"), 2, List.of()), List.of());
    }

    @Test
    void too_few_answers_say_how_many_were_answered_and_needed_and_mark_the_bars_provisional() {
        String report = new ResultView(insufficient(), Optional.empty(), Texts.of(Language.DE)).render();

        // "weiß nicht" is an answer the respondent gave, but not one that counts: both sentences say so
        assertThat(report.replaceAll("\\s+", " ")).contains(
                // the head counts as the outcome does (of 20 questions answered, 3 are scorable ones answered other than "weiß nicht")
                "3 von 19 bewertbaren Fragen beantwortet („weiß nicht“ zählt nicht mit); 20 Fragen gestellt, 1 davon nicht bewertbar.",
                "Zu wenige Antworten für eine Einordnung: 3 von 19 bewertbaren Fragen beantwortet („weiß nicht“ zählt nicht mit), nötig sind mindestens 10.");
        assertThat(report).contains("Vorläufig: Diese Werte beruhen auf zu wenigen Antworten.",
                "  Typ A  █████████████████████░░░░░░░░░   70,0 %  Score 0,500",
                "Ohne bewertbare Antwort (offen oder etwa mit „weiß nicht“ beantwortet):\n  - q-1\n  - q-2\n");
        assertThat(new ResultView(insufficient(), Optional.empty(), Texts.of(Language.EN)).render().replaceAll("\\s+", " ")).contains(
                "3 of 19 scorable questions answered (“don’t know” does not count); 20 questions asked, 1 of them not scorable.",
                "3 of 19 scorable questions answered (“don’t know” does not count), at least 10 needed.",
                "Without an answer that counts (open, or answered “don’t know” or the like): - q-1 - q-2");
        assertThat(report).doesNotContain("Profil", "Empfehlungen", "Warum");
    }

    @Test
    void the_bars_say_what_the_share_and_the_score_beside_them_are_in_the_words_of_the_json_result() {
        String de = new ResultView(insufficient(), Optional.empty(), Texts.of(Language.DE)).render();
        String en = new ResultView(insufficient(), Optional.empty(), Texts.of(Language.EN)).render();

        assertThat(de).contains("   70,0 %  Score 0,500\n").doesNotContain("Wert 0");
        assertThat(de.replaceAll("\\s+", " ")).contains("Anteil: wie sich die Zuordnung auf die Typen verteilt, zusammen 100 %."
                + " Score: wie nah Ihre Antworten dem Typ kommen, von 0 bis 1, gemessen von der Strategie points – je höher, desto näher"
                + " (im JSON-Ergebnis „share“ und „score“).");
        assertThat(en).contains("   70.0%  score 0.500\n");
        assertThat(en.replaceAll("\\s+", " ")).contains("Share: how the classification divides among the types, 100% together."
                + " Score: how close your answers come to the type, from 0 to 1, as the strategy points measures it – the higher, the closer"
                + " (“share” and “score” in the JSON result).");
    }

    @Test
    void a_plugin_strategy_whose_scores_have_no_known_range_gets_the_note_without_one() {
        String de = new ResultView(noTypeFits(), Optional.empty(), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String en = new ResultView(noTypeFits(), Optional.empty(), Texts.of(Language.EN)).render().replaceAll("\\s+", " ");

        assertThat(de).contains("Score: wie nah Ihre Antworten dem Typ kommen, gemessen von der Strategie schwelle – je höher, desto näher")
                .doesNotContain("0 bis 1");
        assertThat(en).contains("Score: how close your answers come to the type, as the strategy schwelle measures it – the higher, the closer")
                .doesNotContain("0 to 1");
    }

    private static Result primaryOn(int answeredScorable, List<String> open) {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("prototype", "1.0.0"), Respondent.ANONYMOUS, 28, 30,
                List.of(new TypeResultRecord("a", text("Typ A", "Type A"), 0.9, 0.548, 1), new TypeResultRecord("b", text("Typ B", "Type B"), 0.8, 0.184, 2)),
                new Outcome.Primary("a", 0.364), List.of(), List.of(),
                new CoverageRecord(MissingAnswers.SKIP, 27, answeredScorable, open, 2, List.of()), List.of());
    }

    @Test
    void a_type_named_while_more_than_a_fifth_of_the_questions_are_open_or_dont_know_is_called_provisional_in_its_first_words() {
        List<String> ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "q-" + i).toList();
        Result shaky = primaryOn(17, ten);

        assertThat(new ResultView(shaky, Optional.empty(), Texts.of(Language.DE)).outcome()).isEqualTo(
                "Ihr Typ (vorläufig): Typ A – mit 54,8 % Anteil, 36,4 Prozentpunkte vor dem Typ „Typ B“. Vorläufig: 10 von 27"
                        + " bewertbaren Fragen sind offen oder mit „weiß nicht“ beantwortet. Mit Antworten darauf kann das Ergebnis anders ausfallen.");
        assertThat(new ResultView(shaky, Optional.empty(), Texts.of(Language.EN)).outcome()).isEqualTo(
                "Your type (provisional): Type A – with a share of 54.8%, 36.4 percentage points ahead of the type “Type B”."
                        + " Provisional: 10 of 27 scorable questions are open or answered “don’t know”. Answers to them may change the result.");
        // five of 27 open: the type stands without a qualifier
        assertThat(new ResultView(primaryOn(22, ten.subList(0, 5)), Optional.empty(), Texts.of(Language.DE)).outcome())
                .isEqualTo("Ihr Typ: Typ A – mit 54,8 % Anteil, 36,4 Prozentpunkte vor dem Typ „Typ B“.");
    }

    private static Result noTypeFits() {
        return new ResultRecord(
                new ResultQuestionnaireRecord("probe", "1.0.0", text("Probe", "Probe"), "sha256:" + "0".repeat(64), Optional.empty(), List.of()),
                new ResultStrategyRecord("schwelle", "1.0.0"), Respondent.ANONYMOUS, 18, 20,
                List.of(new TypeResultRecord("a", text("Typ A", "Type A"), 0.3, 0.6, 1), new TypeResultRecord("b", text("Typ B", "Type B"), 0.2, 0.4, 2)),
                new Outcome.None(), List.of(), List.of(),
                new CoverageRecord(MissingAnswers.SKIP, 19, 17, List.of("q-1", "q-2"), 2, List.of()), List.of());
    }

    @Test
    void no_type_fitting_names_no_type_in_german_and_english_and_marks_the_bars_as_orientation() {
        String german = new ResultView(noTypeFits(), Optional.empty(), Texts.of(Language.DE)).render();
        String english = new ResultView(noTypeFits(), Optional.empty(), Texts.of(Language.EN)).render();

        assertThat(german.replaceAll("\\s+", " ")).contains(
                "Kein Typ passt: Nach der Strategie schwelle liegen diese Antworten keinem der Typen nahe genug für eine Einordnung.",
                "Zur Orientierung: Die Anteile zeigen, wie nah jeder Typ kommt; keiner passt.", "Typ A ");
        assertThat(german).doesNotContain("Ihr Typ", "Gemischt", "Profil", "Empfehlungen", "Warum");
        assertThat(english.replaceAll("\\s+", " ")).contains(
                "No type fits: by the strategy schwelle, these answers are close enough to none of the types to place them.",
                "For orientation: the shares show how close each type comes; none fits.");
        assertThat(english).doesNotContain("Your type", "Mixed", "Recommendations");
    }

    @Test
    void a_maturity_model_that_places_no_stage_says_so_of_stages_not_of_types() {
        Result none = noTypeFits();
        Result stages = new ResultRecord(none.questionnaire(), new ResultStrategyRecord("levels", "1.0.0"), none.respondent(), none.answered(),
                none.total(), none.types(), none.outcome(), none.dimensions(), none.reasons(), none.coverage(), none.recommendations());
        String german = new ResultView(stages, Optional.empty(), Texts.of(Language.DE)).render().replaceAll("\\s+", " ");
        String english = new ResultView(stages, Optional.empty(), Texts.of(Language.EN)).render().replaceAll("\\s+", " ");

        assertThat(german).contains("Keine Stufe passt: Nach der Strategie levels lassen sich diese Antworten keiner der Stufen zuordnen.",
                "Zur Orientierung: Die Anteile zeigen, wie nah jede Stufe kommt; keine passt.").doesNotContain("Kein Typ", "jeder Typ", "Typen");
        assertThat(english).contains("No stage fits: by the strategy levels, these answers can be placed at none of the stages.",
                "For orientation: the shares show how close each stage comes; none fits.").doesNotContain("No type", "each type", "types");
    }

    @Test
    void the_kind_of_municipality_is_named_in_words_of_the_reports_language_and_an_unknown_one_as_it_is() {
        Respondent kreis = Respondent.builder().name("Landkreis Musterkreis").ags("08436000").kind("kreis").state("Bayern").build();
        Respondent other = Respondent.builder().name("Amt Mitte").kind("amt").build();

        assertThat(new ResultView(withRespondent(kreis), Optional.empty(), Texts.of(Language.DE)).render())
                .contains("Für: Landkreis Musterkreis · AGS 08436000 · Kreis · Bayern");
        assertThat(new ResultView(withRespondent(kreis), Optional.empty(), Texts.of(Language.EN)).render())
                .contains("For: Landkreis Musterkreis · AGS 08436000 · district (Kreis) · Bayern");
        assertThat(new ResultView(withRespondent(other), Optional.empty(), Texts.of(Language.EN)).render())
                .contains("For: Amt Mitte · amt");
    }

    private static Result withRespondent(Respondent respondent) {
        Result r = insufficient();
        return new ResultRecord(r.questionnaire(), r.strategy(), respondent, r.answered(), r.total(), r.types(), r.outcome(),
                r.dimensions(), r.reasons(), r.coverage(), r.recommendations());
    }

    @Test
    void bars_are_rounded_to_whole_characters_and_stay_within_their_width() {
        assertThat(ResultView.bar(0, 30)).isEqualTo("░".repeat(30));
        assertThat(ResultView.bar(1, 30)).isEqualTo("█".repeat(30));
        assertThat(ResultView.bar(0.5, 20)).isEqualTo("█".repeat(10) + "░".repeat(10));
        assertThat(ResultView.bar(1.2, 10)).isEqualTo("█".repeat(10));
        assertThat(ResultView.bar(0.016, 30)).isEqualTo("░".repeat(30));
        assertThat(ResultView.bar(0.017, 30)).isEqualTo("█" + "░".repeat(29));
    }
}
