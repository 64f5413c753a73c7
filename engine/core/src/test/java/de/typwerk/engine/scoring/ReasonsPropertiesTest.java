package de.typwerk.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.report.Decimals;
import de.typwerk.engine.strategy.CheckedSheet;
import de.typwerk.engine.strategy.ContributionSums;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.testing.Fixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reasons of a result, held to their rule on many sheets: per focus type, the answered
 * questions whose summed contributions push towards it (rounded to six decimals, above zero),
 * strongest first, equal pushes in questionnaire order, at most five. The reference below is the
 * rule written the plain way (sum, filter, stable sort, cut); the assembler picks them without
 * sorting, so ties and cut-offs are what this looks at: weights from a few values, more
 * candidates than places.
 */
class ReasonsPropertiesTest {

    private static final List<String> QUESTIONS = List.of("q-anchor", "q-tools", "q-goals", "q-numbers", "q-meetups", "q-size", "q-note");

    private final ResultAssembler assembler = new ResultAssembler();

    @Property(tries = 2000)
    void reasons_are_the_strongest_answered_pushes_in_questionnaire_order_among_equals(
            @ForAll("contributions") List<ScoreSheet.Contribution> contributions) {
        Result result = assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 0.7, 0.1), contributions));

        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("builder");
            assertThat(r.answers()).extracting(Reason::question, Reason::contribution)
                    .containsExactlyElementsOf(expected("builder", contributions));
        });
    }

    @Property(tries = 2000)
    void reasons_from_the_sums_the_sheet_check_made_are_the_reasons_the_assembler_sums_itself(
            @ForAll("contributions") List<ScoreSheet.Contribution> contributions) {
        CheckedSheet plain = ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 0.7, 0.1), contributions);
        ContributionSums sums = ContributionSums.of(plain.sheet(), Fixtures.TEAMS);
        CheckedSheet summed = new CheckedSheet(plain.strategyId(), plain.strategyVersion(), plain.sheet(), plain.missing(),
                plain.parameters(), sums);

        assertThat(sums).as("a sheet that keeps the contract is summed by its check").isNotNull();
        Result fromSums = assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(), summed);
        assertThat(fromSums).isEqualTo(assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(), plain));
        assertThat(fromSums.reasons()).singleElement().satisfies(r -> assertThat(r.answers())
                .extracting(Reason::question, Reason::contribution).containsExactlyElementsOf(expected("builder", contributions)));
    }

    @Property(tries = 1000)
    void the_sheet_check_sums_each_types_contributions_per_question_in_the_sheets_order(
            @ForAll("shuffled") List<ScoreSheet.Contribution> contributions) {
        ContributionSums sums = ContributionSums.of(
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 0.7, 0.1), contributions).sheet(), Fixtures.TEAMS);

        assertThat(sums).isNotNull();
        List<String> types = Fixtures.TEAMS.types().stream().map(t -> t.id()).toList();
        List<String> questions = de.typwerk.engine.definition.QuestionIndex.of(Fixtures.TEAMS).ids();
        for (int t = 0; t < types.size(); t++) {
            for (int q = 0; q < questions.size(); q++) {
                double sum = 0;
                for (ScoreSheet.Contribution c : contributions) {
                    if (c.type().equals(types.get(t)) && c.question().equals(questions.get(q))) sum += c.weight();
                }
                // the same additions in the same order: the same double
                assertThat(sums.of(t)[q]).as("%s, %s", types.get(t), questions.get(q)).isEqualTo(sum);
            }
        }
    }

    @Provide
    Arbitrary<List<ScoreSheet.Contribution>> shuffled() {
        Arbitrary<ScoreSheet.Contribution> one = net.jqwik.api.Combinators.combine(
                Arbitraries.of("analyst", "builder", "connector").map(String::new),
                Arbitraries.of(QUESTIONS).map(String::new),
                Arbitraries.doubles().between(-2, 2))
                .as(ScoreSheet.Contribution::new);
        // in any order, with ids that are equal copies of the definition's strings
        return one.list().ofMaxSize(40);
    }

    /** The rule the plain way. */
    private static List<org.assertj.core.groups.Tuple> expected(String type, List<ScoreSheet.Contribution> contributions) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (String q : QUESTIONS) {
            for (ScoreSheet.Contribution c : contributions) {
                if (c.type().equals(type) && c.question().equals(q)) sums.merge(q, c.weight(), Double::sum);
            }
        }
        List<Map.Entry<String, Long>> pushes = new ArrayList<>();
        sums.forEach((q, sum) -> {
            long rounded = Decimals.scaled(sum);
            if (rounded > 0) pushes.add(Map.entry(q, rounded));
        });
        // List.sort is stable: equal pushes stay in questionnaire order
        pushes.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue()).reversed());
        return pushes.stream().limit(ResultAssembler.REASONS_PER_TYPE)
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), Decimals.unscaled(e.getValue()))).toList();
    }

    @Provide
    Arbitrary<List<ScoreSheet.Contribution>> contributions() {
        Arbitrary<ScoreSheet.Contribution> one = net.jqwik.api.Combinators.combine(
                Arbitraries.of("builder", "builder", "analyst"),
                Arbitraries.of(QUESTIONS),
                Arbitraries.of(-0.5, 0.0, 0.0000004, 0.1, 0.2, 0.2, 0.3, 1.0))
                .as(ScoreSheet.Contribution::new);
        // in questionnaire order, as strategies give them; a question may be named more than once
        return one.list().ofMaxSize(20).map(list -> list.stream()
                .sorted(Comparator.comparingInt(c -> QUESTIONS.indexOf(c.question()))).toList());
    }
}
