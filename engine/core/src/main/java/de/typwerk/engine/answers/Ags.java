package de.typwerk.engine.answers;

import java.util.Optional;

/**
 * An Amtlicher Gemeindeschlüssel: eight digits {@code LL R KK GGG} — state (01–16), Regierungsbezirk
 * (0 where a state has none), Kreis, Gemeinde. A Kreis, and a kreisfreie Stadt, is keyed with
 * {@code 000} as its Gemeinde part; its first five digits are shared by every municipality in it.
 *
 * @param value the eight digits
 */
public record Ags(String value) {

    public Ags {
        if (!isValid(value)) throw new IllegalArgumentException("not an AGS: " + value);
    }

    /** The AGS in {@code text}, if it is eight digits starting with a state code 01–16. */
    public static Optional<Ags> parse(String text) {
        return isValid(text) ? Optional.of(new Ags(text)) : Optional.empty();
    }

    /** Eight ASCII digits whose first two are a state code 01–16. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 8) return false;
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return FederalState.ofCode(text.substring(0, 2)).isPresent();
    }

    public FederalState state() {
        return FederalState.ofCode(value.substring(0, 2)).orElseThrow();
    }

    /** The first five digits: the Kreis (or kreisfreie Stadt) this AGS lies in. */
    public String kreis() {
        return value.substring(0, 5);
    }

    @Override
    public String toString() {
        return value;
    }
}
