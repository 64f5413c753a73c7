package de.typwerk.engine.strategy;

import static org.apiguardian.api.API.Status.INTERNAL;

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

    /** A strategy the engine got from a plugin: where it comes from. */
    public interface Known {

        PluginOrigin origin();
    }
}
