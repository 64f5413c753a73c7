package de.typwerk.engine.validation;

import de.typwerk.engine.i18n.WrittenNumbers;

/** Numbers in messages, the same on every machine: {@code 3} rather than {@code 3.0}, never {@code 3,0}. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return WrittenNumbers.of(value);
    }
}
