package de.typwerk.engine.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.spi.ScoringStrategy;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;

/** The scoring strategies the engine has loaded, by id. */
@API(status = EXPERIMENTAL, since = "1.0")
public interface StrategyCatalog {

    Optional<ScoringStrategy<?>> find(String id);

    SortedSet<String> ids();

    /**
     * For a strategy that is not loaded: a sentence (with a leading space) naming the plugins that
     * would have provided it but were not loaded; {@code ""} when there are none.
     */
    default String notLoadedNote(String id) {
        return "";
    }
}
