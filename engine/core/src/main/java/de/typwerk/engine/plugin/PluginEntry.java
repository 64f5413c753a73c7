package de.typwerk.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One line of the plugin report: every candidate, loaded or not, ends up here.
 *
 * @param id       the descriptor's id, or the jar's file name when no descriptor could be read
 * @param version  the descriptor's version, or {@code ""}
 * @param source   {@code class path: <location>} or the jar's path
 * @param sha256   of the jar file; {@code ""} for a class path directory
 * @param provides what it contributes, e.g. {@code questionnaire oefit-digitalisierungstypen@1.0.0},
 *                 {@code strategy prototype}
 * @param reason   one line on why it was refused or failed; {@code ""} when loaded
 * @param problems the details behind the reason (e.g. every problem of a definition that failed)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record PluginEntry(String id, String version, String name, String vendor, String source, String sha256,
                          Decision decision, Severity severity, String reason, List<String> provides,
                          List<Problem> problems) {

    public PluginEntry {
        provides = List.copyOf(provides);
        problems = List.copyOf(problems);
    }

    public boolean loaded() {
        return decision == Decision.LOADED;
    }
}
