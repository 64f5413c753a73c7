package de.typwerk.engine.plugin;

import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.strategy.StrategyCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The strategies of the loaded plugins, by id. Filled by the plugin platform while the engine
 * starts (strategies before questionnaires, since validating a definition asks for its strategy);
 * read-only afterwards. The strategies it hands out run every call with the context class loader
 * of their plugin.
 */
@Singleton
public final class StrategyRegistry implements StrategyCatalog {

    // replaced as a whole, never changed in place: readers on other threads see one state or the next
    private volatile SortedMap<String, ScoringStrategy<?>> strategies = Collections.emptySortedMap();

    private final NotLoaded notLoaded;

    @Inject
    public StrategyRegistry(NotLoaded notLoaded) {
        this.notLoaded = notLoaded;
    }

    @Override
    public Optional<ScoringStrategy<?>> find(String id) {
        return Optional.ofNullable(strategies.get(id));
    }

    @Override
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(strategies.keySet()));
    }

    @Override
    public String notLoadedNote(String id) {
        return notLoaded.strategyNote(id);
    }

    /**
     * The same strategies, with the plugins not loaded named by {@code other}: for an engine
     * speaking another language ({@code Typwerk.speaking}), which loads nothing itself.
     */
    public StrategyRegistry speaking(NotLoaded other) {
        StrategyRegistry view = new StrategyRegistry(other);
        view.strategies = strategies;
        return view;
    }

    /** The plugin a loaded strategy comes from. */
    public Optional<PluginContext> origin(String id) {
        return find(id).filter(ContextualStrategy.class::isInstance)
                .map(s -> ((ContextualStrategy<?>) s).context());
    }

    /** Makes exactly {@code byId} the loaded strategies. */
    void replace(Map<String, ScoringStrategy<?>> byId) {
        strategies = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
    }
}
