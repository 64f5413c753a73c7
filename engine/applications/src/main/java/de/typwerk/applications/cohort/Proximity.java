package de.typwerk.applications.cohort;

import java.util.Locale;

/** How near a partner is: same Kreis (first five AGS digits), same state (first two), or anywhere. */
public enum Proximity {
    KREIS, STATE, COUNTRY;

    /** As written in CSV and JSON: {@code kreis}, {@code state}, {@code country}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its label in the message bundles. */
    public String messageKey() {
        return "cohort.proximity." + id();
    }
}
