package de.typwerk.cli;

import de.typwerk.cli.output.OutputFormat;
import de.typwerk.cli.output.AtomicFile;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.text.Table;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.TypwerkApi;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.strategy.PluginOrigin;
import de.typwerk.engine.plugin.Offer;
import de.typwerk.engine.plugin.PluginEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code typwerk plugins}: every plugin candidate and what became of it. Refused and failed
 * plugins are shown, not fatal: this is the command to find out why one is missing, so it exits
 * 0 even then; with {@code --strict} it exits 1 when any plugin was refused or failed, or a
 * loaded strategy cannot prepare for a questionnaire that provides for it.
 *
 * <p>As text: a table (id, version, what it provides, source, state), then for each plugin its
 * descriptor's name and vendor, the jar's SHA-256, each strategy with its description and each
 * questionnaire with its title, and the problems behind a refusal. As JSON ({@code --format
 * json}), the same for tools, in a fixed field order.
 */
@Command(name = "plugins")
final class PluginsCommand extends EngineCommand {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lock", paramLabel = "FILE", descriptionKey = "plugins.lock")
    private Path lock;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Override
    protected boolean strictStart() {
        // list everything first; --strict only decides the exit code here
        return false;
    }

    @Override
    protected int run(Typwerk engine) throws Exception {
        // the list is on standard output: a lock file there would be mixed into it
        if (standardOutput(lock)) throw usageError("error.plugins.lock-standard-output");
        requireOutputFile(lock);
        requireNewOutput(lock, force);
        List<PluginEntry> entries = engine.plugins();
        if (lock != null) writeLock(entries);
        List<Problem> unprepared = engine.unprepared();
        if (format == OutputFormat.JSON) {
            out().println(new Mappers().json().writeValueAsString(Report.of(entries)));
            // the JSON keeps its fields; what a loaded plugin cannot do is said beside it
            unprepared.forEach(p -> err().println("typwerk: " + p.message()));
            err().flush();
        } else {
            text(entries);
            unprepared(unprepared);
        }
        out().flush();
        if (!typwerk().debug() && (ScoreOutput.threw(unprepared)
                || ScoreOutput.threw(entries.stream().flatMap(e -> e.problems().stream()).toList()))) {
            // "ask the plugin's maker to fix it": the maker reading this learns where the strategy threw with --debug
            err().println(messages().get("error.debug-hint.strategy"));
            err().flush();
        }
        boolean anyNotLoaded = entries.stream().anyMatch(e -> !e.loaded());
        // a strategy that cannot prepare refuses every response it is asked to score, as a plugin that failed would
        return (anyNotLoaded || !unprepared.isEmpty()) && typwerk().strict() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The strategies that loaded but cannot prepare for a questionnaire that provides for them, after the plugins. */
    private void unprepared(List<Problem> problems) {
        if (problems.isEmpty()) return;
        out().println();
        out().println(messages().get("plugins.unprepared"));
        problems.forEach(p -> out().println("  " + p.message()));
    }

    private void text(List<PluginEntry> entries) {
        Texts m = messages();
        if (entries.isEmpty()) {
            out().println(m.get("plugins.none"));
            return;
        }
        Table table = new Table(m.get("plugins.column.id"), m.get("plugins.column.version"),
                m.get("plugins.column.provides"), m.get("plugins.column.source"), m.get("plugins.column.state"));
        for (PluginEntry e : entries) {
            table.row(e.id(), e.version(), provides(e, m), source(e, m), state(e, m));
        }
        table.print(out());
        for (PluginEntry e : entries) {
            out().println();
            out().println(e.name().isEmpty() ? e.id()
                    : m.get("plugins.detail.head", e.id(), e.version(), e.name(), e.vendor()));
            if (!e.description().isEmpty()) out().println("  " + e.description().strip());
            if (!e.api().isEmpty()) out().println("  " + m.get("plugins.detail.api", e.api(), TypwerkApi.VERSION.toString()));
            if (!e.sha256().isEmpty()) out().println("  " + m.get("plugins.detail.sha256", e.sha256()));
            for (Offer offer : e.offers()) {
                out().println("  " + offer(offer, e.loaded(), m));
            }
            // the reason names the first problem; the rest only when there is more to say, and why a
            // loaded plugin provides nothing, which no reason says
            if (e.problems().size() > 1 || e.loaded() && e.offers().isEmpty() && !e.problems().isEmpty()) {
                out().println("  " + m.get("plugins.problems-of", e.id()));
                for (Problem p : e.problems()) {
                    out().println("    " + p);
                }
            }
        }
    }

    /**
     * {@code --lock FILE}: the SHA-256 of every plugin jar that loaded from a folder, for
     * {@code --trust FILE}. Class path plugins are part of the installation and not listed.
     */
    private void writeLock(List<PluginEntry> entries) throws java.io.IOException {
        List<Path> folders = typwerk().pluginFolders(spec).stream().map(f -> f.toAbsolutePath().normalize()).toList();
        List<String[]> jars = entries.stream().filter(e -> e.loaded() && !e.sha256().isEmpty() && inFolder(e.source(), folders))
                .map(e -> new String[] {e.sha256(), e.source()}).toList();
        AtomicFile.write(lock, TrustFile.write(jars));
        err().println(messages().get("plugins.locked", String.valueOf(jars.size()), lock));
        err().flush();
    }

    /** Whether {@code source} is a jar directly in one of the plugin folders (not on the class path). */
    private static boolean inFolder(String source, List<Path> folders) {
        try {
            Path parent = Path.of(source).toAbsolutePath().normalize().getParent();
            return parent != null && folders.contains(parent);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** What a loaded plugin provides, each kind in the user's language (Fragebogen, Strategie). */
    private static String provides(PluginEntry e, Texts m) {
        if (!e.loaded()) return "";
        if (e.offers().isEmpty()) return m.get("plugins.provides.nothing");
        return e.offers().stream().map(o -> switch (o.kind()) {
            case QUESTIONNAIRE -> m.get("plugins.provides.questionnaire",
                    o.id() + "@" + o.version() + (o.base().isEmpty() ? "" : " → " + o.base()));
            case STRATEGY -> m.get("plugins.provides.strategy", o.unknown() ? "? (" + o.provider() + ")" : o.id() + " " + o.version());
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The jar's path, or "class path: …" in the user's language for a plugin on the class path. */
    private static String source(PluginEntry e, Texts m) {
        return PluginOrigin.classPathLocation(e.source()).map(location -> m.get("plugins.source.class-path", location)).orElse(e.source());
    }

    private String offer(Offer offer, boolean loaded, Texts m) {
        String language = language().tag();
        String text = offer.description().get(language, language);
        String key = switch (offer.kind()) {
            case QUESTIONNAIRE -> loaded ? "plugins.detail.questionnaire" : "plugins.detail.questionnaire-not-loaded";
            case STRATEGY -> offer.unknown() ? "plugins.detail.strategy-unknown"
                    : loaded ? "plugins.detail.strategy" : "plugins.detail.strategy-not-loaded";
        };
        String what = switch (offer.kind()) {
            case QUESTIONNAIRE -> offer.id() + "@" + offer.version() + (offer.base().isEmpty() ? "" : " → " + offer.base());
            case STRATEGY -> offer.unknown() ? offer.provider() : offer.id() + " " + offer.version();
        };
        return m.get(key, what) + (text.isEmpty() ? "" : ": " + text.strip());
    }

    private static String state(PluginEntry e, Texts m) {
        return switch (e.decision()) {
            case LOADED -> m.get("plugins.state.loaded");
            case REFUSED -> m.get("plugins.state.refused", e.shortReason());
            case FAILED -> m.get("plugins.state.failed", e.shortReason());
        };
    }

    /** The JSON document: the engine's API version and every plugin, in the order of the table. */
    @JsonPropertyOrder({"api", "plugins"})
    record Report(String api, List<Plugin> plugins) {

        static Report of(List<PluginEntry> entries) {
            return new Report(TypwerkApi.VERSION.toString(), entries.stream().map(Plugin::of).toList());
        }
    }

    /**
     * One plugin. {@code provides}: for a loaded plugin what it provides; for one that was not
     * loaded, what it would have provided as far as known without running its code.
     */
    @JsonPropertyOrder({"id", "version", "api", "name", "vendor", "description", "state", "reason", "source", "sha256",
            "provides", "problems"})
    record Plugin(String id, String version, String api, String name, String vendor, String description, String state,
                  String reason, String source, String sha256, List<Provided> provides,
                  List<ProblemReport.Entry> problems) {

        static Plugin of(PluginEntry e) {
            return new Plugin(e.id(), e.version(), e.api(), e.name(), e.vendor(), e.description(),
                    e.decision().name().toLowerCase(Locale.ROOT), e.reason(), e.source(), e.sha256(),
                    e.offers().stream().map(Provided::of).toList(), new ProblemReport(e.problems(), Locale.GERMAN).entries());
        }
    }

    /**
     * A questionnaire ({@code extends}: the base of a variant, else {@code ""}; {@code text}: its
     * title) or a strategy ({@code id} {@code ""} when it was never created; {@code class}: its
     * provider; {@code text}: its description), texts in every language they have.
     */
    @JsonPropertyOrder({"kind", "id", "version", "extends", "class", "text"})
    record Provided(String kind, String id, String version, String extends_, String class_, Map<String, String> text) {

        static Provided of(Offer o) {
            return new Provided(o.kind().name().toLowerCase(Locale.ROOT), o.id(), o.version(), o.base(), o.provider(),
                    o.description().texts());
        }

        @com.fasterxml.jackson.annotation.JsonProperty("extends")
        @Override
        public String extends_() {
            return extends_;
        }

        @com.fasterxml.jackson.annotation.JsonProperty("class")
        @Override
        public String class_() {
            return class_;
        }
    }
}
