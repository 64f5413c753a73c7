package de.typwerk.engine.plugin;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The class loader of one jar from a plugins folder. It shares with the engine only the API and the
 * libraries the API exposes; the JDK comes from the platform loader; everything else comes from
 * the jar itself. So a plugin never sees another plugin or the engine's internals, and two plugins
 * may carry different versions of the same library class. Only classes are shared, never
 * resources: {@code ServiceLoader} through this loader finds the jar's own
 * {@code META-INF/services} registrations and none of the engine's class path.
 */
public final class PluginClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    /**
     * Packages the engine and its plugins must share, or a plugin's strategy would not be a
     * {@code ScoringStrategy} to the engine: the API, and the annotations the API's records carry.
     * No container: the engine's wiring (Guice) is its own business, and a plugin that could see
     * it could depend on it (docs/architecture.md, "What a plugin receives").
     */
    static final List<String> SHARED_PACKAGES = List.of(
            "de.typwerk.api.",
            "com.fasterxml.jackson.annotation.");

    private final ClassLoader engine;

    /**
     * @param name   shown in stack traces, e.g. the jar's file name
     * @param jar    the plugin jar
     * @param engine the loader of the engine API (the loader that loaded {@code de.typwerk.api})
     */
    public PluginClassLoader(String name, URL jar, ClassLoader engine) {
        // parent is the platform loader: JDK classes first, then the jar, never the application class path
        super("plugin:" + name, new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        this.engine = engine;
    }

    static boolean shared(String className) {
        for (String prefix : SHARED_PACKAGES) {
            if (className.startsWith(prefix)) return true;
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (shared(name)) {
            // never from the jar, even if it carries a copy: a second copy of the API would make the
            // plugin's classes incompatible with the engine's
            return engine.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
