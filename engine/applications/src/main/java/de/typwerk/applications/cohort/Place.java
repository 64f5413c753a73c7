package de.typwerk.applications.cohort;

import de.typwerk.engine.answers.Ags;
import de.typwerk.engine.answers.FederalState;
import java.util.Optional;

/**
 * Where a municipality is, as far as its AGS tells: eight digits whose first two name the state
 * and whose first five name the Kreis. An AGS that is missing, not eight digits, or whose first
 * two digits name no state leaves the place unknown: such a municipality counts under "unknown
 * state" and is nobody's neighbour.
 *
 * @param ags   the AGS as the result gave it ({@code ""} when it gave none)
 * @param state the state, when the AGS is valid
 */
public record Place(String ags, Optional<FederalState> state) {

    public Place {
        ags = ags == null ? "" : ags;
        state = state == null ? Optional.empty() : state;
    }

    /** The place an AGS names; unknown for anything that is not a valid AGS. */
    public static Place of(Optional<String> ags) {
        String a = ags.map(String::strip).orElse("");
        return new Place(a, Ags.parse(a).map(Ags::state));
    }

    /** Whether the AGS is valid, so the state and Kreis are known. */
    public boolean known() {
        return state.isPresent();
    }

    /** The Kreis: the first five digits of a valid AGS. */
    public Optional<String> kreis() {
        return known() ? Optional.of(ags.substring(0, 5)) : Optional.empty();
    }

    /**
     * Whether its Kreis is one city: Berlin and Hamburg, each a single Gemeinde, whose boroughs
     * (Bezirke) give the city's AGS ({@code 11000000}, {@code 02000000}) and so share its "Kreis".
     */
    public boolean kreisIsOneCity() {
        return state.filter(s -> s == FederalState.BERLIN || s == FederalState.HAMBURG).isPresent();
    }

    /** How near {@code other} is, seen from here. */
    public Proximity proximityOf(Place other) {
        if (!known() || !other.known()) return Proximity.COUNTRY;
        if (kreis().equals(other.kreis())) return Proximity.KREIS;
        if (state.equals(other.state)) return Proximity.STATE;
        return Proximity.COUNTRY;
    }
}
