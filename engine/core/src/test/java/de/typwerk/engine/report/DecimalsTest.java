package de.typwerk.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast rounding of results against the exact rule it stands for: same digits, always. */
class DecimalsTest {

    private static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }

    @Property(tries = 5000)
    void roundsAsTheExactDecimalRule(@ForAll("numbers") double value) {
        BigDecimal expected = exact(value);
        assertThat(Decimals.fixed(value)).isEqualTo(expected.toPlainString());
        assertThat(Decimals.rounded(value)).isEqualTo(expected.doubleValue());
        if (expected.unscaledValue().bitLength() < 63) {
            assertThat(Decimals.scaled(value)).isEqualTo(expected.unscaledValue().longValueExact());
        }
    }

    @Provide
    Arbitrary<Double> numbers() {
        Arbitrary<Double> units = Arbitraries.doubles().between(-2, 2);
        Arbitrary<Double> wide = Arbitraries.doubles().between(-1e13, 1e13);
        // halves at the sixth place, and their neighbours a few units in the last place away:
        // where binary and decimal rounding could part
        Arbitrary<Double> halves = Arbitraries.longs().between(-3_000_000, 3_000_000)
                .flatMap(k -> Arbitraries.integers().between(-4, 4).map(steps -> {
                    double v = (k + 0.5) / 1e6;
                    for (int i = 0; i < Math.abs(steps); i++) v = steps < 0 ? Math.nextDown(v) : Math.nextUp(v);
                    return v;
                }));
        Arbitrary<Double> short_ = Arbitraries.integers().between(-99_999_999, 99_999_999).map(i -> i / 1e7);
        return Arbitraries.oneOf(units, wide, halves, short_);
    }

    @Test
    void tiesGoToTheEvenNeighbourOfTheShortestDecimal() {
        assertThat(Decimals.fixed(0.0000005)).isEqualTo("0.000000");
        assertThat(Decimals.fixed(0.0000015)).isEqualTo("0.000002");
        assertThat(Decimals.fixed(0.0000025)).isEqualTo("0.000002");
        assertThat(Decimals.fixed(2.5e-6)).isEqualTo(exact(2.5e-6).toPlainString());
        assertThat(Decimals.fixed(0.1234565)).isEqualTo(exact(0.1234565).toPlainString());
    }

    @Test
    void plainNotationWithoutNegativeZero() {
        assertThat(Decimals.fixed(0.2)).isEqualTo("0.200000");
        assertThat(Decimals.fixed(-1)).isEqualTo("-1.000000");
        assertThat(Decimals.fixed(-0.0000001)).isEqualTo("0.000000");
        assertThat(Decimals.fixed(-0.0)).isEqualTo("0.000000");
        assertThat(Decimals.fixed(1e-7)).isEqualTo("0.000000");
        assertThat(Decimals.fixed(123456789.123456789)).isEqualTo("123456789.123457");
        assertThat(Decimals.fixed(1e20)).isEqualTo(exact(1e20).toPlainString());
        assertThat(Decimals.fixed(Long.MIN_VALUE)).isEqualTo(exact(Long.MIN_VALUE).toPlainString());
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> Decimals.fixed(Double.NaN)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Decimals.scaled(Double.POSITIVE_INFINITY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void a_written_decimal_is_spelt_out_as_people_write_it_and_one_of_huge_or_tiny_exponent_in_exponent_form() {
        assertThat(Decimals.written(new BigDecimal("12000"))).isEqualTo("12000");
        assertThat(Decimals.written(new BigDecimal("183.40"))).isEqualTo("183.40");
        assertThat(Decimals.written(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(Decimals.written(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
        // a few characters of an answers file must not become a text of a billion digits
        assertThat(Decimals.written(new BigDecimal("1e1000000000"))).isEqualTo("1E+1000000000");
        assertThat(Decimals.written(new BigDecimal("1e-1000000000"))).isEqualTo("1E-1000000000");
    }

    @Test
    void a_limit_of_a_definition_is_written_as_its_author_wrote_it_and_the_largest_double_in_exponent_form_not_in_309_digits() {
        assertThat(Decimals.written(10_000_000.0)).isEqualTo("10000000");
        assertThat(Decimals.written(0.5)).isEqualTo("0.5");
        assertThat(Decimals.written(-3.0)).isEqualTo("-3");
        assertThat(Decimals.written(0.0)).isEqualTo("0");
        assertThat(Decimals.written(1e39)).isEqualTo("1000000000000000000000000000000000000000");
        assertThat(Decimals.written(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E+308");
        assertThat(Decimals.written(-Double.MAX_VALUE)).isEqualTo("-1.7976931348623157E+308");
        assertThat(Decimals.written(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(Decimals.written(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
