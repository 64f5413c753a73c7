package de.typwerk.testkit;

import de.typwerk.engine.Typwerk;
import de.typwerk.engine.plugin.PluginEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why the engine has no strategy of an id, as the strategy contract says it: the strategies it
 * did load and, when it refused or failed a plugin, each one's reason, which is where a strategy
 * of the plugin under test usually went (an id no definition can name, a class that did not load).
 */
final class MissingStrategy {

    private MissingStrategy() {
    }

    static String describe(KitMessages kit, String id, Typwerk engine) {
        String loaded = engine.strategies().ids().isEmpty() ? "–" : String.join(", ", engine.strategies().ids());
        List<PluginEntry> notLoaded = engine.plugins().stream().filter(e -> !e.loaded()).toList();
        if (notLoaded.isEmpty()) return kit.get("strategy.not-found", id, loaded);
        return kit.get("strategy.not-found.not-loaded", id, loaded,
                notLoaded.stream().map(PluginEntry::reason).collect(Collectors.joining("; ")));
    }
}
