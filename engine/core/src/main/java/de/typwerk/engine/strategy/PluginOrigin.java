package de.typwerk.engine.strategy;

import static org.apiguardian.api.API.Status.INTERNAL;

import de.typwerk.engine.i18n.Messages;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The plugin a loaded strategy comes from, for messages about it: a strategy that threw or ran
 * too long is named with its plugin, so that an operator knows which jar to look at.
 *
 * @param pluginId the plugin's id from its descriptor
 * @param source   where it was loaded from: the jar's path, or {@code class path: <location>}
 */
@API(status = INTERNAL, since = "1.0")
public record PluginOrigin(String pluginId, String source) {

    /** How the source of a plugin found on the class path starts. */
    private static final String CLASS_PATH = "class path: ";

    /** {@return the source of a plugin found on the class path at {@code location}: {@code class path: <location>}} */
    public static String onClassPath(String location) {
        return CLASS_PATH + location;
    }

    /** {@return the place on the class path that {@code source} names, or empty where it is a jar's path} */
    public static Optional<String> classPathLocation(String source) {
        return source.startsWith(CLASS_PATH) ? Optional.of(source.substring(CLASS_PATH.length())) : Optional.empty();
    }

    /**
     * {@return {@code source} as a message shows it to a reader: a jar's path as it is, a place on the
     * class path in the reader's words ({@code Klassenpfad: <entry>}, {@code class path: <entry>})}
     */
    public static String shown(String source, Messages messages) {
        return classPathLocation(source).map(location -> messages.get("scoring.class-path", location)).orElse(source);
    }

    /** A strategy the engine got from a plugin: where it comes from. */
    public interface Known {

        PluginOrigin origin();
    }
}
