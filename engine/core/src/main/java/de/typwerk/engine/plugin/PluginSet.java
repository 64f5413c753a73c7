package de.typwerk.engine.plugin;

import de.typwerk.api.model.Questionnaire;
import java.io.IOException;
import java.util.List;

/**
 * What the plugin platform loaded: the report on every candidate, the questionnaires of the loaded
 * plugins, and the class loaders to close when the engine shuts down.
 *
 * @param entries        every candidate, loaded ones first, each group by id then source
 * @param questionnaires by id, then version (semantic order)
 */
public record PluginSet(List<PluginEntry> entries, List<Shipped> questionnaires, List<PluginClassLoader> loaders)
        implements AutoCloseable {

    public PluginSet {
        entries = List.copyOf(entries);
        questionnaires = List.copyOf(questionnaires);
        loaders = List.copyOf(loaders);
    }

    /**
     * A questionnaire a loaded plugin ships.
     *
     * @param source      the definition's name inside the plugin ({@code questionnaires/x.yaml})
     * @param contentHash as the definition reader computed it
     */
    public record Shipped(Questionnaire questionnaire, String pluginId, String source, String contentHash) {
    }

    /** Closes the plugin class loaders; a failure to close one does not keep the others open. */
    @Override
    public void close() {
        for (PluginClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                // nothing a caller could do: the JVM releases the file when it exits
            }
        }
    }
}
