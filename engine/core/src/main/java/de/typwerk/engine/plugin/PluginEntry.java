package de.typwerk.engine.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One line of the plugin report: every candidate, loaded or not, ends up here.
 *
 * @param id          the descriptor's id, or the jar's file name when no descriptor could be read
 * @param version     the descriptor's version, or {@code ""}
 * @param name        the descriptor's name, or {@code ""}
 * @param vendor      the descriptor's vendor, or {@code ""}
 * @param description the descriptor's description, or {@code ""}
 * @param source      {@code class path: <location>} or the jar's path
 * @param sha256      of the jar file; {@code ""} for a class path directory
 * @param reason      one line on why it was refused or failed; {@code ""} when loaded
 * @param offers      what it provides; for a plugin that was not loaded, what it would have
 *                    provided as far as that is known without running its code
 * @param problems    the details behind the reason (e.g. every problem of a definition that failed)
 * @param api         the plugin API versions its descriptor says it works with ({@code [1.0,2.0)}), or
 *                    {@code ""} when no descriptor could be read
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record PluginEntry(String id, String version, String name, String vendor, String description, String source,
                          String sha256, Decision decision, Severity severity, String reason, List<Offer> offers,
                          List<Problem> problems, String api) {

    public PluginEntry {
        offers = List.copyOf(offers);
        problems = List.copyOf(problems);
        api = api == null ? "" : api;
    }

    /** An entry whose descriptor's API range is not known (no descriptor could be read). */
    public PluginEntry(String id, String version, String name, String vendor, String description, String source,
                       String sha256, Decision decision, Severity severity, String reason, List<Offer> offers,
                       List<Problem> problems) {
        this(id, version, name, vendor, description, source, sha256, decision, severity, reason, offers, problems, "");
    }

    /**
     * An entry of a candidate that was not used, with nothing known of what it offers (the form
     * the scans use; {@code provides} is what a loaded plugin provides, so it is empty here).
     */
    public PluginEntry(String id, String version, String name, String vendor, String source, String sha256,
                       Decision decision, Severity severity, String reason, List<String> provides,
                       List<Problem> problems) {
        this(id, version, name, vendor, "", source, sha256, decision, severity, reason, List.of(), problems);
        if (!provides.isEmpty()) throw new IllegalArgumentException("a candidate that was not used provides nothing");
    }

    public boolean loaded() {
        return decision == Decision.LOADED;
    }

    /**
     * What a loaded plugin provides, e.g. {@code questionnaire oefit-digitalisierungstypen@1.0.0},
     * {@code strategy prototype 1.0.0}; nothing for a plugin that was not loaded.
     */
    public List<String> provides() {
        return loaded() ? offers.stream().map(Offer::toString).toList() : List.of();
    }

    /** The reason without the source it starts with, for where the source is shown beside it. */
    public String shortReason() {
        String prefix = source + ": ";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }
}
