package de.typwerk.strategy.points;

import static de.typwerk.strategy.points.Fixture.TEAMS;
import static de.typwerk.strategy.points.Fixture.answers;
import static de.typwerk.testkit.TestResponses.choice;
import static de.typwerk.testkit.TestResponses.choices;
import static de.typwerk.testkit.TestResponses.number;
import static de.typwerk.testkit.TestResponses.ranking;
import static de.typwerk.testkit.TestResponses.scale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoreSheet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PointsStrategyTest {

    private final PointsStrategy strategy = new PointsStrategy();

    private ScoreSheet score(Response response) {
        return Fixture.score(strategy, PointsParameters.none(), response);
    }

    private static Map<String, Double> scores(ScoreSheet sheet) {
        return sheet.types().stream().collect(Collectors.toMap(ScoreSheet.TypeScore::type, ScoreSheet.TypeScore::score));
    }

    private static Map<String, Double> shares(ScoreSheet sheet) {
        return sheet.types().stream().collect(Collectors.toMap(ScoreSheet.TypeScore::type, ScoreSheet.TypeScore::share));
    }

    @Test
    void a_single_choice_gives_the_chosen_options_points_against_the_most_that_question_could_give() {
        // o-craft: builder 3 (of 3), analyst 1 (of 3), connector 0 (of 3)
        ScoreSheet sheet = score(answers("q-anchor", choice("o-craft")));

        assertThat(scores(sheet)).containsEntry("builder", 1.0).containsEntry("connector", 0.0);
        assertThat(scores(sheet).get("analyst")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(shares(sheet).get("builder")).isCloseTo(0.75, within(1e-12));
        assertThat(shares(sheet).get("analyst")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void a_multiple_choice_sums_the_chosen_options_and_measures_against_the_best_allowed_picks() {
        // maxPicks 2: each type can get at most 2 points from q-tools (one option each)
        ScoreSheet sheet = score(answers("q-tools", choices("t-data", "t-forum")));

        assertThat(scores(sheet)).containsEntry("analyst", 1.0).containsEntry("connector", 1.0).containsEntry("builder", 0.0);
        assertThat(shares(sheet)).containsEntry("analyst", 0.5).containsEntry("connector", 0.5);
    }

    @Test
    void a_ranking_weighs_the_first_place_fully_and_the_last_of_top_places_with_one_over_top() {
        // top 2: first place factor 1, second place factor 1/2
        ScoreSheet sheet = score(answers("q-goals", ranking("g-service", "g-efficiency")));

        assertThat(scores(sheet)).containsEntry("builder", 1.0).containsEntry("analyst", 0.5).containsEntry("connector", 0.0);
        assertThat(sheet.contributions()).contains(
                new ScoreSheet.Contribution("builder", "q-goals", 2.0),
                new ScoreSheet.Contribution("analyst", "q-goals", 1.0));
    }

    @Test
    void a_scale_gives_its_weight_times_the_answer_scaled_to_zero_to_one() {
        ScoreSheet sheet = score(answers("q-numbers", scale(4)));

        assertThat(scores(sheet)).containsEntry("analyst", 0.75).containsEntry("builder", 0.0);
        assertThat(shares(sheet)).containsEntry("analyst", 1.0);
    }

    @Test
    void measures_against_the_questions_answered_only_when_missing_answers_are_skipped() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-data"), "q-numbers", scale(5)));

        // analyst: 3 + 1 of 3 + 1; q-tools and q-goals, unanswered, do not count
        assertThat(scores(sheet)).containsEntry("analyst", 1.0);
    }

    @Test
    void counts_asked_unanswered_questions_halfway_and_in_the_maximum_when_missing_answers_are_neutral() {
        Response response = answers("q-anchor", choice("o-data"));
        ScoreSheet sheet = Fixture.score(strategy, PointsParameters.none(), response, MissingAnswers.NEUTRAL);

        // analyst: q-anchor 3 of 3; q-tools halfway between 0 (no pick) and 2 = 1 of 2;
        // q-goals halfway between 0 (last place of two... lowest options first) and 2 = 1 of 2;
        // q-numbers 0.5 of 1; q-meetups is not asked after o-data and does not count
        assertThat(scores(sheet).get("analyst")).isCloseTo((3 + 1 + 1 + 0.5) / (3 + 2 + 2 + 1.0), within(1e-12));
        // connector: q-meetups (2 points) would be counted if it were asked
        assertThat(scores(sheet).get("connector")).isCloseTo((0 + 1 + 1) / (3 + 2 + 2.0), within(1e-12));
    }

    @Test
    void leaves_out_excluded_questions() {
        Response response = answers("q-anchor", choice("o-data"), "q-tools", choices("t-build"));
        ScoreSheet sheet = Fixture.score(strategy, new PointsParameters(List.of("q-anchor")), response);

        assertThat(scores(sheet)).containsEntry("builder", 1.0).containsEntry("analyst", 0.0);
        assertThat(sheet.contributions()).noneMatch(c -> c.question().equals("q-anchor"));
    }

    @Test
    void shares_are_equal_when_no_type_has_points() {
        ScoreSheet sheet = score(answers("q-tools", choices("t-none"), "q-size", number(12)));

        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::score).containsOnly(0.0);
        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::share).containsOnly(1.0 / 3);
    }

    @Test
    void lists_types_in_definition_order_and_no_dimensions() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-people")));

        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::type).containsExactly("analyst", "builder", "connector");
        assertThat(sheet.dimensions()).isEmpty();
    }

    @Test
    void reports_per_type_the_points_each_answer_gave_where_the_question_could_give_any() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-craft"), "q-numbers", scale(3)));

        assertThat(sheet.contributions()).containsExactly(
                new ScoreSheet.Contribution("analyst", "q-anchor", 1.0),
                new ScoreSheet.Contribution("analyst", "q-numbers", 0.5),
                new ScoreSheet.Contribution("builder", "q-anchor", 3.0),
                new ScoreSheet.Contribution("connector", "q-anchor", 0.0));
    }

    @Test
    void the_most_and_fewest_points_of_a_ranking_put_the_best_and_the_worst_options_first() {
        var goals = TEAMS.question("q-goals").orElseThrow();

        assertThat(new QuestionPoints(goals, "analyst").most()).isEqualTo(2.0);
        assertThat(new QuestionPoints(goals, "analyst").least()).isEqualTo(0.0);
        assertThat(new QuestionPoints(goals, "analyst").neutral()).isEqualTo(1.0);
        assertThat(QuestionPoints.factor(0, 4)).isEqualTo(1.0);
        assertThat(QuestionPoints.factor(3, 4)).isEqualTo(0.25);
    }

    @Test
    void a_question_with_a_share_decides_that_share_of_every_score_the_rest_decide_the_remainder() {
        PointsParameters shared = new PointsParameters(List.of(), Map.of("q-goals", 0.6));
        // q-goals: analyst 2 of 2 on the first place, builder 1 of 2 (second place, factor 1/2)
        ScoreSheet sheet = Fixture.score(strategy, shared, answers("q-anchor", choice("o-data"),
                "q-goals", ranking("g-efficiency", "g-service")));

        assertThat(scores(sheet).get("analyst")).isCloseTo(0.6 * 1 + 0.4 * 1, within(1e-12));
        assertThat(scores(sheet).get("builder")).isCloseTo(0.6 * 0.5 + 0.4 * 0, within(1e-12));
        assertThat(scores(sheet).get("connector")).isCloseTo(0, within(1e-12));
        // counted in points of the rest: 2 points worth 0.6 of the score against 0.4 for 3 points
        assertThat(sheet.contributions()).filteredOn(c -> c.type().equals("analyst") && c.question().equals("q-goals"))
                .singleElement().satisfies(c -> assertThat(c.weight()).isCloseTo(2 * 0.6 * 3 / (0.4 * 2), within(1e-12)));
    }

    @Test
    void an_unanswered_shared_question_leaves_the_whole_score_to_the_rest() {
        PointsParameters shared = new PointsParameters(List.of(), Map.of("q-goals", 0.6));
        Response response = answers("q-anchor", choice("o-craft"));

        assertThat(Fixture.score(strategy, shared, response)).isEqualTo(score(response));
    }

    @Test
    void check_refuses_shares_of_unknown_or_excluded_questions_and_shares_adding_up_to_one() {
        var problems = strategy.check(TEAMS, new PointsParameters(List.of("q-tools"),
                Map.of("q-nope", 0.5, "q-tools", 0.3, "q-goals", 0.4)));

        assertThat(problems).extracting(p -> p.location().pointer())
                .contains("/questionShares/q-nope", "/questionShares/q-tools", "/questionShares");
    }
}
