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

    /**
     * The key of its label for a partner at {@code place}: the same Kreis of a borough of Berlin or
     * Hamburg, which have no Kreis, is the same city ({@code cohort.proximity.city}); CSV and JSON
     * keep {@link #id()}.
     */
    public String messageKey(Place place) {
        return this == KREIS && place.kreisIsOneCity() ? "cohort.proximity.city" : messageKey();
    }
}
