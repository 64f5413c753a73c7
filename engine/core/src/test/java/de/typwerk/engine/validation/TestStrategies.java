package de.typwerk.engine.validation;

import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.strategy.StrategyCatalog;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** A catalog of the strategies given, for tests. */
public final class TestStrategies implements StrategyCatalog {

    private final Map<String, ScoringStrategy<?>> byId = new TreeMap<>();

    public TestStrategies(ScoringStrategy<?>... strategies) {
        for (ScoringStrategy<?> s : strategies) byId.put(s.id(), s);
    }

    /** The two test strategies. */
    public static TestStrategies both() {
        return new TestStrategies(new WeightsStrategy(), new PlainStrategy());
    }

    @Override
    public Optional<ScoringStrategy<?>> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public SortedSet<String> ids() {
        return new TreeSet<>(byId.keySet());
    }
}
