package de.typwerk.strategy.prototype;

import de.typwerk.testkit.ValidResponses;
import static de.typwerk.strategy.prototype.Fixture.TEAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.spi.ScoreSheet;
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
import net.jqwik.api.constraints.DoubleRange;

class PrototypePropertiesTest {

    private final PrototypeStrategy strategy = new PrototypeStrategy();

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        return ValidResponses.answersTo(TEAMS);
    }

    @Provide
    Arbitrary<MissingAnswers> missing() {
        return Arbitraries.of(MissingAnswers.class);
    }

    private ScoreSheet score(Map<String, Answer> answers, MissingAnswers missing, double fuzziness) {
        PrototypeParameters parameters = new PrototypeParameters(PrototypeStrategyTest.TEAM_PROTOTYPES.prototypes(), fuzziness, null);
        return Fixture.score(strategy, parameters, Fixture.response(answers), missing);
    }

    @Property
    void shares_lie_in_zero_to_one_and_sum_to_one(@ForAll("answers") Map<String, Answer> answers,
                                                  @ForAll("missing") MissingAnswers missing,
                                                  @ForAll @DoubleRange(min = 1.01, max = 10) double fuzziness) {
        ScoreSheet sheet = score(answers, missing, fuzziness);

        assertThat(sheet.types()).allSatisfy(t -> {
            assertThat(t.share()).isBetween(0.0, 1.0);
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
        assertThat(sheet.types().stream().mapToDouble(ScoreSheet.TypeScore::share).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(sheet.dimensions()).allSatisfy(d -> assertThat(d.value()).isBetween(0.0, 1.0));
    }

    @Property
    void a_closer_prototype_never_gets_a_smaller_share(@ForAll("answers") Map<String, Answer> answers,
                                                       @ForAll("missing") MissingAnswers missing) {
        List<ScoreSheet.TypeScore> types = score(answers, missing, 2.0).types();

        for (ScoreSheet.TypeScore a : types) {
            for (ScoreSheet.TypeScore b : types) {
                if (a.score() > b.score()) assertThat(a.share()).isGreaterThanOrEqualTo(b.share());
            }
        }
    }

    @Property
    void the_order_of_the_answers_does_not_change_a_single_bit(@ForAll("answers") Map<String, Answer> answers,
                                                               @ForAll("missing") MissingAnswers missing,
                                                               @ForAll long seed) {
        List<Map.Entry<String, Answer>> entries = new ArrayList<>(answers.entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, Answer> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        assertThat(score(shuffled, missing, 2.0)).isEqualTo(score(answers, missing, 2.0));
    }

    @Property
    void the_same_request_gives_the_same_sheet(@ForAll("answers") Map<String, Answer> answers,
                                               @ForAll("missing") MissingAnswers missing) {
        assertThat(score(answers, missing, 2.0)).isEqualTo(score(Map.copyOf(answers), missing, 2.0));
    }
}
