package de.typwerk.presentation;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A type named by a lead only a little above the definition's {@code mixedMargin}: a clear type on
 * paper, yet a few other answers would have made the result mixed. The outcome's sentence ("Ihr
 * Typ: … – mit 36,6 % Anteil, 12,2 Prozentpunkte vor dem Typ „…“") reads the same at a lead of 12.2
 * points as at one of 60, so the reports add a sentence for such a result, naming the margin, how
 * far above it the lead is and the runner-up. A lead counts as close below one and a half margins
 * (under 18 points for the ÖFIT questionnaire's 12). Not for stages ({@link Stages}), whose outcome
 * names no lead, and not without the questionnaire, which holds the margin.
 *
 * @param above    how far the lead is above the margin, as a fraction, the difference of the two
 *                 as the report writes them (one decimal of a percentage point), so that "12,2" and
 *                 "12,0" are 0,2 apart; 0 where the lead, so written, is the margin
 * @param margin   the definition's {@code mixedMargin}, as a fraction
 * @param runnerUp the type that comes second
 */
public record CloseCall(double above, double margin, TypeResult runnerUp) {

    /** A lead below this many margins is close. */
    static final double WITHIN = 1.5;

    /**
     * {@return whether the result names a type by a close lead, and how close}
     *
     * @param result        the result
     * @param questionnaire the definition it belongs to, which holds the margin
     */
    public static Optional<CloseCall> of(Result result, Optional<Questionnaire> questionnaire) {
        if (!(result.outcome() instanceof Outcome.Primary p) || Stages.ordered(result.strategy().id())) return Optional.empty();
        double margin = questionnaire.flatMap(Questionnaire::scoring).map(ScoringSpec::mixedMargin).orElse(0.0);
        if (margin <= 0 || p.lead() < margin || p.lead() >= WITHIN * margin) return Optional.empty();
        BigDecimal above = tenths(p.lead()).subtract(tenths(margin)).max(BigDecimal.ZERO);
        return result.types().stream().filter(t -> !t.id().equals(p.type())).findFirst()
                .map(second -> new CloseCall(above.movePointLeft(2).doubleValue(), margin, second));
    }

    /** {@return a fraction in percentage points with one decimal, as the reports write it} */
    private static BigDecimal tenths(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@return whether the lead, as the report writes it, is the margin itself} */
    public boolean atMargin() {
        return above == 0;
    }
}
