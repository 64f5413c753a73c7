package de.typwerk.engine.report;

import de.typwerk.engine.i18n.WrittenNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of results: a number to {@value #PLACES} decimal places, half to even, of
 * its shortest decimal form ({@code BigDecimal.valueOf(value).setScale(6, HALF_EVEN)}). Ranking,
 * reasons, dimension values and every writer of results use it, so what a reader sees is what
 * was compared.
 *
 * <p>Fast, and the same digits: {@code BigDecimal.valueOf(double)} goes through
 * {@link Double#toString}, which was a large part of the cost of a result. Here the value is
 * scaled in binary floating point; the rounding of {@code value × 10⁶} and of the decimal that
 * {@code BigDecimal} would round differ only where the scaled value lies within a few units in
 * its last place of a half (x.5), and only there, or for values too large for the margin to
 * hold, the exact decimal path is taken. {@code DecimalsTest} holds the two to the same answer.
 */
public final class Decimals {

    /** Decimal places of every fractional number in a result. */
    public static final int PLACES = 6;

    private static final double SCALE = 1e6;
    /** Below this the scaled value's error is far under {@link #MARGIN}: a unit in its last place is at most 2⁻¹¹. */
    private static final double FAST_LIMIT = 0x1p42;
    /** How far from a half the scaled value must be for the binary rounding to be safe. */
    private static final double MARGIN = 0.01;

    private Decimals() {
    }

    /**
     * {@code value} rounded to {@value #PLACES} places and multiplied by 10⁶: {@code 0.2} is
     * {@code 200000}. Finite values whose rounding fits a {@code long} only.
     *
     * @throws ArithmeticException if {@code value} is not finite or too large
     */
    public static long scaled(double value) {
        double x = value * SCALE;
        if (Math.abs(x) < FAST_LIMIT) {
            double fraction = x - Math.floor(x);
            if (Math.abs(fraction - 0.5) > MARGIN) return (long) Math.rint(x);
        }
        if (!Double.isFinite(value)) throw new ArithmeticException("not a finite number: " + value);
        return exact(value).unscaledValue().longValueExact();
    }

    /** {@code value} rounded to {@value #PLACES} places, as the nearest {@code double}. */
    public static double rounded(double value) {
        double x = value * SCALE;
        // a long below 2^53 and 10^6 are exact doubles, and the division is correctly rounded:
        // the nearest double to the decimal, as BigDecimal.doubleValue() gives it
        if (Math.abs(x) < FAST_LIMIT) return scaled(value) / SCALE;
        return exact(value).doubleValue();
    }

    /** {@link #scaled} back as a {@code double}: {@code 200000} is {@code 0.2}. */
    public static double unscaled(long scaled) {
        return scaled / SCALE;
    }

    /**
     * A decimal as people write it ({@code 12000}, {@code 0.5}), but an astronomical or
     * microscopic one in exponent form ({@code 1E+1000000000}, {@code 1E-1000000000}): spelt out,
     * a few characters of input would become a text of as many digits as the exponent says.
     *
     * @param value any decimal
     * @return {@code value.toPlainString()} for up to 40 digits, else {@code value.toString()}
     * @see WrittenNumbers#of(BigDecimal)
     */
    public static String written(BigDecimal value) {
        return WrittenNumbers.of(value);
    }

    /**
     * A number of a definition (a question's lower or upper limit, a condition's) as messages and
     * pages write it: its shortest decimal, without trailing zeros ({@code 10000000}, {@code 0.5},
     * {@code -3}), and beyond 40 digits in exponent form: the largest limit a definition can hold,
     * {@code 1.7976931348623157E+308}, is not spelt out in 309 digits.
     *
     * @param value any double; infinity and NaN as {@link Double#toString} names them
     * @return it written out
     * @see WrittenNumbers#of(double)
     */
    public static String written(double value) {
        return WrittenNumbers.of(value);
    }

    /**
     * {@code value} in plain notation with exactly {@value #PLACES} decimals: {@code 0.200000},
     * {@code -1.000000}, never {@code 2E-7} and never {@code -0.000000}.
     *
     * @throws ArithmeticException if {@code value} is not finite
     */
    public static String fixed(double value) {
        double x = value * SCALE;
        if (Math.abs(x) < FAST_LIMIT) return fixedScaled(scaled(value));
        if (!Double.isFinite(value)) throw new ArithmeticException("not a finite number: " + value);
        return exact(value).toPlainString();
    }

    /** A scaled value ({@link #scaled}) in plain notation with {@value #PLACES} decimals: 200000 is {@code 0.200000}. */
    private static String fixedScaled(long scaled) {
        StringBuilder out = new StringBuilder(16);
        if (scaled < 0) {
            // never Long.MIN_VALUE: the fast path keeps scaled values below 2^42
            out.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000;
        int fraction = (int) (scaled % 1_000_000);
        out.append(whole).append('.');
        for (int digit = 100_000; digit > 0; digit /= 10) {
            out.append((char) ('0' + fraction / digit % 10));
        }
        return out.toString();
    }

    private static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_EVEN);
    }
}
