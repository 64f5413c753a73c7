package de.typwerk.cli;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.plugin.PluginEntry;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code typwerk plugins}: every plugin candidate and what became of it. Refused and failed
 * plugins are shown, not fatal: this is the command to find out why one is missing, so it exits
 * 0 even then; with {@code --strict} it exits 1 when any plugin was refused or failed.
 */
@Command(name = "plugins")
final class PluginsCommand extends EngineCommand {

    @Override
    boolean strictStart() {
        // list everything first; --strict only decides the exit code here
        return false;
    }

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lock", paramLabel = "FILE", descriptionKey = "plugins.lock")
    private Path lock;

    @Override
    int run(Typwerk engine) throws java.io.IOException {
        CliMessages m = messages();
        List<PluginEntry> entries = engine.plugins();
        if (lock != null) writeLock(entries);
        if (entries.isEmpty()) {
            out().println(m.get("plugins.none"));
            return ExitCodes.OK;
        }
        Table table = new Table(m.get("plugins.column.id"), m.get("plugins.column.version"),
                m.get("plugins.column.provides"), m.get("plugins.column.source"), m.get("plugins.column.state"));
        for (PluginEntry e : entries) {
            table.row(e.id(), e.version(), String.join(", ", e.provides()), e.source(), state(e, m));
        }
        table.print(out());
        // the reason names the first problem; the rest only when there is more to say
        for (PluginEntry e : entries) {
            if (e.problems().size() < 2) continue;
            out().println();
            out().println(m.get("plugins.problems-of", e.id()));
            for (Problem p : e.problems()) {
                out().println("  " + p);
            }
        }
        boolean anyNotLoaded = entries.stream().anyMatch(e -> !e.loaded());
        return anyNotLoaded && typwerk().strict() ? ExitCodes.FINDINGS : ExitCodes.OK;
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

    private static String state(PluginEntry e, CliMessages m) {
        return switch (e.decision()) {
            case LOADED -> m.get("plugins.state.loaded");
            case REFUSED -> m.get("plugins.state.refused", reason(e));
            case FAILED -> m.get("plugins.state.failed", reason(e));
        };
    }

    /** The reason without the source it starts with: the table shows the source in its own column. */
    private static String reason(PluginEntry e) {
        String prefix = e.source() + ": ";
        return e.reason().startsWith(prefix) ? e.reason().substring(prefix.length()) : e.reason();
    }
}
