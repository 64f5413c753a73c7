package de.typwerk.engine.answers;

import java.util.Optional;

/**
 * The sixteen German states (Länder) with the two-digit code that opens every AGS. Names are
 * the states' own German names: they are proper names, the same in every language of a result.
 */
public enum FederalState {
    SCHLESWIG_HOLSTEIN("01", "Schleswig-Holstein"),
    HAMBURG("02", "Hamburg"),
    NIEDERSACHSEN("03", "Niedersachsen"),
    BREMEN("04", "Bremen"),
    NORDRHEIN_WESTFALEN("05", "Nordrhein-Westfalen"),
    HESSEN("06", "Hessen"),
    RHEINLAND_PFALZ("07", "Rheinland-Pfalz"),
    BADEN_WUERTTEMBERG("08", "Baden-Württemberg"),
    BAYERN("09", "Bayern"),
    SAARLAND("10", "Saarland"),
    BERLIN("11", "Berlin"),
    BRANDENBURG("12", "Brandenburg"),
    MECKLENBURG_VORPOMMERN("13", "Mecklenburg-Vorpommern"),
    SACHSEN("14", "Sachsen"),
    SACHSEN_ANHALT("15", "Sachsen-Anhalt"),
    THUERINGEN("16", "Thüringen");

    private final String code;
    private final String germanName;

    FederalState(String code, String germanName) {
        this.code = code;
        this.germanName = germanName;
    }

    /** The two-digit state code, {@code 01} to {@code 16}. */
    public String code() {
        return code;
    }

    /** The state's name, e.g. {@code Baden-Württemberg}. */
    public String germanName() {
        return germanName;
    }

    /** The state with this two-digit code, if there is one. */
    public static Optional<FederalState> ofCode(String code) {
        for (FederalState s : values()) {
            if (s.code.equals(code)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
