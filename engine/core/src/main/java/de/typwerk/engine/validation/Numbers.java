package de.typwerk.engine.validation;

import java.math.BigDecimal;

/** Numbers in messages, the same on every machine: {@code 3} rather than {@code 3.0}, never {@code 3,0}. */
final class Numbers {

    /** Digits up to which a number is spelt out, as {@code de.typwerk.engine.report.Decimals#written} (not reachable from here) spells one. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private Numbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        // the largest a double holds in exponent form (1.7976931348623157E+308), not in 309 digits
        long digits = Math.max(d.precision(), (long) d.precision() - d.scale()) + Math.max(0, d.scale());
        return digits <= MAX_PLAIN_DIGITS ? d.toPlainString() : d.toString();
    }
}
