package de.typwerk.engine.i18n;

import java.math.BigDecimal;

/**
 * Numbers as messages and pages write them, the same on every machine and in every language of
 * messages: spelt out as people write them ({@code 12000}, {@code 0.5}), but an astronomical or
 * microscopic one in exponent form ({@code 1E+1000000000}, {@code 1.7976931348623157E+308}): spelt
 * out, a few characters of input, or the largest limit a definition can hold, would become a text
 * of as many digits as the exponent says. The one rule for the report's {@code Decimals}, the
 * definition checks' messages and every other place that names a number it was given.
 */
public final class WrittenNumbers {

    /** Digits up to which a decimal is spelt out. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private WrittenNumbers() {
    }

    /**
     * A decimal as people write it, in exponent form beyond 40 digits.
     *
     * @param value any decimal
     * @return {@code value.toPlainString()} for up to 40 digits, else {@code value.toString()}
     */
    public static String of(BigDecimal value) {
        long digits = Math.max(value.precision(), (long) value.precision() - value.scale()) + Math.max(0, value.scale());
        return digits <= MAX_PLAIN_DIGITS ? value.toPlainString() : value.toString();
    }

    /**
     * A double by its shortest decimal, without trailing zeros ({@code 10000000}, {@code 0.5},
     * {@code -3}), in exponent form beyond 40 digits.
     *
     * @param value any double; infinity and NaN as {@link Double#toString} names them
     * @return it written out
     */
    public static String of(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        return of(BigDecimal.valueOf(value).stripTrailingZeros());
    }
}
