package de.typwerk.strategy.points;

import de.typwerk.testkit.ValidResponses;
import static de.typwerk.strategy.points.Fixture.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PointsPropertiesTest {

    private final PointsStrategy strategy = new PointsStrategy();

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        return ValidResponses.answersTo(TEAMS);
    }

    @Provide
    Arbitrary<MissingAnswers> missing() {
        return Arbitraries.of(MissingAnswers.class);
    }

    private ScoreSheet score(Map<String, Answer> answers, MissingAnswers missing) {
        return Fixture.score(strategy, PointsParameters.none(), Fixture.response(answers), missing);
    }

    @Property
    void shares_lie_in_zero_to_one_and_sum_to_one(@ForAll("answers") Map<String, Answer> answers,
                                                  @ForAll("missing") MissingAnswers missing) {
        ScoreSheet sheet = score(answers, missing);

        assertThat(sheet.types()).hasSize(TEAMS.types().size());
        assertThat(sheet.types()).allSatisfy(t -> {
            assertThat(t.share()).isBetween(0.0, 1.0);
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
        assertThat(sheet.types().stream().mapToDouble(ScoreSheet.TypeScore::share).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Property
    void the_order_of_the_answers_does_not_change_a_single_bit(@ForAll("answers") Map<String, Answer> answers,
                                                               @ForAll("missing") MissingAnswers missing,
                                                               @ForAll long seed) {
        List<Map.Entry<String, Answer>> entries = new ArrayList<>(answers.entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, Answer> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        assertThat(score(shuffled, missing)).isEqualTo(score(answers, missing));
    }

    @Property
    void the_same_request_gives_the_same_sheet(@ForAll("answers") Map<String, Answer> answers,
                                               @ForAll("missing") MissingAnswers missing) {
        assertThat(score(answers, missing)).isEqualTo(score(Map.copyOf(answers), missing));
    }

    /**
     * Adding an answer never lowers a type's raw points; and when the added answer gives that type
     * the most points the question can give it, the type's normalised score does not drop either
     * (its points and its maximum grow by the same amount, and points never exceed the maximum).
     * An answer with fewer points may lower the score, which is what normalising means.
     */
    @Property
    void adding_an_answer_never_lowers_a_types_points_and_a_best_answer_never_lowers_its_score(
            @ForAll("answers") Map<String, Answer> answers, @ForAll("additions") Addition addition) {
        Question question = TEAMS.question(addition.question()).orElseThrow();
        Assume.that(!answers.containsKey(question.id()) && question.isAskedGiven(answers));
        Map<String, Answer> more = new LinkedHashMap<>(answers);
        more.put(question.id(), addition.answer());
        // adding an answer may make later questions asked; those stay unanswered, which skip ignores
        ScoreSheet before = score(answers, MissingAnswers.SKIP);
        ScoreSheet after = score(more, MissingAnswers.SKIP);

        for (TypeDefinition type : TEAMS.types()) {
            QuestionPoints table = new QuestionPoints(question, type.id());
            assertThat(points(after, type.id())).isGreaterThanOrEqualTo(points(before, type.id()));
            if (table.given(addition.answer()) == table.most()) {
                assertThat(score(after, type.id())).isGreaterThanOrEqualTo(score(before, type.id()) - 1e-12);
            }
        }
    }

    record Addition(String question, Answer answer) {
    }

    @Provide
    Arbitrary<Addition> additions() {
        List<Arbitrary<Addition>> each = new ArrayList<>();
        for (Question q : TEAMS.questions()) {
            each.add(ValidResponses.answerTo(q).map(a -> new Addition(q.id(), a)));
        }
        return Arbitraries.oneOf(each);
    }

    private static double points(ScoreSheet sheet, String type) {
        return sheet.contributions().stream().filter(c -> c.type().equals(type)).mapToDouble(ScoreSheet.Contribution::weight).sum();
    }

    private static double score(ScoreSheet sheet, String type) {
        return sheet.types().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow().score();
    }
}
