package de.typwerk.testkit;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.strategy.SheetCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link ScoreSheet} contract as a strategy author is held to it: one entry per type of the
 * questionnaire, finite scores, shares in 0..1 that sum to 1 within {@code tolerance}, known
 * dimensions with values in 0..1, contributions to known types and questions with finite weights.
 * The engine refuses a sheet that breaks it; this finds it in the author's test first, with the
 * engine's own slack for rounding ({@link SheetCheck#RANGE_TOLERANCE} around 0..1).
 */
final class SheetRules {

    private final KitMessages kit;
    private final double tolerance;

    SheetRules(KitMessages kit, double tolerance) {
        this.kit = kit;
        this.tolerance = tolerance;
    }

    /** What is wrong with {@code sheet}, one sentence each; empty when nothing is. */
    List<String> faults(ScoreSheet sheet, Questionnaire questionnaire) {
        List<String> faults = new ArrayList<>();
        Set<String> typeIds = questionnaire.types().stream().map(TypeDefinition::id).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (ScoreSheet.TypeScore t : sheet.types()) {
            if (t == null || t.type() == null) {
                faults.add(kit.get("sheet.null-entry"));
                continue;
            }
            if (!typeIds.contains(t.type())) faults.add(kit.get("sheet.unknown-type", t.type()));
            if (!seen.add(t.type())) faults.add(kit.get("sheet.duplicate-type", t.type()));
            if (!Double.isFinite(t.score())) faults.add(kit.get("sheet.bad-score", t.type(), number(t.score())));
            if (!inRange(t.share())) faults.add(kit.get("sheet.bad-share", t.type(), number(t.share())));
            sum += t.share();
        }
        for (TypeDefinition type : questionnaire.types()) {
            if (!seen.contains(type.id())) faults.add(kit.get("sheet.missing-type", type.id()));
        }
        if (!questionnaire.types().isEmpty() && !(Math.abs(sum - 1) <= tolerance)) {
            faults.add(kit.get("sheet.share-sum", number(sum), number(tolerance)));
        }
        Set<String> dimensionIds = questionnaire.dimensions().stream().map(Dimension::id).collect(Collectors.toSet());
        Set<String> seenDimensions = new HashSet<>();
        for (ScoreSheet.DimensionValue d : sheet.dimensions()) {
            if (d == null) {
                faults.add(kit.get("sheet.null-entry"));
            } else if (!dimensionIds.contains(d.dimension()) || !seenDimensions.add(d.dimension())
                    || !inRange(d.value()) || d.answers() < 0) {
                faults.add(kit.get("sheet.bad-dimension", String.valueOf(d.dimension()), number(d.value())));
            }
        }
        Set<String> questionIds = questionnaire.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (ScoreSheet.Contribution c : sheet.contributions()) {
            if (c == null) {
                faults.add(kit.get("sheet.null-entry"));
            } else if (!typeIds.contains(c.type()) || !questionIds.contains(c.question()) || !Double.isFinite(c.weight())) {
                faults.add(kit.get("sheet.bad-contribution", String.valueOf(c.type()), String.valueOf(c.question())));
            }
        }
        return faults;
    }

    /** Whether {@code value} lies in 0..1 as the engine takes it, rounding allowed for. */
    private static boolean inRange(double value) {
        return value >= -SheetCheck.RANGE_TOLERANCE && value <= 1 + SheetCheck.RANGE_TOLERANCE;
    }

    private static String number(double value) {
        // a strategy's 1.7976931348623157E308 in exponent form, not spelt out in 309 digits
        return de.typwerk.engine.report.Decimals.written(value);
    }
}
