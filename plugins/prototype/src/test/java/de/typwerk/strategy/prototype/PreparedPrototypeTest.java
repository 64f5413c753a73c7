package de.typwerk.strategy.prototype;

import static de.typwerk.strategy.prototype.Fixture.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.testkit.TestScoringContext;
import de.typwerk.testkit.ValidResponses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The prepared scorer works on arrays made once per questionnaire; it must give the sheet that the
 * formula, computed per response from the definition, gives: the same dimension values, scores,
 * shares and contributions to the last bit and in the same order, with and without question
 * shares, for several fuzziness exponents, under either rule for missing answers.
 */
class PreparedPrototypeTest {

    private final PrototypeStrategy strategy = new PrototypeStrategy();

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        return ValidResponses.answersTo(TEAMS);
    }

    @Provide
    Arbitrary<MissingAnswers> missing() {
        return Arbitraries.of(MissingAnswers.class);
    }

    @Provide
    Arbitrary<PrototypeParameters> parameters() {
        var prototypes = PrototypeStrategyTest.TEAM_PROTOTYPES.prototypes();
        return Arbitraries.of(
                PrototypeStrategyTest.TEAM_PROTOTYPES,
                new PrototypeParameters(prototypes, 3.0, 1),
                new PrototypeParameters(prototypes, 1.5, null, Map.of("q-anchor", 0.6)),
                new PrototypeParameters(prototypes, null, null, Map.of("q-goals", 0.4, "q-numbers", 0.2)),
                new PrototypeParameters(prototypes, 3.0, null, null, PrototypeParameters.TYPICAL),
                new PrototypeParameters(prototypes, 1.5, 1, Map.of("q-anchor", 0.6), PrototypeParameters.TYPICAL));
    }

    @Property(tries = 500)
    void the_prepared_scorer_gives_the_formulas_sheet_to_the_last_bit(@ForAll("answers") Map<String, Answer> answers,
                                                                       @ForAll("missing") MissingAnswers missing,
                                                                       @ForAll("parameters") PrototypeParameters parameters) {
        ScoreSheet prepared = strategy.prepare(TEAMS, parameters)
                .score(TestScoringContext.of(Fixture.response(answers)).missing(missing));

        assertThat(prepared).isEqualTo(FormulaPrototype.score(TEAMS, parameters, answers, missing == MissingAnswers.NEUTRAL));
    }

    /**
     * The scorer finds each answer's question walking the answers in questionnaire order, by the
     * definition's own id strings; answers in another order, keyed by equal strings that are other
     * objects, must give the same sheet.
     */
    @Property(tries = 300)
    void answers_in_any_order_keyed_by_copies_of_the_ids_give_the_formulas_sheet(
            @ForAll("answers") Map<String, Answer> answers, @ForAll("missing") MissingAnswers missing,
            @ForAll("parameters") PrototypeParameters parameters, @ForAll long seed) {
        List<Map.Entry<String, Answer>> entries = new ArrayList<>(answers.entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, Answer> copied = new LinkedHashMap<>();
        entries.forEach(e -> copied.put(new String(e.getKey()), e.getValue()));

        ScoreSheet prepared = strategy.prepare(TEAMS, parameters)
                .score(TestScoringContext.of(Fixture.response(copied)).missing(missing));

        assertThat(prepared).isEqualTo(FormulaPrototype.score(TEAMS, parameters, answers, missing == MissingAnswers.NEUTRAL));
    }
}
