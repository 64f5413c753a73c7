package de.typwerk.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.engine.plugin.PluginEntry;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Typwerk.Builder#build()} in strict mode when any plugin was refused or failed,
 * or a loaded strategy could not prepare for a questionnaire that provides for it
 * ({@link Typwerk#unprepared}; then {@link #refused} is empty), or a folder given to
 * {@link Typwerk.Builder#pluginsFrom(java.nio.file.Path)} does not exist (then too).
 */
@API(status = STABLE, since = "1.0")
public final class TypwerkStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PluginEntry> refused;

    /**
     * Made by the engine.
     *
     * @param message what happened, naming the plugins
     * @param refused the plugins that were refused or failed
     */
    @API(status = INTERNAL, since = "1.0")
    public TypwerkStartException(String message, List<PluginEntry> refused) {
        super(message);
        this.refused = List.copyOf(refused);
    }

    /** {@return the plugins that were refused or failed, each with its reason} */
    @API(status = EXPERIMENTAL, since = "1.0")
    public List<PluginEntry> refused() {
        return refused;
    }
}
