package de.typwerk.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RankingPropertiesTest {

    private final ResultAssembler assembler = new ResultAssembler();

    /** Three shares from three weights; small integers make exact ties frequent. */
    private static List<ScoreSheet.TypeScore> sheet(int a, int b, int c, int sa, int sb, int sc) {
        double total = a + b + c;
        double[] shares = total == 0 ? new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3} : new double[] {a / total, b / total, c / total};
        return new ArrayList<>(List.of(new ScoreSheet.TypeScore("analyst", sa / 4.0, shares[0]),
                new ScoreSheet.TypeScore("builder", sb / 4.0, shares[1]),
                new ScoreSheet.TypeScore("connector", sc / 4.0, shares[2])));
    }

    private Result assemble(List<ScoreSheet.TypeScore> types) {
        return assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(types, List.of()));
    }

    @Property
    void the_ranking_follows_share_then_score_then_definition_order_whatever_order_the_sheet_lists_types(
            @ForAll @IntRange(max = 3) int a, @ForAll @IntRange(max = 3) int b, @ForAll @IntRange(max = 3) int c,
            @ForAll @IntRange(max = 2) int sa, @ForAll @IntRange(max = 2) int sb, @ForAll @IntRange(max = 2) int sc,
            @ForAll long seed) {
        List<ScoreSheet.TypeScore> types = sheet(a, b, c, sa, sb, sc);
        Result result = assemble(types);
        Collections.shuffle(types, new Random(seed));

        assertThat(assemble(types)).isEqualTo(result);
        List<TypeResult> ranked = result.types();
        assertThat(ranked).extracting(TypeResult::rank).containsExactly(1, 2, 3);
        List<String> order = List.of("analyst", "builder", "connector");
        for (int i = 0; i + 1 < ranked.size(); i++) {
            TypeResult x = ranked.get(i);
            TypeResult y = ranked.get(i + 1);
            boolean before = x.share() > y.share()
                    || (x.share() == y.share() && (x.score() > y.score()
                    || (x.score() == y.score() && order.indexOf(x.id()) < order.indexOf(y.id()))));
            assertThat(before).as("%s before %s", x, y).isTrue();
        }
    }

    @Property
    void the_outcome_is_mixed_exactly_when_the_lead_is_below_the_margin(
            @ForAll @IntRange(max = 40) int a, @ForAll @IntRange(max = 40) int b, @ForAll @IntRange(max = 40) int c) {
        Result result = assemble(sheet(a, b, c, 1, 1, 1));
        double lead = result.types().get(0).share() - result.types().get(1).share();

        if (result.outcome() instanceof Outcome.Mixed m) {
            assertThat(m.first()).isEqualTo(result.types().get(0).id());
            assertThat(m.second()).isEqualTo(result.types().get(1).id());
            assertThat(lead).isLessThan(0.05 - 1e-9);
        } else {
            assertThat(result.outcome()).isInstanceOf(Outcome.Primary.class);
            assertThat(lead).isGreaterThan(0.05 - 1e-9);
        }
    }
}
