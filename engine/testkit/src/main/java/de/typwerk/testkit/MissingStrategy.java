package de.typwerk.testkit;

import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.plugin.ServiceFiles;
import de.typwerk.engine.strategy.PluginOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Why the engine has no strategy of an id, as the strategy contract says it: the strategies it
 * did load and, when it refused or failed a plugin, each one's reason, which is where a strategy
 * of the plugin under test usually went (an id no definition can name, a class that did not load);
 * and, for a project with a {@code module-info.java}, whose tests run on the module path, which of
 * the two registrations it lacks.
 */
final class MissingStrategy {

    private static final String SERVICE = ScoringStrategy.class.getName();

    private MissingStrategy() {
    }

    /**
     * Why a strategy the engine found in the tests would not be found in a plugins folder: its
     * class is in a named module (the project has a {@code module-info.java}) whose {@code provides}
     * registers it, and no {@code META-INF/services} file lists it, which is all the engine reads
     * from a plugin's jar (loaded as an unnamed module).
     */
    static Optional<AssertionFailedError> unregistered(KitMessages kit, Class<?> strategy) {
        Module module = strategy.getModule();
        if (!module.isNamed() || listed(module, strategy)) return Optional.empty();
        // the engine did find it: the headline says where it would not
        return Optional.of(CheckFailure.of(kit.get("check.strategy.registered"),
                kit.get("strategy.module-only", strategy.getName(), module.getName(), SERVICE)));
    }

    private static boolean provides(Module module, Class<?> strategy) {
        return module.getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(SERVICE) && p.providers().contains(strategy.getName()));
    }

    /** Whether the module's {@code META-INF/services} file of the service lists the class. */
    private static boolean listed(Module module, Class<?> strategy) {
        try (InputStream in = module.getResourceAsStream("META-INF/services/" + SERVICE)) {
            if (in == null) return false;
            return ServiceFiles.classes(in.readAllBytes()).contains(strategy.getName());
        } catch (IOException e) {
            return false;
        }
    }

    static String describe(KitMessages kit, String id, Typwerk engine, Class<?> strategy) {
        String loaded = engine.strategies().ids().isEmpty() ? "–" : String.join(", ", engine.strategies().ids());
        Module module = strategy.getModule();
        if (module.isNamed() && !provides(module, strategy)) {
            // a project with a module-info.java: its tests run on the module path, where ServiceLoader reads provides only
            return kit.get("strategy.not-found.module", id, loaded, module.getName(), SERVICE, strategy.getName());
        }
        List<PluginEntry> notLoaded = engine.plugins().stream().filter(e -> !e.loaded()).toList();
        if (notLoaded.isEmpty()) return kit.get("strategy.not-found", id, loaded);
        // each reason with its source in the reader's words: the project's target/classes is "Klassenpfad: …" in German
        return kit.get("strategy.not-found.not-loaded", id, loaded, notLoaded.stream()
                .map(e -> PluginOrigin.shown(e.source(), engine.messages()) + ": " + e.shortReason())
                .collect(Collectors.joining("; ")));
    }
}
