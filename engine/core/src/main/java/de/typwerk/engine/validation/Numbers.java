package de.typwerk.engine.validation;

import java.math.BigDecimal;

/** Numbers in messages, the same on every machine: {@code 3} rather than {@code 3.0}, never {@code 3,0}. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
