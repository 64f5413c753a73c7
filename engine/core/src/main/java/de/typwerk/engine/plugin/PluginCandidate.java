package de.typwerk.engine.plugin;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that may be a plugin, found before any of its code is loaded: where it is, its hash
 * and its descriptor's bytes (if it has one). Its providers are found with
 * {@link java.util.ServiceLoader} through its class loader, once it has one.
 */
sealed interface PluginCandidate {

    /** {@code class path: <location>} or the jar's path as found in the plugins folder. */
    String source();

    /** SHA-256 of the jar file, {@code ""} for a class path directory. */
    String sha256();

    PluginRoot root();

    /** The descriptor's bytes, at most {@link DescriptorReader#MAX_BYTES} + 1; empty if there is none. */
    Optional<byte[]> descriptor();

    /**
     * Where the descriptor is in its root: {@value PluginDescriptor#RESOURCE}, or, for one of
     * several plugins in one class path entry (an uber jar), its own copy under
     * {@value PluginDescriptor#OWN_RESOURCES}.
     */
    default String descriptorPath() {
        return PluginDescriptor.RESOURCE;
    }

    /**
     * What {@link java.util.ServiceLoader} finds for it, by service type, through the loader of
     * {@code context} (the one {@link #openLoader} gave).
     */
    Map<Class<?>, List<Discovered>> discover(PluginContext context);

    /** Whether it came from a plugins folder (and so may not use the reserved id prefix). */
    boolean fromFolder();

    /** The loader its code runs in: a new isolated one for a folder jar, the shared one on the class path. */
    ClassLoader openLoader(String pluginId, ClassLoader engine) throws IOException;

    /** A report entry for this candidate that was not used. */
    default PluginEntry notUsed(String id, String version, Decision decision, String reason, List<Problem> problems) {
        return new PluginEntry(id, version, "", "", source(), sha256(), decision, Severity.ERROR, reason, List.of(), problems);
    }

    /**
     * A plugin on the engine's class path: bundled, built with the engine, trusted with its id.
     * One {@code ServiceLoader} lookup serves the whole class path, so the {@link ClassPathScan}
     * has already found its providers.
     */
    record OnClassPath(String source, String sha256, PluginRoot root, Optional<byte[]> descriptor,
                       String descriptorPath, Map<Class<?>, List<Discovered>> providers, ClassLoader loader)
            implements PluginCandidate {

        public OnClassPath {
            providers = Map.copyOf(providers);
        }

        @Override
        public Map<Class<?>, List<Discovered>> discover(PluginContext context) {
            return providers;
        }

        @Override
        public boolean fromFolder() {
            return false;
        }

        @Override
        public ClassLoader openLoader(String pluginId, ClassLoader engine) {
            return loader;
        }
    }

    /** A jar from a plugins folder. */
    record InFolder(String source, String sha256, PluginRoot root, Optional<byte[]> descriptor, Path jar)
            implements PluginCandidate {

        @Override
        public Map<Class<?>, List<Discovered>> discover(PluginContext context) {
            Map<Class<?>, List<Discovered>> found = new LinkedHashMap<>();
            for (Class<?> service : ProviderLookup.SERVICES) {
                List<Discovered> providers = ProviderLookup.find(service, context);
                if (!providers.isEmpty()) found.put(service, providers);
            }
            return found;
        }

        @Override
        public boolean fromFolder() {
            return true;
        }

        @Override
        public ClassLoader openLoader(String pluginId, ClassLoader engine) throws MalformedURLException {
            return new PluginClassLoader(pluginId, jar.toUri().toURL(), engine);
        }
    }
}
