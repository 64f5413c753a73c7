package de.typwerk.strategy.points;

import static de.typwerk.strategy.points.Fixture.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.testkit.TestResponses;
import de.typwerk.testkit.TestScoringContext;
import de.typwerk.testkit.ValidResponses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prepared scorer works on arrays made once per questionnaire; it must give the sheet that the
 * formula, computed per response from the definition, gives: the same numbers to the last bit,
 * the same contributions in the same order, with and without shares and exclusions, under either
 * rule for missing answers.
 */
class PreparedPointsTest {

    /** Multiple choices of many picks whose points add up to other doubles in another order. */
    static final Questionnaire PICKS = Fixture.read("fixtures/picks.yaml");

    private final PointsStrategy strategy = new PointsStrategy();

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        return ValidResponses.answersTo(TEAMS);
    }

    @Provide
    Arbitrary<MissingAnswers> missing() {
        return Arbitraries.of(MissingAnswers.class);
    }

    @Provide
    Arbitrary<PointsParameters> parameters() {
        return Arbitraries.of(
                PointsParameters.none(),
                new PointsParameters(List.of("q-anchor")),
                new PointsParameters(List.of(), Map.of("q-goals", 0.6)),
                new PointsParameters(List.of("q-tools"), Map.of("q-goals", 0.3, "q-anchor", 0.25)));
    }

    @Property(tries = 500)
    void the_prepared_scorer_gives_the_formulas_sheet_to_the_last_bit(@ForAll("answers") Map<String, Answer> answers,
                                                                       @ForAll("missing") MissingAnswers missing,
                                                                       @ForAll("parameters") PointsParameters parameters) {
        ScoreSheet prepared = strategy.prepare(TEAMS, parameters)
                .score(TestScoringContext.of(Fixture.response(answers)).missing(missing));

        assertThat(prepared).isEqualTo(FormulaPoints.score(TEAMS, parameters, answers, missing == MissingAnswers.NEUTRAL));
    }

    /**
     * The scorer finds each answer's question walking the answers in questionnaire order, by the
     * definition's own id strings; answers in another order, keyed by equal strings that are other
     * objects, must give the same sheet.
     */
    @Property(tries = 300)
    void answers_in_any_order_keyed_by_copies_of_the_ids_give_the_formulas_sheet(
            @ForAll("answers") Map<String, Answer> answers, @ForAll("missing") MissingAnswers missing,
            @ForAll("parameters") PointsParameters parameters, @ForAll long seed) {
        List<Map.Entry<String, Answer>> entries = new ArrayList<>(answers.entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, Answer> copied = new LinkedHashMap<>();
        entries.forEach(e -> copied.put(new String(e.getKey()), e.getValue()));

        ScoreSheet prepared = strategy.prepare(TEAMS, parameters)
                .score(TestScoringContext.of(Fixture.response(copied)).missing(missing));

        assertThat(prepared).isEqualTo(FormulaPoints.score(TEAMS, parameters, answers, missing == MissingAnswers.NEUTRAL));
    }

    @Provide
    Arbitrary<Map<String, Answer>> picks() {
        return ValidResponses.answersTo(PICKS);
    }

    /**
     * The contributions of a multiple choice's picks are made once per set of picks, their points
     * added in definition order; picks in another order add up to other doubles, which the sheet
     * must show as the formula does: in the answer's own order.
     */
    @Property(tries = 300)
    void picks_in_any_order_give_the_formulas_sheet(@ForAll("picks") Map<String, Answer> answers,
                                                    @ForAll("missing") MissingAnswers missing, @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, Answer> shuffled = new LinkedHashMap<>();
        answers.forEach((id, answer) -> {
            if (answer instanceof Answer.Choices c) {
                List<String> picks = new ArrayList<>(c.options());
                Collections.shuffle(picks, random);
                answer = new Answer.Choices(picks);
            }
            shuffled.put(id, answer);
        });

        ScoreSheet prepared = strategy.prepare(PICKS, PointsParameters.none())
                .score(TestScoringContext.of(TestResponses.of(PICKS, shuffled)).missing(missing));

        assertThat(prepared).isEqualTo(FormulaPoints.score(PICKS, PointsParameters.none(), shuffled, missing == MissingAnswers.NEUTRAL));
    }
}
