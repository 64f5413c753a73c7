package de.typwerk.engine.plugin;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.variant.ResolvedDefinition;
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
     * @param resolved the complete questionnaire (for a variant: resolved against its base) with
     *                 its document tree, source map, content hash and bases
     * @param written  the definition as written (for a variant: with its overlay)
     * @param source   the definition's name inside the plugin ({@code questionnaires/x.yaml})
     */
    public record Shipped(ResolvedDefinition resolved, Questionnaire written, String pluginId, String source) {

        /** The complete questionnaire. */
        public Questionnaire questionnaire() {
            return resolved.questionnaire();
        }

        /** {@code sha256:<hex>} of the definition file as read. */
        public String contentHash() {
            return resolved.contentHash();
        }
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
