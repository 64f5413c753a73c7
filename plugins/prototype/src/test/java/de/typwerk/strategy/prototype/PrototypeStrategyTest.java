package de.typwerk.strategy.prototype;

import static de.typwerk.strategy.prototype.Fixture.TEAMS;
import static de.typwerk.strategy.prototype.Fixture.answers;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrototypeStrategyTest {

    static final PrototypeParameters TEAM_PROTOTYPES = new PrototypeParameters(Map.of(
            "analyst", Map.of("tech", 0.9, "people", 0.2),
            "builder", Map.of("tech", 0.6, "people", 0.5),
            "connector", Map.of("tech", 0.3, "people", 0.9)), null, null);

    private final PrototypeStrategy strategy = new PrototypeStrategy();

    private ScoreSheet score(Response response) {
        return score(TEAM_PROTOTYPES, response, MissingAnswers.SKIP);
    }

    private ScoreSheet score(PrototypeParameters parameters, Response response, MissingAnswers missing) {
        return Fixture.score(strategy, parameters, response, missing);
    }

    private static Map<String, Double> values(ScoreSheet sheet) {
        return sheet.dimensions().stream().collect(Collectors.toMap(ScoreSheet.DimensionValue::dimension, ScoreSheet.DimensionValue::value));
    }

    private static Map<String, Integer> counts(ScoreSheet sheet) {
        return sheet.dimensions().stream().collect(Collectors.toMap(ScoreSheet.DimensionValue::dimension, ScoreSheet.DimensionValue::answers));
    }

    private static ScoreSheet.TypeScore type(ScoreSheet sheet, String id) {
        return sheet.types().stream().filter(t -> t.type().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_single_choice_places_the_respondent_at_the_chosen_options_position() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-data")));

        assertThat(values(sheet)).containsEntry("tech", 0.9).containsEntry("people", 0.2);
        assertThat(counts(sheet)).containsEntry("tech", 1).containsEntry("people", 1);
    }

    @Test
    void a_respondent_on_a_prototype_belongs_to_that_type_alone_and_scores_one_there() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-data")));

        assertThat(type(sheet, "analyst").share()).isEqualTo(1.0);
        assertThat(type(sheet, "analyst").score()).isEqualTo(1.0);
        assertThat(type(sheet, "builder").share()).isEqualTo(0.0);
        // builder: distance √(0.3² + 0.3²) over √2 dimensions
        assertThat(type(sheet, "builder").score()).isCloseTo(1 - Math.sqrt(0.18) / Math.sqrt(2), within(1e-12));
    }

    @Test
    void shares_follow_fuzzy_c_means_from_the_euclidean_distances() {
        // o-craft sits at tech 0.6, people 0.4
        ScoreSheet sheet = score(answers("q-anchor", choice("o-craft")));

        double[] d = {Math.sqrt(0.3 * 0.3 + 0.2 * 0.2), Math.sqrt(0.1 * 0.1), Math.sqrt(0.3 * 0.3 + 0.5 * 0.5)};
        String[] ids = {"analyst", "builder", "connector"};
        for (int k = 0; k < 3; k++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) sum += Math.pow(d[k] / d[j], 2 / (2.0 - 1));
            assertThat(type(sheet, ids[k]).share()).as(ids[k]).isCloseTo(1 / sum, within(1e-12));
            assertThat(type(sheet, ids[k]).score()).as(ids[k]).isCloseTo(1 - d[k] / Math.sqrt(2), within(1e-12));
        }
    }

    /**
     * Data and databases put a team at tech 0.95, further out than the analyst's prototype (0.9),
     * the highest of all on tech: with every difference counting, fuzzy c-means gives the analyst
     * less than the team at the prototype gets; under {@code beyondPrototype: typical} the more
     * pronounced team is no less an analyst.
     */
    @Test
    void answers_beyond_a_prototype_where_it_stands_out_make_the_type_no_less_clear_under_typical() {
        Response onThePrototype = answers("q-anchor", choice("o-data"));
        Response beyond = answers("q-anchor", choice("o-data"), "q-tools", choices("t-data"));
        PrototypeParameters typical = new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), null, null, null,
                PrototypeParameters.TYPICAL);

        assertThat(type(score(onThePrototype), "analyst").share()).isEqualTo(1.0);
        assertThat(type(score(beyond), "analyst").share()).as("every difference counting").isLessThan(1.0);
        ScoreSheet sheet = score(typical, beyond, MissingAnswers.SKIP);
        assertThat(type(sheet, "analyst").share()).isEqualTo(1.0);
        assertThat(type(sheet, "analyst").score()).isEqualTo(1.0);
        // the builder is the outermost on neither dimension: the team's 0.35 and 0.3 from it count
        assertThat(type(sheet, "builder").score()).isCloseTo(1 - Math.sqrt(0.35 * 0.35 + 0.3 * 0.3) / Math.sqrt(2), within(1e-12));
        // databases (tech 1.0) pull towards the analyst as far as the prototype is from neutral: |0.5 − 0.9|
        double databases = sheet.contributions().stream()
                .filter(c -> c.type().equals("analyst") && c.question().equals("q-tools"))
                .mapToDouble(ScoreSheet.Contribution::weight).sum();
        assertThat(databases).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void beyond_the_prototype_takes_only_distance_or_typical() {
        PrototypeParameters other = new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), null, null, null, "closer");

        assertThat(strategy.check(Fixture.TEAMS, other)).singleElement()
                .satisfies(p -> assertThat(p.location().pointer()).isEqualTo("/beyondPrototype"));
    }

    @Test
    void a_lower_fuzziness_gives_the_closest_type_a_larger_share() {
        Response response = answers("q-anchor", choice("o-craft"));
        double sharp = type(score(new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), 1.5, null), response, MissingAnswers.SKIP), "builder").share();
        double soft = type(score(new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), 4.0, null), response, MissingAnswers.SKIP), "builder").share();

        assertThat(sharp).isGreaterThan(soft);
    }

    @Test
    void a_multiple_choice_places_at_the_mean_of_the_chosen_options_that_carry_the_dimension() {
        ScoreSheet sheet = score(answers("q-tools", choices("t-data", "t-build")));

        assertThat(values(sheet).get("tech")).isCloseTo(0.85, within(1e-12));
        // neither option says anything about people: no value, no answer counted
        assertThat(counts(sheet)).containsEntry("people", 0);
    }

    @Test
    void a_ranking_weighs_each_ranked_options_position_by_its_place() {
        // top 2: factors 1 and 1/2
        ScoreSheet sheet = score(answers("q-goals", ranking("g-service", "g-community")));

        assertThat(values(sheet).get("people")).isCloseTo((1 * 0.6 + 0.5 * 1.0) / 1.5, within(1e-12));
        assertThat(counts(sheet)).containsEntry("tech", 0);
    }

    @Test
    void a_scale_maps_full_agreement_to_its_weight_and_full_disagreement_to_one_minus_it() {
        assertThat(values(score(answers("q-numbers", scale(5)))).get("tech")).isCloseTo(0.8, within(1e-12));
        assertThat(values(score(answers("q-numbers", scale(1)))).get("tech")).isCloseTo(0.2, within(1e-12));
        assertThat(values(score(answers("q-numbers", scale(4)))).get("tech")).isCloseTo(0.8 * 0.75 + 0.2 * 0.25, within(1e-12));
    }

    @Test
    void a_dimension_is_the_mean_of_its_answered_items() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-data"), "q-numbers", scale(5)));

        assertThat(values(sheet).get("tech")).isCloseTo(0.85, within(1e-12));
        assertThat(counts(sheet)).containsEntry("tech", 2).containsEntry("people", 1);
    }

    @Test
    void counts_asked_unanswered_items_as_one_half_when_missing_answers_are_neutral_without_counting_them_as_answers() {
        ScoreSheet sheet = score(TEAM_PROTOTYPES, answers("q-anchor", choice("o-data")), MissingAnswers.NEUTRAL);

        // tech: q-anchor 0.9, q-tools, q-goals and q-numbers 0.5 each
        assertThat(values(sheet).get("tech")).isCloseTo((0.9 + 1.5) / 4, within(1e-12));
        // people: q-anchor 0.2, q-tools and q-goals 0.5; q-meetups is not asked after o-data
        assertThat(values(sheet).get("people")).isCloseTo((0.2 + 1.0) / 3, within(1e-12));
        assertThat(counts(sheet)).containsEntry("tech", 1).containsEntry("people", 1);
    }

    @Test
    void with_no_dimension_measured_every_type_scores_zero_and_shares_equally() {
        ScoreSheet sheet = score(answers("q-size", number(40), "q-tools", choices("t-none")));

        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::score).containsOnly(0.0);
        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::share).containsOnly(1.0 / 3);
        assertThat(sheet.dimensions()).containsExactly(
                new ScoreSheet.DimensionValue("tech", 0.5, 0), new ScoreSheet.DimensionValue("people", 0.5, 0));
    }

    @Test
    void leaves_a_dimension_without_answers_out_of_the_distance() {
        // only tech is measured (0.8); people has no value and must not pull towards any prototype
        ScoreSheet sheet = score(answers("q-numbers", scale(5)));

        assertThat(type(sheet, "analyst").score()).isCloseTo(1 - 0.1, within(1e-12));
        assertThat(type(sheet, "connector").score()).isCloseTo(1 - 0.5, within(1e-12));
    }

    @Test
    void types_at_distance_zero_share_one_equally() {
        PrototypeParameters twins = new PrototypeParameters(Map.of(
                "analyst", Map.of("tech", 0.9, "people", 0.2),
                "builder", Map.of("tech", 0.9, "people", 0.2),
                "connector", Map.of("tech", 0.3, "people", 0.9)), null, null);

        ScoreSheet sheet = score(twins, answers("q-anchor", choice("o-data")), MissingAnswers.SKIP);

        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::share).containsExactly(0.5, 0.5, 0.0);
    }

    @Test
    void memberships_never_overflow_for_tiny_distances_or_a_fuzziness_close_to_one() {
        double[] shares = PrototypeStrategy.memberships(new double[] {1e-300, 1e-10, 0.5}, 1.0001);

        assertThat(shares[0]).isEqualTo(1.0);
        assertThat(shares[1] + shares[2]).isEqualTo(0.0);
    }

    @Test
    void an_answer_contributes_how_much_closer_to_the_prototype_it_is_than_a_neutral_one() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-data")));

        // analyst: tech |0.5−0.9| − |0.9−0.9| = 0.4, people |0.5−0.2| − |0.2−0.2| = 0.3
        assertThat(sheet.contributions()).filteredOn(c -> c.type().equals("analyst")).singleElement()
                .satisfies(c -> assertThat(c.weight()).isCloseTo(0.7, within(1e-12)));
        // connector: tech 0.2 − 0.6, people 0.4 − 0.7
        assertThat(sheet.contributions()).filteredOn(c -> c.type().equals("connector")).singleElement()
                .satisfies(c -> assertThat(c.weight()).isCloseTo(-0.7, within(1e-12)));
    }

    @Test
    void lists_types_and_dimensions_in_definition_order() {
        ScoreSheet sheet = score(answers("q-anchor", choice("o-people")));

        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::type).containsExactly("analyst", "builder", "connector");
        assertThat(sheet.dimensions()).extracting(ScoreSheet.DimensionValue::dimension).containsExactly("tech", "people");
    }

    @Test
    void a_question_with_a_share_takes_that_share_of_every_dimension_it_places_the_respondent_on() {
        PrototypeParameters shared = new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), null, null, Map.of("q-anchor", 0.6));
        // q-anchor o-data: tech 0.9; q-numbers 5/5: tech 0.8·1 + 0.2·0 = 0.8; q-tools t-build: tech 0.7
        ScoreSheet sheet = score(shared, answers("q-anchor", choice("o-data"), "q-tools", choices("t-build"), "q-numbers", scale(5)),
                MissingAnswers.SKIP);

        assertThat(values(sheet).get("tech")).isCloseTo(0.6 * 0.9 + 0.4 * (0.8 + 0.7) / 2, within(1e-12));
        // people: only q-anchor gives a value, so it decides alone
        assertThat(values(sheet).get("people")).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void without_shares_every_item_counts_the_same_and_contributions_are_unchanged() {
        Response response = answers("q-anchor", choice("o-data"), "q-tools", choices("t-build"), "q-numbers", scale(5));
        ScoreSheet plain = score(TEAM_PROTOTYPES, response, MissingAnswers.SKIP);
        ScoreSheet emptyShares = score(new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), null, null, Map.of()), response,
                MissingAnswers.SKIP);

        assertThat(values(plain).get("tech")).isCloseTo((0.9 + 0.7 + 0.8) / 3, within(1e-12));
        assertThat(emptyShares).isEqualTo(plain);
    }

    @Test
    void a_shared_question_weighs_as_much_in_the_contributions_as_in_the_dimension_value() {
        PrototypeParameters shared = new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), null, null, Map.of("q-anchor", 0.6));
        Response response = answers("q-anchor", choice("o-people"), "q-tools", choices("t-data"), "q-numbers", scale(5));
        ScoreSheet sheet = score(shared, response, MissingAnswers.SKIP);
        ScoreSheet plain = score(TEAM_PROTOTYPES, response, MissingAnswers.SKIP);

        double anchor = contribution(sheet, "connector", "q-anchor");
        double tools = contribution(sheet, "connector", "q-tools");
        // on tech three items count: q-anchor's weight 0.6, each of the two others 0.2, times 3
        double unshared = contribution(plain, "connector", "q-tools");
        assertThat(tools).isCloseTo(0.6 * unshared, within(1e-12));
        assertThat(Math.abs(anchor)).isGreaterThan(Math.abs(contribution(plain, "connector", "q-anchor")));
    }

    @Test
    void check_refuses_shares_of_unknown_questions_out_of_range_or_adding_up_to_one() {
        var problems = strategy.check(Fixture.TEAMS, new PrototypeParameters(TEAM_PROTOTYPES.prototypes(), null, null,
                Map.of("q-nope", 0.3, "q-anchor", 0.8, "q-tools", 1.0, "q-size", 0.1)));

        assertThat(problems).extracting(p -> p.location().pointer())
                .contains("/questionShares/q-nope", "/questionShares/q-tools", "/questionShares/q-size", "/questionShares");
    }

    private static double contribution(ScoreSheet sheet, String type, String question) {
        return sheet.contributions().stream().filter(c -> c.type().equals(type) && c.question().equals(question))
                .mapToDouble(ScoreSheet.Contribution::weight).findFirst().orElseThrow();
    }
}
