package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.Question;
import de.typwerk.engine.definition.document.AllConditionDocument;
import de.typwerk.engine.definition.document.AnswerConditionDocument;
import de.typwerk.engine.definition.document.AnyConditionDocument;
import de.typwerk.engine.definition.document.NotConditionDocument;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {

    private final ConditionEvaluator conditions = new ConditionEvaluator();

    private static AnswerCondition answered(String question) {
        return new AnswerConditionDocument(question, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AnswerCondition unanswered(String question) {
        return new AnswerConditionDocument(question, List.of(), Optional.empty(), Optional.empty(), Optional.of(false));
    }

    private static AnswerCondition anyOf(String question, String... options) {
        return new AnswerConditionDocument(question, List.of(options), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AnswerCondition between(String question, Double min, Double max) {
        return new AnswerConditionDocument(question, List.of(), Optional.ofNullable(min), Optional.ofNullable(max), Optional.empty());
    }

    @Test
    void an_answer_test_checks_answered_options_and_bounds() {
        Map<String, Answer> answers = Map.of(
                "single", new Answer.Choice("a"),
                "multi", new Answer.Choices(List.of("b", "c")),
                "ranking", new Answer.Ranking(List.of("x", "y")),
                "scale", new Answer.Scale(4),
                "number", new Answer.Number(new BigDecimal("12000.5")));

        assertThat(conditions.holds(answered("single"), answers)).isTrue();
        assertThat(conditions.holds(answered("none"), answers)).isFalse();
        assertThat(conditions.holds(unanswered("none"), answers)).isTrue();
        assertThat(conditions.holds(unanswered("single"), answers)).isFalse();
        assertThat(conditions.holds(anyOf("single", "a", "z"), answers)).isTrue();
        assertThat(conditions.holds(anyOf("multi", "c"), answers)).isTrue();
        assertThat(conditions.holds(anyOf("ranking", "z"), answers)).isFalse();
        assertThat(conditions.holds(anyOf("scale", "4"), answers)).isFalse();
        assertThat(conditions.holds(between("scale", 4.0, 5.0), answers)).isTrue();
        assertThat(conditions.holds(between("scale", null, 3.0), answers)).isFalse();
        assertThat(conditions.holds(between("number", 12000.5, null), answers)).isTrue();
        assertThat(conditions.holds(between("single", 0.0, null), answers)).isFalse();
        assertThat(conditions.holds(between("number", Double.NaN, null), answers)).isFalse();
    }

    @Test
    void an_unanswered_question_fails_every_test_but_answered_false() {
        assertThat(conditions.holds(anyOf("q", "a"), Map.of())).isFalse();
        assertThat(conditions.holds(between("q", 0.0, 10.0), Map.of())).isFalse();
        assertThat(conditions.holds(new NotConditionDocument(anyOf("q", "a")), Map.of())).isTrue();
    }

    @Test
    void all_any_and_not_combine_as_logic_does_including_the_empty_cases() {
        Map<String, Answer> answers = Map.of("a", new Answer.Choice("x"));
        Condition yes = answered("a");
        Condition no = answered("b");

        assertThat(conditions.holds(new AllConditionDocument(List.of(yes, no)), answers)).isFalse();
        assertThat(conditions.holds(new AnyConditionDocument(List.of(yes, no)), answers)).isTrue();
        assertThat(conditions.holds(new NotConditionDocument(no), answers)).isTrue();
        assertThat(conditions.holds(new AllConditionDocument(List.of()), answers)).isTrue();
        assertThat(conditions.holds(new AnyConditionDocument(List.of()), answers)).isFalse();
    }

    @Test
    void lists_the_questions_asked_in_order_ignoring_answers_to_questions_not_asked() {
        Map<String, Answer> dataFirst = Map.of("q-anchor", new Answer.Choice("o-data"), "q-meetups", new Answer.Scale(3));
        Map<String, Answer> peopleFirst = Map.of("q-anchor", new Answer.Choice("o-people"));

        assertThat(conditions.askedQuestions(Fixtures.TEAMS, dataFirst)).extracting(Question::id)
                .containsExactly("q-anchor", "q-tools", "q-goals", "q-numbers", "q-size", "q-note");
        assertThat(conditions.askedQuestions(Fixtures.TEAMS, peopleFirst)).extracting(Question::id).contains("q-meetups");
        assertThat(conditions.isAsked(Fixtures.TEAMS.question("q-meetups").orElseThrow(), dataFirst)).isFalse();
    }

    @Test
    void names_the_questions_a_condition_looks_at() {
        Condition c = new AllConditionDocument(List.of(anyOf("a", "x"), new NotConditionDocument(new AnyConditionDocument(List.of(answered("b"), answered("a"))))));

        assertThat(conditions.references(c)).containsExactly("a", "b");
    }

    @Test
    void says_in_words_when_a_question_is_asked() {
        Messages en = new Messages(Locale.ENGLISH);
        Condition c = new AnyConditionDocument(List.of(anyOf("q-a", "x", "y"),
                new AllConditionDocument(List.of(between("q-b", 3.0, 5.5), new NotConditionDocument(answered("q-c")))), unanswered("q-d")));

        assertThat(conditions.describe(c, en)).isEqualTo(
                "one of x, y is chosen for 'q-a' or ('q-b' is at least 3 and 'q-b' is at most 5.5 and not ('q-c' is answered))"
                        + " or 'q-d' is not answered");
        assertThat(conditions.describe(anyOf("q-a", "x"), new Messages(Locale.GERMAN))).isEqualTo("bei 'q-a' eine von x gewählt ist");
    }
}
