package de.typwerk.engine;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.plugin.PluginEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The engine, for the CLI and for integrators who embed it:
 *
 * <pre>{@code
 * try (Typwerk typwerk = Typwerk.builder().pluginsFrom(Path.of("plugins")).build()) {
 *     typwerk.questionnaires().forEach(q -> System.out.println(q.questionnaire().id()));
 * }
 * }</pre>
 *
 * Thread-safe once built. Closing it closes the plugin class loaders.
 */
public final class Typwerk implements AutoCloseable {

    // TODO(engine): filled in by the plugin platform work

    public static Builder builder() {
        return new Builder();
    }

    /** Every plugin candidate with its decision, loaded ones first, each group by id. */
    public List<PluginEntry> plugins() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every loaded questionnaire, by id then version. */
    public List<LoadedQuestionnaire> questionnaires() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The questionnaire with this id (highest version), or {@code id@version} for an exact one. */
    public Optional<LoadedQuestionnaire> questionnaire(String idOrCoordinates) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Validates a definition file, every definition file below a folder, or every definition in a
     * plugin jar, against the loaded strategies. Problems come sorted by source, line, column.
     */
    public List<Problem> validate(Path path) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }

    /** Configures and starts an engine. */
    public static final class Builder {

        private final java.util.List<Path> pluginDirs = new java.util.ArrayList<>();
        private boolean classPath = true;
        private boolean strict;
        private Locale locale = Locale.GERMAN;

        private Builder() {
        }

        /** Also load every plugin jar in {@code dir} (each in its own class loader). */
        public Builder pluginsFrom(Path dir) {
            pluginDirs.add(dir);
            return this;
        }

        /** Whether plugins on the class path are loaded (default: yes). */
        public Builder classPathPlugins(boolean load) {
            this.classPath = load;
            return this;
        }

        /** Fail {@link #build()} if any plugin is refused or fails (default: no, report and go on). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The language of messages (German default, English). */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public Typwerk build() {
            throw new UnsupportedOperationException("not yet");
        }
    }
}
