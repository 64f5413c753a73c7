package de.typwerk.engine.plugin;

import de.typwerk.api.spi.ScoringStrategy;
import java.util.Map;
import java.util.TreeMap;

/** Fills a registry as the plugin platform does when the engine starts, for tests outside this package. */
public final class StrategyRegistryFilling {

    private StrategyRegistryFilling() {
    }

    public static void fill(StrategyRegistry registry, ScoringStrategy<?>... strategies) {
        Map<String, ScoringStrategy<?>> byId = new TreeMap<>();
        for (ScoringStrategy<?> s : strategies) byId.put(s.id(), s);
        registry.replace(byId);
    }
}
