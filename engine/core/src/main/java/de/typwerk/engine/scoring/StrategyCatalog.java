package de.typwerk.engine.scoring;

import de.typwerk.api.spi.ScoringStrategy;
import java.util.Optional;
import java.util.SortedSet;

/** The scoring strategies the engine has loaded, by id. */
public interface StrategyCatalog {

    Optional<ScoringStrategy<?>> find(String id);

    SortedSet<String> ids();
}
