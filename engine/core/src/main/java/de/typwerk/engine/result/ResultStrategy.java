package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The scoring strategy that produced a result, by id and version. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface ResultStrategy {

    /** {@return the strategy's id} */
    String id();

    /** {@return the strategy's version} */
    String version();
}
