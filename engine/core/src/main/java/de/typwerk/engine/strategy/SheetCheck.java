package de.typwerk.engine.strategy;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds a strategy to the {@link ScoreSheet} contract before anything is built on its sheet: one
 * entry per type of the questionnaire, finite scores, shares in 0..1 that sum to 1, known
 * dimensions with values in 0..1, contributions to known types and questions. A sheet that
 * breaks it is the strategy's error, reported by its id.
 */
final class SheetCheck {

    /** How far the shares may sum from 1 (floating point, not carelessness). */
    static final double SUM_TOLERANCE = 1e-6;
    private static final double RANGE_TOLERANCE = 1e-9;

    /**
     * The ids a sheet is checked against, made once per prepared strategy
     * ({@link PreparedStrategy}): a batch checks a sheet per row.
     */
    record Ids(Set<String> types, Set<String> dimensions) {

        static Ids of(Questionnaire questionnaire) {
            return new Ids(questionnaire.types().stream().map(TypeDefinition::id).collect(Collectors.toUnmodifiableSet()),
                    questionnaire.dimensions().stream().map(Dimension::id).collect(Collectors.toUnmodifiableSet()));
        }
    }

    private final Messages messages;

    SheetCheck(Messages messages) {
        this.messages = messages;
    }

    /** What is wrong with {@code sheet}, in words; empty when nothing is. */
    List<String> faults(ScoreSheet sheet, Questionnaire questionnaire) {
        return faults(sheet, questionnaire, Ids.of(questionnaire));
    }

    /** As {@link #faults(ScoreSheet, Questionnaire)}, with the questionnaire's ids made beforehand. */
    List<String> faults(ScoreSheet sheet, Questionnaire questionnaire, Ids ids) {
        List<String> faults = new ArrayList<>();
        if (sheet == null) {
            faults.add(messages.get("scoring.sheet.none"));
            return faults;
        }
        Set<String> typeIds = ids.types();
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (ScoreSheet.TypeScore t : sheet.types()) {
            if (t == null || t.type() == null) {
                faults.add(messages.get("scoring.sheet.none"));
                continue;
            }
            if (!typeIds.contains(t.type())) faults.add(messages.get("scoring.sheet.unknown-type", t.type()));
            if (!seen.add(t.type())) faults.add(messages.get("scoring.sheet.duplicate-type", t.type()));
            if (!Double.isFinite(t.score())) faults.add(messages.get("scoring.sheet.bad-score", t.type(), number(t.score())));
            if (!(t.share() >= -RANGE_TOLERANCE && t.share() <= 1 + RANGE_TOLERANCE)) {
                faults.add(messages.get("scoring.sheet.bad-share", t.type(), number(t.share())));
            }
            sum += t.share();
        }
        for (TypeDefinition type : questionnaire.types()) {
            if (!seen.contains(type.id())) faults.add(messages.get("scoring.sheet.missing-type", type.id()));
        }
        if (faults.isEmpty() && !(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            faults.add(messages.get("scoring.sheet.share-sum", number(sum)));
        }
        Set<String> dimensionIds = ids.dimensions();
        Set<String> seenDimensions = new HashSet<>();
        for (ScoreSheet.DimensionValue d : sheet.dimensions()) {
            if (d == null || d.dimension() == null || !dimensionIds.contains(d.dimension()) || !seenDimensions.add(d.dimension())) {
                faults.add(messages.get("scoring.sheet.bad-dimension", d == null ? "null" : String.valueOf(d.dimension())));
            } else if (!(d.value() >= -RANGE_TOLERANCE && d.value() <= 1 + RANGE_TOLERANCE) || d.answers() < 0) {
                faults.add(messages.get("scoring.sheet.bad-dimension-value", d.dimension(), number(d.value())));
            }
        }
        // the questionnaire's index, made once per questionnaire: a batch checks a sheet per row
        de.typwerk.engine.definition.QuestionIndex questions = de.typwerk.engine.definition.QuestionIndex.of(questionnaire);
        int next = 0;
        for (ScoreSheet.Contribution c : sheet.contributions()) {
            int at = c == null || c.question() == null ? -1 : questions.position(c.question(), next);
            next = at + 1;
            if (c == null || !typeIds.contains(c.type()) || at < 0 || !Double.isFinite(c.weight())) {
                faults.add(messages.get("scoring.sheet.bad-contribution",
                        c == null ? "null" : String.valueOf(c.type()), c == null ? "null" : String.valueOf(c.question())));
            }
        }
        return faults;
    }

    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).toPlainString() : Double.toString(value);
    }
}
