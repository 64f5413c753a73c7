package de.typwerk.engine.scoring;

import de.typwerk.engine.strategy.CheckedSheet;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.RoleModel;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.engine.result.record.CoverageRecord;
import de.typwerk.engine.testing.Fixtures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultAssemblerTest {

    private final ResultAssembler assembler = new ResultAssembler();

    /** Every question asked and answered; o-craft asks q-meetups too. */
    static Response everything() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-anchor", new Answer.Choice("o-craft"));
        answers.put("q-tools", new Answer.Choices(List.of("t-data", "t-build")));
        answers.put("q-goals", new Answer.Ranking(List.of("g-service", "g-efficiency")));
        answers.put("q-numbers", new Answer.Scale(5));
        answers.put("q-meetups", new Answer.Scale(2));
        answers.put("q-size", new Answer.Number(new BigDecimal("12000")));
        answers.put("q-note", new Answer.Text("Wir fangen gerade an."));
        return Response.builder("fixture-teams", Version.parse("1.2.0")).respondent(Respondent.builder().name("Gemeinde Musterhausen").ags("09162000").kind("gemeinde").state("Bayern").build()).answers(answers).build();
    }

    static CheckedSheet scored(List<ScoreSheet.TypeScore> types, List<ScoreSheet.Contribution> contributions) {
        return new CheckedSheet("prototype", "1.0.0", new ScoreSheet(types, List.of(
                new ScoreSheet.DimensionValue("tech", 0.8, 3), new ScoreSheet.DimensionValue("people", 0.45, 1)), contributions),
                MissingAnswers.SKIP, Map.of());
    }

    static List<ScoreSheet.TypeScore> shares(double analyst, double builder, double connector) {
        return List.of(new ScoreSheet.TypeScore("analyst", analyst, analyst),
                new ScoreSheet.TypeScore("builder", builder, builder),
                new ScoreSheet.TypeScore("connector", connector, connector));
    }

    private Result assemble(Response response, CheckedSheet scored) {
        return assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), response, scored);
    }

    @Test
    void ranks_types_by_share_then_by_score_then_by_their_place_in_the_definition() {
        Result result = assemble(everything(), scored(List.of(
                new ScoreSheet.TypeScore("analyst", 0.5, 0.3),
                new ScoreSheet.TypeScore("builder", 0.6, 0.35),
                new ScoreSheet.TypeScore("connector", 0.7, 0.35)), List.of()));

        assertThat(result.types()).extracting(TypeResult::id, TypeResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("connector", 1), org.assertj.core.groups.Tuple.tuple("builder", 2),
                        org.assertj.core.groups.Tuple.tuple("analyst", 3));
    }

    @Test
    void an_exact_tie_goes_to_the_type_declared_first() {
        double third = 1.0 / 3;
        Result result = assemble(everything(), scored(shares(third, third, third), List.of()));

        assertThat(result.types()).extracting(TypeResult::id).containsExactly("analyst", "builder", "connector");
        assertThat(result.outcome()).isEqualTo(new Outcome.Mixed("analyst", "builder", 0.0, 0.05));
    }

    @Test
    void shares_that_differ_only_in_the_last_binary_place_are_a_tie() {
        // 0.1 + 0.2 and 0.3 are the same share to anyone reading the result
        Result result = assemble(everything(), scored(List.of(
                new ScoreSheet.TypeScore("analyst", 0.5, 0.4),
                new ScoreSheet.TypeScore("builder", 0.5, 0.3),
                new ScoreSheet.TypeScore("connector", 0.5, 0.1 + 0.2)), List.of()));

        assertThat(result.types()).extracting(TypeResult::id).containsExactly("analyst", "builder", "connector");
        assertThat(result.type("connector").orElseThrow().share()).isEqualTo(0.3);
    }

    @Test
    void is_mixed_when_the_lead_is_below_the_margin_naming_both_types() {
        Result result = assemble(everything(), scored(shares(0.48, 0.52, 0.0), List.of()));

        assertThat(result.outcome()).isEqualTo(new Outcome.Mixed("builder", "analyst", 0.04, 0.05));
        assertThat(result.reasons()).extracting(r -> r.type()).containsExactly("builder", "analyst");
        assertThat(result.recommendations()).extracting(Recommendation::type).containsExactly("builder", "analyst");
    }

    @Test
    void a_lead_of_exactly_the_margin_names_a_primary_type() {
        // in binary floating point 0.525 − 0.475 is 0.050000000000000044; as the result shows it, 0.05
        Result result = assemble(everything(), scored(shares(0.475, 0.525, 0.0), List.of()));

        assertThat(result.outcome()).isEqualTo(new Outcome.Primary("builder", 0.05));
    }

    @Test
    void names_no_type_when_the_strategy_says_that_none_fits_however_clear_the_shares() {
        CheckedSheet clear = scored(shares(0.9, 0.1, 0.0), List.of(new ScoreSheet.Contribution("analyst", "q-anchor", 1.0)));
        CheckedSheet none = new CheckedSheet("threshold", "1.0.0", clear.sheet().withNoTypeFitting(), MissingAnswers.SKIP, Map.of());

        Result result = assemble(everything(), none);

        assertThat(result.outcome()).isEqualTo(new Outcome.None());
        assertThat(result.reasons()).isEmpty();
        assertThat(result.recommendations()).isEmpty();
        assertThat(result.types()).extracting(TypeResult::id).containsExactly("analyst", "builder", "connector");
    }

    @Test
    void too_few_answers_come_before_no_type_fitting() {
        Response response = Response.builder("fixture-teams", Version.parse("1.2.0"))
                .answers(Map.of("q-anchor", new Answer.Choice("o-data"), "q-size", new Answer.Number(BigDecimal.TEN))).build();
        CheckedSheet none = new CheckedSheet("threshold", "1.0.0", scored(shares(1, 0, 0), List.of()).sheet().withNoTypeFitting(),
                MissingAnswers.SKIP, Map.of());

        assertThat(assemble(response, none).outcome()).isEqualTo(new Outcome.Insufficient(1, 2));
    }

    @Test
    void is_insufficient_when_fewer_scorable_questions_are_answered_than_the_definition_asks_for() {
        // after o-data, q-meetups is not asked: 4 scorable questions are, and half of them must be answered
        Response response = Response.builder("fixture-teams", Version.parse("1.2.0")).answers(Map.of("q-anchor", new Answer.Choice("o-data"), "q-size", new Answer.Number(BigDecimal.TEN))).build();

        Result result = assemble(response, scored(shares(1, 0, 0), List.of()));

        assertThat(result.outcome()).isEqualTo(new Outcome.Insufficient(1, 2));
        assertThat(result.reasons()).isEmpty();
        assertThat(result.recommendations()).isEmpty();
        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.coverage().unanswered()).containsExactly("q-tools", "q-goals", "q-numbers");
    }

    @Test
    void is_not_insufficient_with_exactly_the_needed_answers() {
        Response response = Response.builder("fixture-teams", Version.parse("1.2.0")).answers(Map.of("q-anchor", new Answer.Choice("o-data"), "q-numbers", new Answer.Scale(3))).build();

        assertThat(assemble(response, scored(shares(1, 0, 0), List.of())).outcome()).isEqualTo(new Outcome.Primary("analyst", 1.0));
    }

    @Test
    void gives_the_five_answers_that_pushed_most_towards_the_primary_type_in_every_language() {
        List<ScoreSheet.Contribution> contributions = List.of(
                new ScoreSheet.Contribution("builder", "q-anchor", 3),
                new ScoreSheet.Contribution("builder", "q-tools", 2),
                new ScoreSheet.Contribution("builder", "q-goals", 2),
                new ScoreSheet.Contribution("builder", "q-numbers", 0.4),
                new ScoreSheet.Contribution("builder", "q-meetups", -1),
                new ScoreSheet.Contribution("analyst", "q-meetups", 5),
                new ScoreSheet.Contribution("builder", "q-numbers", 0.2));

        Result result = assemble(everything(), scored(shares(0.2, 0.7, 0.1), contributions));

        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("builder");
            assertThat(r.answers()).extracting(Reason::question, Reason::contribution).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("q-anchor", 3.0),
                    // equal pushes keep questionnaire order
                    org.assertj.core.groups.Tuple.tuple("q-tools", 2.0),
                    org.assertj.core.groups.Tuple.tuple("q-goals", 2.0),
                    // two contributions of one question are one reason
                    org.assertj.core.groups.Tuple.tuple("q-numbers", 0.6));
            assertThat(r.answers().get(0).answer()).isEqualTo(LocalizedText.of(Map.of("de", "Handwerk", "en", "Craft")));
            assertThat(r.answers().get(1).answer().texts()).containsEntry("en", "Databases; Workbench");
            assertThat(r.answers().get(2).answer().texts()).containsEntry("de", "1. Service, 2. Effizienz");
            assertThat(r.answers().get(3).answer().texts()).containsEntry("en", "5 of 5: “fully”");
            assertThat(r.answers().get(3).questionText().texts()).containsEntry("en", "Numbers convince us.");
        });
    }

    @Test
    void with_numbers_only_keeps_every_id_and_number_and_the_recommendations_and_leaves_out_answer_texts() {
        List<ScoreSheet.Contribution> contributions = List.of(
                new ScoreSheet.Contribution("builder", "q-anchor", 3),
                new ScoreSheet.Contribution("builder", "q-tools", 2));
        CheckedSheet scored = scored(shares(0.2, 0.7, 0.1), contributions);
        Result full = assemble(everything(), scored);

        Result numbers = assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), everything(), scored, ResultDetail.NUMBERS);

        assertThat(numbers.types()).isEqualTo(full.types());
        assertThat(numbers.outcome()).isEqualTo(full.outcome());
        assertThat(numbers.dimensions()).isEqualTo(full.dimensions());
        assertThat(numbers.coverage()).isEqualTo(full.coverage());
        assertThat(numbers.reasons()).singleElement().satisfies(r -> {
            assertThat(r.answers()).extracting(Reason::question, Reason::contribution)
                    .containsExactlyElementsOf(full.reasons().get(0).answers().stream()
                            .map(a -> org.assertj.core.groups.Tuple.tuple(a.question(), a.contribution())).toList());
            assertThat(r.answers()).allSatisfy(a -> assertThat(a.answer().texts()).isEmpty());
        });
        assertThat(full.recommendations()).isNotEmpty();
        // which weak spots the answers confirm: a compact row names them
        assertThat(numbers.recommendations()).isEqualTo(full.recommendations());
    }

    @Test
    void recommends_the_primary_types_strengths_and_for_each_weakness_whom_to_learn_from_and_for_what() {
        Result result = assemble(everything(), scored(shares(0.2, 0.7, 0.1), List.of()));

        assertThat(result.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("builder");
            assertThat(r.strengths()).extracting(Strength::id).containsExactly("ship");
            assertThat(r.learnFrom()).singleElement().satisfies(lesson -> {
                assertThat(lesson.weakness()).isEqualTo("plan");
                assertThat(lesson.reason().texts()).containsEntry("en", "Plans too little");
                assertThat(lesson.from()).extracting(RoleModel::type).containsExactly("analyst", "connector");
                // the weakness names what to learn from the analyst; the connector offers all it has
                assertThat(lesson.from().get(0).strengths()).extracting(Strength::id).containsExactly("forecast");
                assertThat(lesson.from().get(1).strengths()).extracting(Strength::id).containsExactly("network");
            });
        });
    }

    @Test
    void reports_dimensions_in_definition_order_and_calls_those_with_too_few_answers_thin() {
        Result result = assemble(everything(), scored(shares(0.2, 0.7, 0.1), List.of()));

        assertThat(result.dimensions()).extracting(DimensionResult::id, DimensionResult::value, DimensionResult::answers, DimensionResult::thin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tech", 0.8, 3, false),
                        org.assertj.core.groups.Tuple.tuple("people", 0.45, 1, true));
        assertThat(result.coverage()).isEqualTo(new CoverageRecord(MissingAnswers.SKIP, 5, 5, List.of(), 2, List.of("people")));
    }

    @Test
    void counts_per_dimension_the_answers_that_pick_only_options_without_weights_on_a_question_bearing_on_it() {
        Response response = everything();
        Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
        // "Keine davon" carries no weight; q-tools bears on tech (t-data, t-build) and people (t-forum)
        answers.put("q-tools", new Answer.Choices(List.of("t-none")));
        Response none = Response.builder(response.questionnaireId(), response.questionnaireVersion()).answers(answers).build();

        assertThat(assemble(everything(), scored(shares(0.2, 0.7, 0.1), List.of())).dimensions())
                .extracting(DimensionResult::weightless).containsExactly(0, 0);
        assertThat(assemble(none, scored(shares(0.2, 0.7, 0.1), List.of())).dimensions())
                .extracting(DimensionResult::id, DimensionResult::weightless)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tech", 1), org.assertj.core.groups.Tuple.tuple("people", 1));
    }

    @Test
    void takes_the_answers_a_dimension_needs_from_the_strategys_parameters() {
        CheckedSheet base = scored(shares(0.2, 0.7, 0.1), List.of());
        CheckedSheet strict = new CheckedSheet(base.strategyId(), base.strategyVersion(), base.sheet(), base.missing(),
                Map.of("minAnswersPerDimension", 4, "prototypes", Map.of()));

        Result result = assemble(everything(), strict);

        assertThat(result.coverage().thinDimensions()).containsExactly("tech", "people");
        assertThat(result.coverage().minAnswersPerDimension()).isEqualTo(4);
    }

    @Test
    void names_questionnaire_strategy_and_respondent_and_counts_the_questions_asked_and_answered() {
        Result result = assemble(everything(), scored(shares(0.2, 0.7, 0.1), List.of()));

        assertThat(result.questionnaire().id()).isEqualTo("fixture-teams");
        assertThat(result.questionnaire().version()).isEqualTo("1.2.0");
        assertThat(result.questionnaire().contentHash()).startsWith("sha256:");
        assertThat(result.questionnaire().base()).isEmpty();
        assertThat(result.strategy().id()).isEqualTo("prototype");
        assertThat(result.respondent().ags()).contains("09162000");
        assertThat(result.answered()).isEqualTo(7);
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.outcome()).isEqualTo(new Outcome.Primary("builder", 0.5));
        assertThat(result.types()).extracting(TypeResult::id).containsExactly("builder", "analyst", "connector");
        assertThat(result.recommendations().get(0).learnFrom()).extracting(Lesson::weakness).containsExactly("plan");
    }
}
