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
import de.typwerk.engine.definition.QuestionIndex;
import java.util.Arrays;

/**
 * Holds a strategy to the {@link ScoreSheet} contract before anything is built on its sheet: one
 * entry per type of the questionnaire, finite scores, shares in 0..1 that sum to 1, known
 * dimensions with values in 0..1, contributions to known types and questions. A sheet that
 * breaks it is the strategy's error, reported by its id.
 */
public final class SheetCheck {

    /**
     * How far the shares may sum from 1 (floating point, not carelessness). The test kit holds a
     * strategy to this same value, so that what passes its checks the engine accepts and the other
     * way round.
     */
    public static final double SUM_TOLERANCE = 1e-6;
    /** How far a share or a dimension value may lie outside 0..1 (rounding); the test kit's too. */
    public static final double RANGE_TOLERANCE = 1e-9;

    /**
     * The ids a sheet is checked against, made once per prepared strategy
     * ({@link PreparedStrategy}): a batch checks a sheet per row.
     */
    record Ids(Set<String> types, Set<String> dimensions, String[] typeOrder, String[] dimensionOrder, QuestionIndex questions) {

        static Ids of(Questionnaire questionnaire) {
            String[] typeOrder = questionnaire.types().stream().map(TypeDefinition::id).toArray(String[]::new);
            String[] dimensionOrder = questionnaire.dimensions().stream().map(Dimension::id).toArray(String[]::new);
            return new Ids(Set.copyOf(Arrays.asList(typeOrder)), Set.copyOf(Arrays.asList(dimensionOrder)), typeOrder, dimensionOrder,
                    QuestionIndex.of(questionnaire));
        }

        /** Whether no two types share an id (the validator sees to it): only then is a type's place its id's. */
        boolean distinctTypes() {
            return types.size() == typeOrder.length;
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
        if (clean(sheet, ids, null)) return List.of();
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
        QuestionIndex questions = ids.questions();
        int next = 0;
        for (ScoreSheet.Contribution c : sheet.contributions()) {
            int at = c == null || c.question() == null ? -1 : questions.position(c.question(), next);
            next = at + 1;
            if (c == null || c.type() == null || !typeIds.contains(c.type()) || at < 0 || !Double.isFinite(c.weight())) {
                faults.add(messages.get("scoring.sheet.bad-contribution",
                        c == null ? "null" : String.valueOf(c.type()), c == null ? "null" : String.valueOf(c.question())));
            }
        }
        return faults;
    }

    /**
     * The contributions of {@code sheet} summed per type and question, if the sheet keeps the
     * contract and shows it the quick way ({@link #clean}): then it has no faults. Null when it
     * does not, or when two of the questionnaire's types share an id; {@link #faults} then tells.
     */
    static ContributionSums summed(ScoreSheet sheet, Ids ids) {
        if (!ids.distinctTypes()) return null;
        ContributionSums sums = new ContributionSums(ids.questions(), ids.typeOrder().length);
        return clean(sheet, ids, sums) ? sums : null;
    }

    /**
     * Whether {@code sheet} keeps the contract, found the quick way a sheet that keeps it allows:
     * its types in definition order, no set and no message made. False may also mean only that
     * the types are in another order; {@link #faults} then looks closely. Each contribution is
     * added to {@code sums} (if given) as it is checked: they are only whole when the answer is true.
     */
    private static boolean clean(ScoreSheet sheet, Ids ids, ContributionSums sums) {
        if (sheet == null) return false;
        List<ScoreSheet.TypeScore> types = sheet.types();
        String[] typeOrder = ids.typeOrder();
        if (types.size() != typeOrder.length) return false;
        double sum = 0;
        for (int i = 0; i < typeOrder.length; i++) {
            ScoreSheet.TypeScore t = types.get(i);
            if (t == null || !typeOrder[i].equals(t.type()) || !Double.isFinite(t.score())
                    || !(t.share() >= -RANGE_TOLERANCE && t.share() <= 1 + RANGE_TOLERANCE)) {
                return false;
            }
            sum += t.share();
        }
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) return false;
        String[] dimensionOrder = ids.dimensionOrder();
        long seen = 0;
        for (ScoreSheet.DimensionValue d : sheet.dimensions()) {
            if (d == null) return false;
            int at = indexOf(dimensionOrder, d.dimension());
            // more than 64 dimensions: the close look
            if (at < 0 || at >= Long.SIZE || (seen & (1L << at)) != 0) return false;
            seen |= 1L << at;
            if (!(d.value() >= -RANGE_TOLERANCE && d.value() <= 1 + RANGE_TOLERANCE) || d.answers() < 0) return false;
        }
        QuestionIndex questions = ids.questions();
        int next = 0;
        int type = 0;
        List<ScoreSheet.Contribution> contributions = sheet.contributions();
        for (int i = 0; i < contributions.size(); i++) {
            ScoreSheet.Contribution c = contributions.get(i);
            if (c == null || c.question() == null) return false;
            // strategies list a type's contributions together: the type of the one before first
            type = type < typeOrder.length && typeOrder[type] == c.type() ? type : indexOf(typeOrder, c.type());
            if (type < 0 || !Double.isFinite(c.weight())) return false;
            int at = questions.position(c.question(), next);
            if (at < 0) return false;
            next = at + 1;
            if (sums != null) sums.add(type, at, c.weight());
        }
        return true;
    }

    /** Where {@code id} is in {@code ids} (by identity first: strategies hand out the definition's strings), -1 if not. */
    private static int indexOf(String[] ids, String id) {
        if (id == null) return -1;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) return i;
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) return i;
        }
        return -1;
    }

    /**
     * Every digit of {@code value}, with the decimal separator of the reader's language (0,95 in German); one of more than
     * 40 digits (a strategy's 1.7976931348623157E308) in exponent form, not spelt out in 309 digits.
     */
    private String number(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        String plain = de.typwerk.engine.report.Decimals.written(BigDecimal.valueOf(value));
        return messages.locale().getLanguage().equals("de") ? plain.replace('.', ',') : plain;
    }
}
