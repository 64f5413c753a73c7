package de.typwerk.strategy.levels;

import static de.typwerk.testkit.TestResponses.choice;
import static de.typwerk.testkit.TestResponses.choices;
import static de.typwerk.strategy.levels.Fixtures.request;
import static de.typwerk.strategy.levels.Fixtures.response;
import static de.typwerk.testkit.TestResponses.scale;
import static de.typwerk.strategy.levels.Fixtures.threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.typwerk.api.TypwerkApi;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LevelsStrategyTest {

    private final Fixtures.Levels strategy = new Fixtures.Levels();
    private final Questionnaire stufen = Fixtures.stufen();

    /** a at 3, b at 2 (two answers), c at 3. */
    private Response mostlyThree() {
        return response(stufen, "qa", choice("a3"), "qb", choice("b2"), "qs", scale(2),
                "qc-gate", choice("ja"), "qc", choices("c1", "c3"));
    }

    private static Map<String, Double> shares(ScoreSheet sheet) {
        return sheet.types().stream().collect(java.util.stream.Collectors.toMap(
                ScoreSheet.TypeScore::type, ScoreSheet.TypeScore::share));
    }

    @Test
    void reaches_the_highest_level_that_every_criterion_reaches_when_all_are_required() {
        Maturity m = strategy.assess(request(stufen, threshold(1.0), mostlyThree()));

        assertThat(m.level()).isEqualTo(2);
        assertThat(m.criteria()).extracting(CriterionStage::reached).containsExactly(3, 2, 3);
    }

    @Test
    void a_threshold_below_one_lets_a_share_of_the_criteria_lag_behind() {
        // two of three criteria stand at 3: enough for ceil(0.6 * 3) = 2
        assertThat(strategy.assess(request(stufen, threshold(0.6), mostlyThree())).level()).isEqualTo(3);
        // but not for ceil(0.7 * 3) = 3
        assertThat(strategy.assess(request(stufen, threshold(0.7), mostlyThree())).level()).isEqualTo(2);
    }

    @Test
    void a_level_counts_only_if_every_lower_level_counts() {
        Response aHighBLow = response(stufen, "qa", choice("a3"), "qb", choice("b0"), "qs", scale(0),
                "qc-gate", choice("nein"));
        LevelsParameters lenient = threshold(0.5);
        LevelsParameters level1NeedsB = new LevelsParameters(0.5, null, null, null,
                Map.of("l1", new LevelsParameters.Requirement(Optional.of(1.0), List.of("b"))), null);

        assertThat(strategy.assess(request(stufen, lenient, aHighBLow)).level()).isEqualTo(3);
        // l2 and l3 would hold on a alone, but l1 demands b, so nothing above l0 counts
        assertThat(strategy.assess(request(stufen, level1NeedsB, aHighBLow)).level()).isZero();
    }

    @Test
    void the_reached_level_keeps_the_larger_share_and_the_next_gets_lookahead_times_progress() {
        ScoreSheet sheet = strategy.score(request(stufen, threshold(1.0), mostlyThree()));

        // toward l3: a and c are there (1 each), b has come 0 of the way: progress 2/3
        assertThat(shares(sheet)).containsOnlyKeys("l0", "l1", "l2", "l3");
        assertThat(shares(sheet).get("l2")).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(shares(sheet).get("l3")).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(shares(sheet).get("l0")).isZero();
        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::type).containsExactly("l0", "l1", "l2", "l3");
        // scores: closeness of each level to the maturity index 2 + 1/3, over a range of 3
        assertThat(sheet.types().get(2).score()).isCloseTo(1.0 - (1.0 / 3.0) / 3.0, within(1e-12));
        assertThat(sheet.types().get(0).score()).isCloseTo(1.0 - (7.0 / 3.0) / 3.0, within(1e-12));
    }

    @Test
    void with_no_lookahead_the_reached_level_holds_the_whole_share() {
        LevelsParameters p = new LevelsParameters(1.0, null, 0.0, null, null, null);
        ScoreSheet sheet = strategy.score(request(stufen, p, mostlyThree()));

        assertThat(shares(sheet)).containsEntry("l2", 1.0).containsEntry("l3", 0.0);
    }

    @Test
    void the_top_level_holds_the_whole_share_when_reached() {
        Response top = response(stufen, "qa", choice("a3"), "qb", choice("b3"), "qs", scale(3),
                "qc-gate", choice("ja"), "qc", choices("c3"));

        assertThat(shares(strategy.score(request(stufen, threshold(1.0), top)))).containsEntry("l3", 1.0);
    }

    @Test
    void each_criterion_is_a_dimension_valued_stage_over_highest_stage_with_its_answer_count() {
        ScoreSheet sheet = strategy.score(request(stufen, threshold(1.0), mostlyThree()));

        assertThat(sheet.dimensions()).containsExactly(
                new ScoreSheet.DimensionValue("a", 1.0, 1),
                new ScoreSheet.DimensionValue("b", 2.0 / 3.0, 2),
                new ScoreSheet.DimensionValue("c", 1.0, 1));
    }

    @Test
    void a_multiple_choice_answer_shows_its_highest_pick_and_no_pick_shows_stage_zero() {
        Response none = response(stufen, "qa", choice("a3"), "qb", choice("b3"), "qc-gate", choice("ja"),
                "qc", choices());
        Response two = response(stufen, "qa", choice("a3"), "qb", choice("b3"), "qc-gate", choice("ja"),
                "qc", choices("c2", "c1"));

        assertThat(strategy.assess(request(stufen, threshold(1.0), none)).criteria().get(2).stage()).isZero();
        assertThat(strategy.assess(request(stufen, threshold(1.0), two)).criteria().get(2).stage()).isEqualTo(2.0);
    }

    @Test
    void a_scale_answer_shows_its_position_times_the_weight() {
        Response r = response(stufen, "qs", scale(1));

        assertThat(strategy.assess(request(stufen, threshold(1.0), r)).criteria().get(1).stage())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void the_aggregation_decides_how_several_answers_on_one_criterion_combine() {
        Response split = response(stufen, "qb", choice("b3"), "qs", scale(1));

        assertThat(stageOfB(split, Aggregation.MEAN)).isCloseTo(2.0, within(1e-12));
        assertThat(stageOfB(split, Aggregation.MIN)).isCloseTo(1.0, within(1e-12));
        assertThat(stageOfB(split, Aggregation.MAX)).isCloseTo(3.0, within(1e-12));
    }

    private double stageOfB(Response r, Aggregation aggregation) {
        LevelsParameters p = new LevelsParameters(1.0, aggregation, null, null, null, null);
        return strategy.assess(request(stufen, p, r)).criteria().get(1).stage();
    }

    @Test
    void under_skip_unanswered_questions_and_criteria_without_answers_are_left_out() {
        Response r = response(stufen, "qa", choice("a2"), "qb", choice("b2"), "qc-gate", choice("ja"));

        Maturity m = strategy.assess(request(stufen, threshold(1.0), r));

        assertThat(m.level()).isEqualTo(2);
        assertThat(m.criteria().get(2).evidenced()).isFalse();
        assertThat(strategy.score(request(stufen, threshold(1.0), r)).dimensions())
                .extracting(ScoreSheet.DimensionValue::dimension).containsExactly("a", "b");
    }

    @Test
    void under_neutral_an_asked_but_unanswered_question_counts_as_no_choice_or_the_middle_of_its_scale() {
        Response gateYes = response(stufen, "qa", choice("a2"), "qb", choice("b2"), "qc-gate", choice("ja"));
        Response gateNo = response(stufen, "qa", choice("a2"), "qb", choice("b2"), "qc-gate", choice("nein"));

        Maturity yes = strategy.assess(new Fixtures.Request(stufen, threshold(1.0), gateYes, MissingAnswers.NEUTRAL));
        Maturity no = strategy.assess(new Fixtures.Request(stufen, threshold(1.0), gateNo, MissingAnswers.NEUTRAL));

        // qs unanswered counts as 1.5 on b: b = (2 + 1.5) / 2
        assertThat(no.criteria().get(1).stage()).isCloseTo(1.75, within(1e-12));
        assertThat(no.level()).isEqualTo(1);
        // qc was not asked when the gate says no, so c stays without evidence
        assertThat(no.criteria().get(2).evidenced()).isFalse();
        // asked and unanswered: no option chosen, stage 0
        assertThat(yes.criteria().get(2).evidenced()).isTrue();
        assertThat(yes.level()).isZero();
    }

    @Test
    void each_answer_votes_for_the_levels_it_shows_and_all_votes_sum_to_one() {
        ScoreSheet sheet = strategy.score(request(stufen, threshold(1.0), mostlyThree()));

        assertThat(sheet.contributions()).usingElementComparatorIgnoringFields("weight")
                .containsExactly(
                        new ScoreSheet.Contribution("l3", "qa", 0),
                        new ScoreSheet.Contribution("l2", "qb", 0),
                        new ScoreSheet.Contribution("l2", "qs", 0),
                        new ScoreSheet.Contribution("l3", "qc", 0));
        assertThat(sheet.contributions()).extracting(ScoreSheet.Contribution::weight)
                .containsExactly(1.0 / 3.0, 1.0 / 6.0, 1.0 / 6.0, 1.0 / 3.0);
    }

    @Test
    void a_response_without_evidence_stands_at_the_lowest_level() {
        ScoreSheet sheet = strategy.score(request(stufen, threshold(1.0), response(stufen, "qt",
                new de.typwerk.api.model.Answer.Text("nichts"))));

        assertThat(shares(sheet)).containsEntry("l0", 1.0);
        assertThat(sheet.contributions()).isEmpty();
        assertThat(sheet.dimensions()).isEmpty();
    }

    @Test
    void criteria_can_be_narrowed_to_some_dimensions() {
        LevelsParameters onlyA = new LevelsParameters(1.0, null, null, List.of("a"), null, null);

        ScoreSheet sheet = strategy.score(request(stufen, onlyA, mostlyThree()));

        assertThat(sheet.dimensions()).extracting(ScoreSheet.DimensionValue::dimension).containsExactly("a");
        assertThat(shares(sheet)).containsEntry("l3", 1.0);
    }

    @Test
    void no_parameters_mean_the_defaults() {
        Fixtures.Request withNull = new Fixtures.Request(stufen, null, mostlyThree(), MissingAnswers.SKIP);

        assertThat(strategy.score(withNull))
                .isEqualTo(strategy.score(request(stufen, LevelsParameters.defaults(), mostlyThree())));
    }

    @Test
    void gives_the_same_sheet_to_many_threads_at_once() {
        Fixtures.Request r = request(stufen, threshold(1.0), mostlyThree());
        ScoreSheet expected = strategy.score(r);

        List<ScoreSheet> sheets = IntStream.range(0, 200).parallel().mapToObj(i -> strategy.score(r)).toList();

        assertThat(sheets).containsOnly(expected);
    }

    @Test
    void names_itself_in_german_and_english_and_publishes_a_schema() {
        LevelsStrategy strategy = new LevelsStrategy();
        assertThat(strategy.id()).isEqualTo("levels");
        assertThat(strategy.version()).hasToString("1.0.0");
        assertThat(strategy.description().in("de")).get().asString().startsWith("Reifegradmodell");
        assertThat(strategy.description().in("en")).get().asString().startsWith("Maturity model");
        assertThat(strategy.parametersType()).isEqualTo(LevelsParameters.class);
        assertThat(strategy.parametersSchema()).get().asString().contains("2020-12");
    }

    @Test
    void is_found_through_the_service_loader() {
        assertThat(ServiceLoader.load(ScoringStrategy.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(s -> assertThat(s).isInstanceOf(LevelsStrategy.class));
    }

    @Test
    void carries_a_descriptor_that_binds_strictly_and_accepts_this_api() {
        PluginDescriptor d = Fixtures.read("/" + PluginDescriptor.RESOURCE, PluginDescriptor.class);

        assertThat(d.id()).isEqualTo("typwerk-strategy-levels");
        assertThat(d.version()).hasToString("1.0.0");
        assertThat(d.api().contains(TypwerkApi.VERSION)).isTrue();
        assertThat(d.vendor()).isEqualTo("Typwerk");
        assertThat(d.questionnaires()).isEmpty();
    }
}
