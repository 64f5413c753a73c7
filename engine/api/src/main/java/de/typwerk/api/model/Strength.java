package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Something others can learn from a type. Implemented by the engine, read by plugins. */
@API(status = STABLE, since = "1.0")
public interface Strength {

    /** {@return the id, unique among the strengths of its type} */
    String id();

    /** {@return what the type does well} */
    LocalizedText text();
}
