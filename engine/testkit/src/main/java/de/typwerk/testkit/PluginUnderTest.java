package de.typwerk.testkit;

import de.typwerk.api.TypwerkApi;
import de.typwerk.api.model.Location;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.plugin.DescriptorReader;
import de.typwerk.engine.plugin.PluginEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One plugin, as the engine would meet it: its root (a folder such as {@code target/classes}, or a
 * jar) is put on a class loader of its own over the test's class path, and an engine is started
 * that scans it together with the test's class path (where the strategies a questionnaire names
 * live) and the extra plugins folders. A root already on the class path is found once, not twice.
 *
 * <p>Problems name a definition by the file an author edits: the copy under the source root when
 * there is one, else the file in the plugin root ({@code jar!/entry} for a jar).
 */
final class PluginUnderTest implements AutoCloseable {

    private final Path root;
    private final Path sourceRoot;
    private final List<Path> folders;
    private final Locale locale;
    private final Mappers mappers = new Mappers();
    private final KitMessages kit;
    private final Optional<FileSystem> jar;
    private final Path contents;
    private final Map<String, SourceMap> sourceMaps = new HashMap<>();
    private URLClassLoader loader;
    private Typwerk engine;

    PluginUnderTest(Path root, Path sourceRoot, List<Path> folders, Locale locale) {
        this.root = root;
        this.sourceRoot = sourceRoot;
        this.folders = List.copyOf(folders);
        this.locale = locale;
        this.kit = new KitMessages(locale);
        if (Files.isRegularFile(root)) {
            try {
                FileSystem fs = FileSystems.newFileSystem(root, (ClassLoader) null);
                this.jar = Optional.of(fs);
                this.contents = fs.getPath("/");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + root, e);
            }
        } else {
            this.jar = Optional.empty();
            this.contents = root;
        }
    }

    KitMessages kit() {
        return kit;
    }

    /** The descriptor as the engine reads it, with every problem located in it. */
    DescriptorReader.Read descriptor() {
        Path file = contents.resolve(PluginDescriptor.RESOURCE);
        String shown = shown(PluginDescriptor.RESOURCE);
        if (!Files.isRegularFile(file)) {
            String message = kit.get("descriptor.missing", PluginDescriptor.RESOURCE, root.toString());
            return new DescriptorReader.Read(Optional.empty(), List.of(Problem.error("no-descriptor", message, Location.source(shown))));
        }
        return new DescriptorReader(mappers, engine().messages()).read(shown, bytes(file));
    }

    /** Whether the engine's API version lies within the descriptor's {@code api} range. */
    Optional<String> apiMismatch(PluginDescriptor descriptor) {
        if (descriptor.api().contains(TypwerkApi.VERSION)) return Optional.empty();
        Location at = inDescriptor("/api");
        String place = at.line() > 0 ? at.source() + ":" + at.line() + ":" + at.column() : at.source();
        return Optional.of(kit.get("descriptor.api", place, descriptor.api().toString(), TypwerkApi.VERSION.toString()));
    }

    /** Where the node at {@code pointer} stands in the descriptor, with its line and column. */
    private Location inDescriptor(String pointer) {
        return new DescriptorReader(mappers, engine().messages()).locate(shown(PluginDescriptor.RESOURCE),
                bytes(contents.resolve(PluginDescriptor.RESOURCE)), pointer);
    }

    /**
     * Every problem of every definition the descriptor lists: read strictly and validated against
     * the strategies the engine has loaded, each located in the file an author edits.
     */
    List<Problem> definitionProblems(PluginDescriptor descriptor) {
        List<Problem> problems = new ArrayList<>();
        List<String> listed = descriptor.questionnaires();
        for (int i = 0; i < listed.size(); i++) {
            String entry = listed.get(i);
            Path file = contents.resolve(entry);
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error("definition-missing", kit.get("definition.missing", entry),
                        inDescriptor("/questionnaires/" + i)));
                continue;
            }
            // the engine's own check: a variant is resolved against the loaded questionnaires
            problems.addAll(engine().validate(new DefinitionSource(shown(entry), bytes(file))));
        }
        return problems;
    }

    /** The engine's report line for this plugin, found by the descriptor's id. */
    Optional<PluginEntry> entry(String pluginId) {
        return engine().plugins().stream().filter(e -> e.id().equals(pluginId)).findFirst();
    }

    /** The questionnaires the engine loaded from this plugin. */
    List<LoadedQuestionnaire> questionnaires(String pluginId) {
        return engine().questionnaires().stream().filter(q -> q.pluginId().equals(pluginId)).toList();
    }

    /**
     * Where the node at {@code pointer} of a loaded questionnaire stands, as {@code file:line:col};
     * the definition's name alone when it did not come from a file (a {@code QuestionnaireProvider}).
     */
    String place(LoadedQuestionnaire questionnaire, String pointer) {
        // a variant's pointers are into the resolved questionnaire, not into its own file
        if (questionnaire.isVariant()) return questionnaire.source() + " (" + pointer + ")";
        SourceMap map = sourceMaps.computeIfAbsent(questionnaire.source(), this::sourceMap);
        Location at = map.locate(pointer);
        return at.line() > 0 ? at.toString() : at.source() + " (" + pointer + ")";
    }

    private SourceMap sourceMap(String entry) {
        Path file = contents.resolve(entry);
        if (!Files.isRegularFile(file)) return SourceMap.empty(entry);
        return new DefinitionReader(mappers, engine().messages()).read(new DefinitionSource(shown(entry), bytes(file))).sourceMap();
    }

    Typwerk engine() {
        if (engine == null) {
            try {
                loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, parentLoader());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable plugin root: " + root, e);
            }
            engine = Typwerk.builder().classPathLoader(loader).pluginsFrom(folders).locale(locale).build();
        }
        return engine;
    }

    /**
     * {@code text} from the engine (a refusal, a problem), where it names a file of a plugin root
     * folder by its absolute path, naming the source an author edits instead, if there is one
     * ({@code target/classes/questionnaires/x.yaml} becomes {@code src/main/resources/questionnaires/x.yaml}).
     */
    String inSources(String text) {
        if (jar.isPresent()) return text;
        String prefix = root.toAbsolutePath().normalize() + java.io.File.separator;
        StringBuilder named = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, from)) {
            int end = at + prefix.length();
            while (end < text.length() && text.charAt(end) != ':' && !Character.isWhitespace(text.charAt(end))) end++;
            String entry = text.substring(at + prefix.length(), end);
            named.append(text, from, at).append(Files.isRegularFile(sourceRoot.resolve(entry))
                    ? sourceRoot.resolve(entry).toString() : text.substring(at, end));
            from = end;
        }
        return named.append(text.substring(from)).toString();
    }

    /** How problems name {@code entry}: the source an author edits if there is one. */
    private String shown(String entry) {
        if (jar.isPresent()) return root + "!/" + entry;
        Path source = sourceRoot.resolve(entry);
        return (Files.isRegularFile(source) ? source : root.resolve(entry)).toString();
    }

    private static ClassLoader parentLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : PluginUnderTest.class.getClassLoader();
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void close() {
        if (engine != null) engine.close();
        try {
            if (loader != null) loader.close();
            if (jar.isPresent()) jar.get().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
