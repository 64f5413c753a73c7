package de.typwerk.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoreSheet.Contribution;
import de.typwerk.api.spi.ScoreSheet.DimensionValue;
import de.typwerk.api.spi.ScoreSheet.TypeScore;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sheet check takes a quick way for a sheet whose types are in definition order; every sheet
 * that breaks the contract must still be caught, whichever way it is looked at. Each bad sheet
 * below has its types in definition order (the quick way's own case), with one thing wrong.
 */
class SheetCheckTest {

    private static final Questionnaire TEAMS = Fixtures.TEAMS;
    private final SheetCheck check = new SheetCheck(new Messages(Locale.ENGLISH));

    private static List<TypeScore> types(double analyst, double builder, double connector) {
        return List.of(new TypeScore("analyst", 0.4, analyst), new TypeScore("builder", 0.5, builder),
                new TypeScore("connector", 0.1, connector));
    }

    private static final List<TypeScore> GOOD_TYPES = types(0.3, 0.5, 0.2);
    private static final List<DimensionValue> GOOD_DIMENSIONS = List.of(new DimensionValue("tech", 0.8, 3),
            new DimensionValue("people", 0.45, 1));
    private static final List<Contribution> GOOD_CONTRIBUTIONS = List.of(new Contribution("builder", "q-anchor", 1.5),
            new Contribution("analyst", "q-anchor", -0.5), new Contribution("connector", "q-meetups", 0.25));

    @Test
    void a_sheet_that_keeps_the_contract_has_no_faults_in_definition_order_or_in_any_other() {
        ScoreSheet inOrder = new ScoreSheet(GOOD_TYPES, GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS);
        ScoreSheet reordered = new ScoreSheet(List.of(GOOD_TYPES.get(2), GOOD_TYPES.get(0), GOOD_TYPES.get(1)),
                List.of(GOOD_DIMENSIONS.get(1), GOOD_DIMENSIONS.get(0)), GOOD_CONTRIBUTIONS);

        assertThat(check.faults(inOrder, TEAMS)).isEmpty();
        assertThat(check.faults(reordered, TEAMS)).isEmpty();
    }

    static Stream<Arguments> badSheets() {
        return Stream.of(
                Arguments.of("a score that is not a number", new ScoreSheet(List.of(new TypeScore("analyst", Double.NaN, 0.3),
                        GOOD_TYPES.get(1), GOOD_TYPES.get(2)), GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS)),
                Arguments.of("a share above one", new ScoreSheet(types(1.2, -0.1, -0.1), GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS)),
                Arguments.of("shares that do not sum to one", new ScoreSheet(types(0.3, 0.3, 0.3), GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS)),
                Arguments.of("a type missing", new ScoreSheet(GOOD_TYPES.subList(0, 2), GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS)),
                Arguments.of("a type twice", new ScoreSheet(List.of(GOOD_TYPES.get(0), GOOD_TYPES.get(1), GOOD_TYPES.get(2),
                        new TypeScore("builder", 0, 0)), GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS)),
                Arguments.of("a type without an id", new ScoreSheet(List.of(GOOD_TYPES.get(0), new TypeScore(null, 0.5, 0.5),
                        GOOD_TYPES.get(2)), GOOD_DIMENSIONS, GOOD_CONTRIBUTIONS)),
                Arguments.of("an unknown dimension", new ScoreSheet(GOOD_TYPES, List.of(new DimensionValue("money", 0.5, 2)),
                        GOOD_CONTRIBUTIONS)),
                Arguments.of("a dimension twice", new ScoreSheet(GOOD_TYPES, List.of(GOOD_DIMENSIONS.get(0), GOOD_DIMENSIONS.get(0)),
                        GOOD_CONTRIBUTIONS)),
                Arguments.of("a dimension without an id", new ScoreSheet(GOOD_TYPES, List.of(new DimensionValue(null, 0.5, 2)),
                        GOOD_CONTRIBUTIONS)),
                Arguments.of("a dimension value above one", new ScoreSheet(GOOD_TYPES, List.of(new DimensionValue("tech", 1.5, 2)),
                        GOOD_CONTRIBUTIONS)),
                Arguments.of("a dimension on fewer than no answers", new ScoreSheet(GOOD_TYPES,
                        List.of(new DimensionValue("tech", 0.5, -1)), GOOD_CONTRIBUTIONS)),
                Arguments.of("a contribution to an unknown type", new ScoreSheet(GOOD_TYPES, GOOD_DIMENSIONS,
                        List.of(new Contribution("stranger", "q-anchor", 1)))),
                Arguments.of("a contribution without a type", new ScoreSheet(GOOD_TYPES, GOOD_DIMENSIONS,
                        List.of(new Contribution(null, "q-anchor", 1)))),
                Arguments.of("a contribution of an unknown question", new ScoreSheet(GOOD_TYPES, GOOD_DIMENSIONS,
                        List.of(new Contribution("builder", "q-nowhere", 1)))),
                Arguments.of("a contribution without a question", new ScoreSheet(GOOD_TYPES, GOOD_DIMENSIONS,
                        List.of(new Contribution("builder", null, 1)))),
                Arguments.of("a contribution that is not a number", new ScoreSheet(GOOD_TYPES, GOOD_DIMENSIONS,
                        List.of(new Contribution("builder", "q-anchor", Double.POSITIVE_INFINITY)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSheets")
    void a_sheet_that_breaks_the_contract_in_one_place_is_caught_with_its_types_in_definition_order(String what, ScoreSheet sheet) {
        assertThat(check.faults(sheet, TEAMS)).as(what).isNotEmpty();
    }
}
