package de.typwerk.engine.answers;

import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number read from a document together with how it was written there ({@code -0}, {@code 1e309},
 * {@code +5}), where that differs from how the number prints: a message about the answer names
 * what the reader wrote, not another spelling of it ("not 0" for {@code -0}). The value is the
 * node's as ever; only {@link AnswerConverter}'s wording asks for the text.
 */
interface WrittenNumber {

    /** Longest written form kept; a longer one (a number of 400 digits) is named short, as it prints. */
    int MAX_WRITTEN = 40;

    String written();

    final class Small extends LongNode implements WrittenNumber {
        private static final long serialVersionUID = 1L;
        private final String written;

        Small(long value, String written) {
            super(value);
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }
    }

    final class Big extends BigIntegerNode implements WrittenNumber {
        private static final long serialVersionUID = 1L;
        private final String written;

        Big(BigInteger value, String written) {
            super(value);
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }
    }

    final class Decimal extends DecimalNode implements WrittenNumber {
        private static final long serialVersionUID = 1L;
        private final String written;

        Decimal(BigDecimal value, String written) {
            super(value);
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }
    }

    /**
     * A number whose exponent is too large to be read ({@code 1e2147483648}, {@code 1e-2147483649}):
     * no decimal holds it, and as a double it would be infinity or 0. Its value is infinity of its
     * sign, which every range refuses; a message names it as written and asks for digits.
     */
    final class Unreadable extends DoubleNode implements WrittenNumber {
        private static final long serialVersionUID = 1L;
        private final String written;

        Unreadable(String written) {
            super(written.strip().startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }

        /** Whether its exponent is negative ({@code 1e-2147483649}): a number next to 0, not beyond every limit. */
        boolean tiny() {
            int e = Math.max(written.lastIndexOf('e'), written.lastIndexOf('E'));
            return e >= 0 && e + 1 < written.length() && written.charAt(e + 1) == '-';
        }
    }
}
