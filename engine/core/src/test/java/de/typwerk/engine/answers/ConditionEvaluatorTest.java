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

        assertThat(answered("single").holds(answers)).isTrue();
        assertThat(answered("none").holds(answers)).isFalse();
        assertThat(unanswered("none").holds(answers)).isTrue();
        assertThat(unanswered("single").holds(answers)).isFalse();
        assertThat(anyOf("single", "a", "z").holds(answers)).isTrue();
        assertThat(anyOf("multi", "c").holds(answers)).isTrue();
        assertThat(anyOf("ranking", "z").holds(answers)).isFalse();
        assertThat(anyOf("scale", "4").holds(answers)).isFalse();
        assertThat(between("scale", 4.0, 5.0).holds(answers)).isTrue();
        assertThat(between("scale", null, 3.0).holds(answers)).isFalse();
        assertThat(between("number", 12000.5, null).holds(answers)).isTrue();
        assertThat(between("single", 0.0, null).holds(answers)).isFalse();
        assertThat(between("number", Double.NaN, null).holds(answers)).isFalse();
    }

    @Test
    void an_unanswered_question_fails_every_test_but_answered_false() {
        assertThat(anyOf("q", "a").holds(Map.of())).isFalse();
        assertThat(between("q", 0.0, 10.0).holds(Map.of())).isFalse();
        assertThat(new NotConditionDocument(anyOf("q", "a")).holds(Map.of())).isTrue();
    }

    @Test
    void all_any_and_not_combine_as_logic_does_including_the_empty_cases() {
        Map<String, Answer> answers = Map.of("a", new Answer.Choice("x"));
        Condition yes = answered("a");
        Condition no = answered("b");

        assertThat(new AllConditionDocument(List.of(yes, no)).holds(answers)).isFalse();
        assertThat(new AnyConditionDocument(List.of(yes, no)).holds(answers)).isTrue();
        assertThat(new NotConditionDocument(no).holds(answers)).isTrue();
        assertThat(new AllConditionDocument(List.of()).holds(answers)).isTrue();
        assertThat(new AnyConditionDocument(List.of()).holds(answers)).isFalse();
    }

    @Test
    void lists_the_questions_asked_in_order_ignoring_answers_to_questions_not_asked() {
        Map<String, Answer> dataFirst = Map.of("q-anchor", new Answer.Choice("o-data"), "q-meetups", new Answer.Scale(3));
        Map<String, Answer> peopleFirst = Map.of("q-anchor", new Answer.Choice("o-people"));

        assertThat(conditions.askedQuestions(Fixtures.TEAMS, dataFirst)).extracting(Question::id)
                .containsExactly("q-anchor", "q-tools", "q-goals", "q-numbers", "q-size", "q-note");
        assertThat(conditions.askedQuestions(Fixtures.TEAMS, peopleFirst)).extracting(Question::id).contains("q-meetups");
        assertThat(Fixtures.TEAMS.question("q-meetups").orElseThrow().isAskedGiven(dataFirst)).isFalse();
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
        assertThat(conditions.describe(anyOf("q-a", "x"), new Messages(Locale.GERMAN))).isEqualTo("bei „q-a“ eine von x gewählt ist");
    }
}
