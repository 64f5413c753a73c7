package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An axis that answers load on (e.g. "focus on the local community"). Values run from 0 (the
 * {@link #low()} pole) to 1 (the {@link #high()} pole). Implemented by the engine, read by plugins.
 */
@API(status = STABLE, since = "1.0")
public interface Dimension {

    /** {@return the id, unique among the dimensions} */
    String id();

    /** {@return the name} */
    LocalizedText name();

    /** {@return what the dimension measures, if the definition says} */
    Optional<LocalizedText> description();

    /** {@return what 0 stands for, if the definition says} */
    Optional<LocalizedText> low();

    /** {@return what 1 stands for, if the definition says} */
    Optional<LocalizedText> high();
}
