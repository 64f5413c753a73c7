package de.typwerk.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.engine.plugin.Offer;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.plugin.ValidatedIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Build step of a plugin that ships definitions: records beside each of them that it validated
 * (see {@link ValidatedIndex}), so that the engine need not validate it again at every start.
 * Typwerk's own plugins run it (the parent POM's profile {@code typwerk-plugin}), and so do the
 * projects made from the questionnaire archetype (their POM's {@code validated-definitions} execution). Its
 * contract is the command line: {@code java [-Dtypwerk.lang=de|en] -cp <the plugin's test class path>
 * de.typwerk.engine.ValidatedDefinitions <the plugin's build output folder>}; its one line is German
 * unless {@code typwerk.lang} says {@code en}, as the test kit's messages are.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class ValidatedDefinitions {

    /**
     * The system property that sets the language of the step's line, {@code de} (the default, as the
     * test kit's messages) or {@code en}: the archetype's POM passes its {@code typwerk.lang} here, and
     * the test kit's contracts read the same property, so that one switch serves both.
     */
    public static final String LANGUAGE_PROPERTY = "typwerk.lang";

    private ValidatedDefinitions() {
    }

    /**
     * Writes a record beside each definition that the plugin in the folder {@code args[0]} (a build
     * output: {@code META-INF/typwerk/plugin.yaml} and the definitions it lists) ships, where it
     * validated without a problem, loaded from the class path as it is at run time, and one for
     * each of its strategies with a parameters schema (which passed the meta-schema check, or the
     * plugin would not have loaded); removes stale ones first. A plugin that does not load without
     * a problem gets none (its tests report why), and is checked whenever it is loaded.
     *
     * @param args the plugin's build output folder
     * @throws IOException when a file there cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path descriptor = classes.resolve(PluginDescriptor.RESOURCE);
        if (!Files.isRegularFile(descriptor)) return;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path stale : files.filter(f -> f.getFileName().toString().endsWith(ValidatedIndex.SUFFIX)).toList()) {
                Files.delete(stale);
            }
        }
        try {
            record(classes, descriptor);
        } catch (IOException | RuntimeException | LinkageError e) {
            // a build step must not fail the plugin's build: without records, its definitions are
            // validated whenever it loads, and its tests report what is wrong with it (e.g. a
            // descriptor that does not parse, or a private library on the test class path that
            // clashes with the engine's own, such as an older Jackson); a record cut short by a
            // failed write does not parse, and the engine validates that definition as before
            System.out.println("typwerk: " + new de.typwerk.engine.i18n.Messages(language())
                    .get("build.not-recorded.failed", oneLine(e)));
        }
    }

    /** What went wrong, on one line: the type, the first line of the message, and where in a file a parser was. */
    private static String oneLine(Throwable e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        String where = e instanceof JsonProcessingException json && json.getLocation() != null
                ? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() : "";
        return e.getClass().getSimpleName() + (line.isBlank() ? "" : ": " + line) + where;
    }

    /** {@code text} without the full stop it ends with, if any: what follows it in the line adds its own. */
    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The one line that says why a plugin gets no records: what the engine found first (a warning
     * counts too, such as an alternative strategy that is not on the test class path), so that the
     * author need not guess which of the plugin's messages kept the records out. A definition the
     * engine read from {@code classes} is named by its copy under {@code sources}, where the author
     * edits it, if there is one.
     */
    static String notRecorded(String id, Optional<PluginEntry> entry, Path classes, Path sources) {
        return notRecorded(id, entry, classes, sources, Locale.ENGLISH);
    }

    /** As {@link #notRecorded(String, Optional, Path, Path)}, in the language of {@code locale} (the problem as the engine said it in that language). */
    static String notRecorded(String id, Optional<PluginEntry> entry, Path classes, Path sources, Locale locale) {
        de.typwerk.engine.i18n.Messages messages = new de.typwerk.engine.i18n.Messages(locale);
        String why = entry.map(e -> e.problems().isEmpty()
                ? (e.reason().isBlank() ? "" : e.reason())
                : withoutFullStop(shown(e.problems().get(0), classes, sources, locale))
                        + (e.problems().size() > 1 ? " " + messages.get("build.and-more", e.problems().size() - 1) : "")
                        + (e.problems().get(0).code().equals("unknown-strategy") ? ". " + messages.get("build.strategy-hint") : ""))
                .orElse(messages.get("build.not-found"));
        return "typwerk: " + id + ": " + messages.get("build.not-recorded") + (why.isEmpty() ? "" : ": " + why);
    }

    /** The language of the step's line: English where {@value #LANGUAGE_PROPERTY} says {@code en}, else German. */
    static Locale language() {
        String lang = System.getProperty(LANGUAGE_PROPERTY, "");
        return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }

    /**
     * The engine's entry for the plugin in {@code classes}: by its id, or, where the engine could not
     * read its descriptor and so knows no id (a misspelt key), by the folder it was found in.
     */
    static Optional<PluginEntry> seen(String id, List<PluginEntry> plugins, Path classes) {
        String folder = ": " + classes.toAbsolutePath().normalize();
        return plugins.stream().filter(e -> e.id().equals(id)).findFirst()
                .or(() -> plugins.stream().filter(e -> e.source().endsWith(folder)).findFirst());
    }

    /** {@code path:line:col: warning: message}, in the language of the rest of the line. */
    private static String shown(de.typwerk.api.model.Problem problem, Path classes, Path sources, Locale locale) {
        String where = problem.location().toString();
        String built = classes.toAbsolutePath().normalize() + java.io.File.separator;
        if (where.startsWith(built)) {
            String entry = where.substring(built.length());
            int end = entry.indexOf(':');
            Path source = sources.resolve(end < 0 ? entry : entry.substring(0, end));
            if (Files.isRegularFile(source)) where = source + (end < 0 ? "" : entry.substring(end));
        }
        return (where.isEmpty() ? "" : where + ": ") + problem.severity().label() + ": " + problem.message(locale);
    }

    private static void record(Path classes, Path descriptor) throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(descriptor.toFile());
        String id = tree.path("id").asText();
        List<String> paths = new ArrayList<>();
        tree.path("questionnaires").forEach(p -> paths.add(p.asText()));
        Locale locale = language();
        try (Typwerk typwerk = Typwerk.builder().locale(locale).build()) {
            Optional<PluginEntry> entry = typwerk.plugins().stream().filter(e -> e.id().equals(id) && e.loaded()).findFirst();
            if (entry.isEmpty() || entry.get().severity() != Severity.INFO) {
                Optional<PluginEntry> seen = entry.isPresent() ? entry : seen(id, typwerk.plugins(), classes);
                // Maven runs the step in the project's folder, where the sources are
                System.out.println(notRecorded(id, seen, classes, Path.of("src", "main", "resources"), locale));
                return;
            }
            for (Offer strategy : entry.get().offers()) {
                if (strategy.kind() != Offer.Kind.STRATEGY || strategy.unknown()) continue;
                Optional<String> schema = typwerk.strategies().find(strategy.id()).orElseThrow().parametersSchema();
                if (schema.isEmpty()) continue;
                Path record = classes.resolve(ValidatedIndex.schemaRecordPath(strategy.provider()));
                Files.createDirectories(record.getParent());
                Files.writeString(record, ValidatedIndex.schemaRecordText(schema.get()));
            }
            for (String path : paths) {
                byte[] bytes = Files.readAllBytes(classes.resolve(path));
                String sha256 = ValidatedIndex.sha256(bytes);
                Optional<LoadedQuestionnaire> loaded = typwerk.questionnaires().stream()
                        .filter(q -> q.pluginId().equals(id) && q.contentHash().equals("sha256:" + sha256))
                        .findFirst();
                if (loaded.isEmpty()) continue;
                Map<String, String> strategies = new TreeMap<>();
                for (String strategy : ValidatedIndex.named(loaded.get().questionnaire())) {
                    strategies.put(strategy, typwerk.strategies().find(strategy).orElseThrow().version().toString());
                }
                Files.writeString(classes.resolve(path + ValidatedIndex.SUFFIX), ValidatedIndex.record(sha256, strategies,
                        loaded.get().bases().stream().map(ResolvedBase::contentHash).toList()));
            }
        }
    }

}
