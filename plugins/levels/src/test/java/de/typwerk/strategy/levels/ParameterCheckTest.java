package de.typwerk.strategy.levels;

import static de.typwerk.strategy.levels.Fixtures.threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.definition.document.DimensionDocument;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterCheckTest {

    private final LevelsStrategy strategy = new LevelsStrategy();
    private final Questionnaire stufen = Fixtures.stufen();

    private static LevelsParameters levels(Map<String, LevelsParameters.Requirement> levels) {
        return new LevelsParameters(null, null, null, null, levels, null);
    }

    private static LevelsParameters.Requirement requirement(Double threshold, String... criteria) {
        return new LevelsParameters.Requirement(Optional.ofNullable(threshold), List.of(criteria));
    }

    private static String pointer(Problem p) {
        return p.location().pointer();
    }

    @Test
    void finds_nothing_wrong_with_a_sound_model() {
        assertThat(strategy.check(stufen, threshold(1.0))).isEmpty();
        assertThat(strategy.check(stufen, levels(Map.of("l3", requirement(0.5, "a", "c"))))).isEmpty();
    }

    @Test
    void refuses_shares_outside_their_range() {
        List<Problem> problems = strategy.check(stufen, new LevelsParameters(1.5, null, 0.7, null, null, -1));

        assertThat(problems).extracting(ParameterCheckTest::pointer, Problem::code).containsExactly(
                tuple("/threshold", "invalid-parameter"), tuple("/lookahead", "invalid-parameter"),
                tuple("/minAnswersPerDimension", "invalid-parameter"));
        assertThat(problems.get(0).message()).contains("1.5");
        assertThat(problems.get(1).message()).contains("0.7", "0.5");
    }

    @Test
    void names_criteria_that_are_no_dimension_or_listed_twice() {
        List<Problem> problems = strategy.check(stufen, new LevelsParameters(null, null, null, List.of("a", "x", "a"), null, null));

        assertThat(problems).extracting(ParameterCheckTest::pointer).containsExactly("/criteria/1", "/criteria/2");
        assertThat(problems.get(0).message()).contains("„x“", "a, b, c");
        assertThat(problems.get(1).message()).contains("„a“", "mehrfach");
    }

    @Test
    void names_a_requirement_for_a_level_that_does_not_exist() {
        List<Problem> problems = strategy.check(stufen, levels(Map.of("l9", requirement(1.0))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(pointer(p)).isEqualTo("/levels/l9");
            assertThat(p.message()).contains("„l9“", "l0, l1, l2, l3");
        });
    }

    @Test
    void warns_that_a_requirement_on_the_lowest_level_is_never_applied() {
        List<Problem> problems = strategy.check(stufen, levels(Map.of("l0", requirement(1.0))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.code()).isEqualTo("levels-base-requirement");
            assertThat(pointer(p)).isEqualTo("/levels/l0");
        });
    }

    @Test
    void checks_the_threshold_and_criteria_of_a_level_requirement() {
        List<Problem> problems = strategy.check(stufen, levels(Map.of("l2", requirement(2.0, "a", "z"))));

        assertThat(problems).extracting(ParameterCheckTest::pointer)
                .containsExactly("/levels/l2/threshold", "/levels/l2/criteria/1");
        assertThat(problems.get(1).message()).contains("„z“", "„l2“");
    }

    @Test
    void refuses_a_stage_that_indexes_no_level_naming_question_option_and_criterion() {
        Questionnaire bad = Fixtures.questionnaire("/fixtures/bad-stages.yaml");

        List<Problem> problems = strategy.check(bad, threshold(1.0)).stream()
                .filter(p -> p.code().equals("invalid-weight")).toList();

        assertThat(problems).extracting(ParameterCheckTest::pointer).containsExactly(
                "/sections/0/questions/0/options/1/weights/a", "/sections/0/questions/1/weights/a");
        assertThat(problems).extracting((Problem p) -> p.message()).containsExactly(
                "Frage „qa“, Option „a4“: Die Stufe 4 für das Kriterium „a“ liegt nicht zwischen 0 und 3 (der Index der höchsten Stufe).",
                "Frage „qs“: Die Stufe -1 für das Kriterium „a“ liegt nicht zwischen 0 und 3 (der Index der höchsten Stufe).");
        assertThat(problems).allSatisfy(p -> assertThat(p.isError()).isTrue());
    }

    @Test
    void refuses_a_questionnaire_with_fewer_than_two_levels() {
        Questionnaire one = Fixtures.questionnaire("/fixtures/one-level.yaml");

        assertThat(strategy.check(one, threshold(1.0))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("mindestens zwei Stufen", "1"));
    }

    @Test
    void refuses_a_criterion_that_no_question_speaks_to() {
        Questionnaire withD = withDimensions(stufen, "d");

        List<Problem> all = strategy.check(withD, threshold(0.5));
        List<Problem> listed = strategy.check(withD, new LevelsParameters(0.5, null, null, List.of("a", "d"), null, null));

        // not named in the parameters: the dimension itself, pointed at from the definition's root
        assertThat(all).extracting(Problem::code, ParameterCheckTest::pointer)
                .containsExactly(tuple("invalid-weight", "/dimensions/3"));
        assertThat(listed).extracting(Problem::code, ParameterCheckTest::pointer)
                .contains(tuple("levels-criterion-without-question", "/criteria/1"));
    }

    @Test
    void refuses_a_model_without_criteria() {
        Questionnaire noDimensions = new QuestionnaireDocument(stufen.id(), stufen.version(), Optional.empty(), stufen.locales(), stufen.title(), Optional.empty(), Optional.empty(), List.of(), stufen.types(), List.of(), stufen.sections(), stufen.scoring(), Optional.empty());

        assertThat(strategy.check(noDimensions, threshold(1.0))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("kein Kriterium"));
    }

    @Test
    void refuses_a_level_that_no_answer_can_show() {
        Questionnaire lopsided = Fixtures.questionnaire("/fixtures/lopsided.yaml");

        List<Problem> problems = strategy.check(lopsided, levels(Map.of("l3", requirement(null, "a"))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("levels-unreachable");
            assertThat(pointer(p)).isEqualTo("/levels/l3");
            assertThat(p.message()).contains("„l3“", "unerreichbar");
        });
    }

    @Test
    void warns_of_a_level_that_is_reached_only_when_questions_stay_unanswered() {
        Questionnaire lopsided = Fixtures.questionnaire("/fixtures/lopsided.yaml");

        List<Problem> problems = strategy.check(lopsided, threshold(1.0));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.code()).isEqualTo("levels-reachable-only-by-skipping");
            assertThat(pointer(p)).isEqualTo("/threshold");
            assertThat(p.message()).contains("„l3“", "höchstens 0 von 2", "nötig sind 2");
        });
    }

    @Test
    void says_every_problem_in_german_and_english_for_the_engine_to_show_the_callers_language() {
        assertThat(strategy.check(stufen, threshold(2.0))).singleElement().satisfies(p -> {
            assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("threshold must lie between 0 and 1, but is 2.");
            assertThat(p.message(java.util.Locale.GERMAN)).isEqualTo(p.message()).contains("threshold", "2");
            assertThat(p.texts().texts()).containsOnlyKeys("de", "en");
        });
    }

    private static Questionnaire withDimensions(Questionnaire q, String... extra) {
        List<Dimension> dimensions = new ArrayList<>(q.dimensions());
        for (String id : extra) {
            dimensions.add(new DimensionDocument(id, LocalizedText.of("de", id.toUpperCase(java.util.Locale.ROOT)),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new QuestionnaireDocument(q.id(), q.version(), q.base(), q.locales(), q.title(), q.description(), q.source(), q.profileTopics(), q.types(), dimensions, q.sections(), q.scoring(), Optional.empty());
    }
}
