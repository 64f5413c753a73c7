package de.typwerk.engine.cohort;

import java.util.Optional;

/**
 * The sixteen German states, by the two digits an AGS (Amtlicher Gemeindeschlüssel) starts with.
 * Their names are user text and live in the message bundles ({@code cohort.state.01} …).
 */
public enum FederalState {
    SCHLESWIG_HOLSTEIN("01"),
    HAMBURG("02"),
    NIEDERSACHSEN("03"),
    BREMEN("04"),
    NORDRHEIN_WESTFALEN("05"),
    HESSEN("06"),
    RHEINLAND_PFALZ("07"),
    BADEN_WUERTTEMBERG("08"),
    BAYERN("09"),
    SAARLAND("10"),
    BERLIN("11"),
    BRANDENBURG("12"),
    MECKLENBURG_VORPOMMERN("13"),
    SACHSEN("14"),
    SACHSEN_ANHALT("15"),
    THUERINGEN("16");

    private final String code;

    FederalState(String code) {
        this.code = code;
    }

    /** The two digits, {@code 01} to {@code 16}. */
    public String code() {
        return code;
    }

    /** The key of the state's name in the message bundles. */
    public String messageKey() {
        return "cohort.state." + code;
    }

    /** The state with these two digits, if there is one. */
    public static Optional<FederalState> ofCode(String code) {
        for (FederalState s : values()) {
            if (s.code.equals(code)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
