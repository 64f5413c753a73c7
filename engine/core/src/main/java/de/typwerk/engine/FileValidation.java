package de.typwerk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.api.model.Location;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.api.spi.QuestionnaireProvider;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.DescriptorReader;
import de.typwerk.engine.plugin.PluginPlatform;
import de.typwerk.engine.scoring.Scoring;
import de.typwerk.engine.strategy.PluginOrigin;
import de.typwerk.engine.strategy.StrategyCatalog;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.definition.JsonPointers;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.engine.validation.Validator;
import de.typwerk.engine.variant.ResolvedDefinition;
import de.typwerk.engine.variant.VariantLinker;
import de.typwerk.engine.variant.VariantResolver;
import de.typwerk.api.TypwerkApi;
import de.typwerk.engine.validation.SchemaCheck;
import de.typwerk.engine.validation.SchemaDefaults;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Validates what a user points at: a definition file, a folder of them, or a plugin jar. Every
 * problem names its file as the user gave it (a relative path stays relative), so the output reads
 * like a compiler's. A variant is resolved against the definitions beside it (in the same folder
 * or jar, which win over a loaded copy of the same version) and the loaded questionnaires, and
 * validated as a whole.
 */
final class FileValidation {

    private static final Path DESCRIPTOR = Path.of("META-INF", "typwerk", "plugin.yaml");

    /** Problems in file order, then by position, so output is the same on every machine. */
    static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location().source())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(p -> p.location().pointer())
            .thenComparing((Problem p) -> p.message());

    private final Messages messages;
    private final DefinitionReader reader;
    private final Validator validator;
    private final DescriptorReader descriptors;
    private final StrategyCatalog loaded;
    private final Mappers mappers;
    private final PluginPlatform platform;
    private final VariantResolver variants;
    private final StrategyRunner runner;

    @Inject
    FileValidation(Messages messages, DefinitionReader reader, Validator validator, DescriptorReader descriptors,
                   StrategyCatalog loaded, Mappers mappers, PluginPlatform platform, VariantResolver variants,
                   StrategyRunner runner) {
        this.runner = runner;
        this.messages = messages;
        this.reader = reader;
        this.validator = validator;
        this.descriptors = descriptors;
        this.loaded = loaded;
        this.mappers = mappers;
        this.platform = platform;
        this.variants = variants;
    }

    /**
     * @param loaded the loaded questionnaires, which a variant may extend
     * @param owners by {@code id@version} of each loaded questionnaire, the plugin that provides it,
     *               which loading would refuse a jar of another plugin with the same questionnaire for
     * @param strategyOwners by id of each loaded strategy, the plugin that provides it, which loading
     *               would refuse a jar of another plugin with a strategy of the same id for
     */
    List<Problem> validate(Path path, List<ResolvedDefinition> loaded, Map<String, Owner> owners,
                           Map<String, Owner> strategyOwners) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.exists(path)) {
            problems.add(error("not-found", messages.get("validate.not-found"), path.toString()));
        } else if (Files.isDirectory(path)) {
            // a plugin's classes folder (a project's target/classes): its code, as the jar's would be
            PluginPlatform.StrategyTrial code = code(path, problems);
            List<Path> files;
            try {
                StrategyCatalog strategies = code == null ? this.loaded : new OwnFirst(code.strategies(), this.loaded);
                Batch batch = code == null ? new Batch(validator, this.loaded)
                        : new Batch(new Validator(messages, strategies, mappers), strategies);
                files = definitionFiles(path, problems);
                for (Path file : files) {
                    problems.addAll(file(file, editedCopy(path, file), true, batch));
                }
                // what its questionnaire providers yield, as loading reads it
                if (code != null) code.definitions().forEach(definition -> problems.addAll(batch.definition(definition)));
                problems.addAll(pluginFolder(path, code, batch, owners, strategyOwners));
                problems.addAll(batch.variants(loaded));
            } finally {
                if (code != null) code.close();
            }
            // a plugins folder: every jar in it, as the engine would load them
            List<Path> jars = jars(path, problems);
            Set<String> names = new HashSet<>();
            jars.forEach(jar -> names.add(jar.getFileName().toString()));
            List<Path> plugins = new ArrayList<>();
            for (Path jar : jars) {
                Optional<String> twin = PluginPlatform.shadedTwin(jar.getFileName().toString(), names);
                if (twin.isPresent()) {
                    problems.add(Problem.warning("shade-original", messages.get("validate.shade-original", twin.get()),
                            Location.source(jar.toString())));
                    continue;
                }
                plugins.add(jar);
            }
            problems.addAll(jars(plugins, path, loaded, owners, strategyOwners));
            if (files.isEmpty() && jars.isEmpty()) {
                // nothing checked is not "no problems": a wrong folder must not pass as clean
                problems.add(Problem.warning("no-definitions", messages.get("validate.no-definitions"),
                        Location.source(path.toString())));
            }
        } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
            problems.addAll(jars(List.of(path), null, loaded, owners, strategyOwners));
        } else {
            Batch batch = new Batch(validator, this.loaded);
            problems.addAll(file(path, false, batch));
            problems.addAll(batch.variants(loaded));
        }
        problems.sort(ORDER);
        return problems;
    }

    /** One definition given as bytes; a variant is resolved against {@code loaded}. */
    List<Problem> validate(DefinitionSource definition, List<ResolvedDefinition> loaded) {
        Batch batch = new Batch(validator, this.loaded);
        List<Problem> problems = new ArrayList<>(batch.definition(definition));
        problems.addAll(batch.variants(loaded));
        problems.sort(ORDER);
        return problems;
    }

    /**
     * The definitions of one run: validated as they come, except variants, which wait until every
     * definition beside them has been read, since one of those may be their base.
     */
    private final class Batch {

        private final Validator validator;
        private final StrategyCatalog strategies;
        private final List<ResolvedDefinition> ready = new ArrayList<>();
        private final List<VariantLinker.Pending> pending = new ArrayList<>();
        /** Each definition read, by its {@code id@version}, with where its {@code id} stands: the first of each. */
        private final Map<String, Location> read = new java.util.LinkedHashMap<>();

        Batch(Validator validator, StrategyCatalog strategies) {
            this.validator = validator;
            this.strategies = strategies;
        }

        List<Problem> definition(DefinitionSource source) {
            DefinitionRead read = reader.read(source);
            if (read.ok()) this.read.putIfAbsent(read.questionnaire().orElseThrow().coordinates(), read.sourceMap().locate("/id"));
            if (read.ok() && read.questionnaire().orElseThrow().isVariant()) {
                // one owner: two variants of one id beside each other are versions of one plugin
                pending.add(new VariantLinker.Pending(read, ""));
                return List.of();
            }
            List<Problem> problems = new ArrayList<>(read.problems());
            if (!read.ok()) return pastProblems(read);
            if (read.ok()) {
                problems.addAll(validator.validate(read.questionnaire().orElseThrow(), read.sourceMap()));
                if (problems.stream().noneMatch(Problem::isError)) {
                    problems.addAll(preparation(read.questionnaire().orElseThrow(), read.sourceMap()::locate));
                }
                if (problems.stream().noneMatch(Problem::isError)) ready.add(ResolvedDefinition.of(read, problems));
            }
            return problems;
        }

        /**
         * A definition that does not bind: every unknown key, wrong value and wrong type at once
         * and, where it binds without its unknown keys, what validating the rest finds, so that an
         * author need not fix one round to meet the next. It stays refused (loading refuses it for
         * the first problem).
         */
        private List<Problem> pastProblems(DefinitionRead read) {
            DefinitionReader.PastProblems past = reader.pastProblems(read);
            List<Problem> problems = new ArrayList<>(past.problems());
            // a variant is validated as resolved against its base, which needs a definition that reads
            past.questionnaire().filter(q -> !q.isVariant()).ifPresent(q -> validator.validate(q, read.sourceMap())
                    .forEach(p -> problems.add(p.withLocation(read.sourceMap().locate(past.inFile(p.location().pointer()))))));
            problems.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
            return problems;
        }

        /**
         * What the engine meets when it starts with this definition: each strategy it offers,
         * prepared for it. A strategy whose {@code prepare} throws would fail every response
         * while its plugin shows as loaded, so it is named here, where its author checks: an
         * error for the definition's own strategy, a warning for an alternative.
         */
        private List<Problem> preparation(Questionnaire questionnaire, Function<String, Location> locate) {
            Optional<ScoringSpec> spec = questionnaire.scoring();
            if (spec.isEmpty()) return List.of();
            List<Problem> problems = new ArrayList<>();
            for (String id : Scoring.offered(spec.get())) {
                Optional<ScoringStrategy<?>> strategy = strategies.find(id);
                if (strategy.isEmpty()) continue;
                boolean own = id.equals(spec.get().strategy());
                Location at = locate.apply(own ? "/scoring/strategy" : "/scoring/alternatives/" + JsonPointers.escape(id));
                runner.prepare(strategy.get(), questionnaire).failure().ifPresent(failed -> failed.problems().forEach(p -> {
                    // the author of the definition (or of the strategy) reads it here: say what to change
                    String message = p.code().equals("strategy-failed")
                            ? p.message() + " " + messages.get("validate.prepare-failed.advice") : p.message();
                    problems.add(own ? Problem.error(p.code(), message, at) : Problem.warning(p.code(), message, at));
                }));
            }
            return problems;
        }

        /** Resolves the variants against what was read beside them, then against {@code loaded}. */
        List<Problem> variants(List<ResolvedDefinition> loaded) {
            if (pending.isEmpty()) return List.of();
            List<ResolvedDefinition> bases = new ArrayList<>(ready);
            Set<String> here = new HashSet<>();
            ready.forEach(r -> here.add(r.questionnaire().coordinates()));
            pending.forEach(p -> here.add(p.read().questionnaire().orElseThrow().coordinates()));
            loaded.stream().filter(l -> !here.contains(l.questionnaire().coordinates())).forEach(bases::add);
            List<Problem> problems = new ArrayList<>();
            List<VariantLinker.Linked> linked = new VariantLinker(variants.with(validator), messages).link(bases, pending);
            for (int i = 0; i < linked.size(); i++) {
                problems.addAll(linked.get(i).problems());
                if (linked.get(i) instanceof VariantLinker.Linked.Resolved resolved) {
                    // the engine prepares a variant's strategies too; what throws is the variant's author's to see
                    problems.addAll(preparation(resolved.definition().questionnaire(),
                            inVariant(resolved.definition(), pending.get(i).read().sourceMap())));
                }
            }
            return problems;
        }

        /**
         * Where a problem of a resolved variant stands: in the variant's file where the variant wrote
         * that part of its scoring, else at its {@code extends}, since the base's file is fine on its own.
         */
        private static Function<String, Location> inVariant(ResolvedDefinition variant, SourceMap own) {
            return pointer -> {
                Location at = variant.sourceMap().locate(pointer);
                return at.source().equals(variant.source()) ? at : own.locate("/extends");
            };
        }
    }

    /**
     * Every {@code .yaml}, {@code .yml} and {@code .json} below {@code folder}, sorted; build output
     * ({@code target/}) and hidden folders ({@code .git/}) are not sources, so they are skipped.
     */
    private List<Path> definitionFiles(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            // a folder named by a link (a deployment's current -> releases/7) is walked where it leads,
            // its files named by the link as given; below it, links to folders are not followed
            Path root = Files.isSymbolicLink(folder) && Files.isDirectory(folder) ? folder.toRealPath() : folder;
            Function<Path, Path> shown = root == folder ? Function.identity() : p -> folder.resolve(root.relativize(p).toString());
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (name.equals("target") || name.startsWith("."));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!Mappers.isDefinitionName(file.getFileName().toString())) return FileVisitResult.CONTINUE;
                    // a link to a definition is checked as the definition (the walk itself does not
                    // follow links, so that a link to a folder above cannot make it go round)
                    if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        files.add(shown.apply(file));
                    } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                        problems.add(error("unreadable", messages.get("validate.link-leads-nowhere"), shown.apply(file).toString()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(error("unreadable", messages.get("validate.unreadable", Failures.io(e, messages)),
                            shown.apply(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(error("unreadable", messages.get("validate.unreadable", Failures.io(e, messages)),
                    folder.toString()));
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /**
     * The strategies of a folder holding a plugin's descriptor ({@code META-INF/typwerk/plugin.yaml})
     * and compiled classes, such as a project's {@code target/classes}, created from it in a class
     * loader of their own as a jar's are, their problems added to {@code problems}; null for any
     * other folder (its {@code src/main/resources}, whose services file names classes that are
     * elsewhere) and for one whose descriptor does not read (its problems are the descriptor's).
     */
    private PluginPlatform.StrategyTrial code(Path folder, List<Problem> problems) {
        Path descriptor = folder.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptor) || !holdsClasses(folder)) return null;
        byte[] bytes;
        try {
            bytes = Mappers.readBounded(descriptor);
        } catch (IOException e) {
            return null; // reading the folder's files reports it
        }
        Optional<PluginDescriptor> plugin = descriptors.read(descriptor.toString(), bytes).descriptor();
        if (plugin.isEmpty()) return null;
        PluginPlatform.StrategyTrial trial = platform.trial(folder, plugin.get().id(), folder.toString());
        problems.addAll(trial.problems());
        trial.strategies().forEach((id, strategy) -> schemaProblem(id, strategy)
                .ifPresent(message -> problems.add(Problem.error("invalid-schema", message, Location.source(folder.toString())))));
        unkeptDefaults(trial, folder.toString(), problems);
        return trial;
    }

    /**
     * For a folder holding a plugin's descriptor (a project's {@code target/classes} or
     * {@code src/main/resources}), what loading its jar would check of the plugin as a whole: the
     * reserved id prefix, every listed definition there, that it provides something, and that no
     * loaded plugin of another id has one of its questionnaires or strategies already.
     */
    private List<Problem> pluginFolder(Path folder, PluginPlatform.StrategyTrial code, Batch batch,
                                       Map<String, Owner> owners, Map<String, Owner> strategyOwners) {
        Path descriptor = folder.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptor)) return List.of();
        String source = descriptor.toString();
        byte[] bytes;
        try {
            bytes = Mappers.readBounded(descriptor);
        } catch (IOException e) {
            return List.of(); // reading the folder's files reports it
        }
        Optional<PluginDescriptor> read = descriptors.read(source, bytes).descriptor();
        if (read.isEmpty()) return List.of(); // the descriptor's own problems are reported as a file of the folder
        PluginDescriptor plugin = read.get();
        List<Problem> problems = new ArrayList<>();
        reservedId(plugin.id(), source, bytes).ifPresent(problems::add);
        Set<String> listed = new HashSet<>();
        List<String> paths = plugin.questionnaires();
        for (int i = 0; i < paths.size(); i++) {
            Path file = folder.resolve(paths.get(i));
            listed.add(file.toString());
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error("definition-missing", missingInFolder(folder, paths.get(i)),
                        descriptors.locate(source, bytes, "/questionnaires/" + i)));
            }
        }
        boolean registers = Files.exists(folder.resolve("META-INF/services/" + ScoringStrategy.class.getName()))
                || Files.exists(folder.resolve("META-INF/services/" + QuestionnaireProvider.class.getName()));
        if (paths.isEmpty() && !registers) {
            problems.add(Problem.warning("provides-nothing", messages.get("plugin.provides-nothing", plugin.id())
                    + de.typwerk.engine.plugin.Registrations.hint(folder, messages), descriptors.locate(source, bytes, "/id")));
        }
        if (code != null) code.definitions().forEach(d -> listed.add(d.name()));
        // loading refuses a plugin for a questionnaire or strategy that a loaded plugin of another id has
        batch.read.forEach((coordinates, at) -> {
            Owner owner = owners.get(coordinates);
            if (listed.contains(at.source()) && owner != null && !owner.pluginId().equals(plugin.id())) {
                problems.add(Problem.error("duplicate-questionnaire", messages.get("validate.loaded-questionnaire.folder",
                        coordinates, owner.pluginId(), owner.shown(messages), plugin.id()), at));
            }
        });
        if (code != null) {
            for (String id : code.strategies().keySet()) {
                Owner owner = strategyOwners.get(id);
                if (owner != null && !owner.pluginId().equals(plugin.id())) {
                    problems.add(Problem.error("duplicate-strategy", messages.get("validate.loaded-strategy.folder", id,
                            owner.pluginId(), owner.shown(messages), plugin.id()), Location.source(folder.toString())));
                }
            }
        }
        return problems;
    }

    /** The definition {@code path} that {@code folder} lacks, with the one meant if it is near, else the definitions it has. */
    private String missingInFolder(Path folder, String path) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).forEach(names::add);
        } catch (IOException | RuntimeException e) {
            // nothing to suggest
        }
        return missingDefinition("validate.definition-missing.folder", path, names.stream());
    }

    /**
     * The message for the definition {@code path} a plugin's descriptor lists and its jar or folder
     * lacks: with the one meant if it is near among the definitions there (of the file {@code names},
     * those outside META-INF that end as definitions do), else up to five of those.
     *
     * @param key the message's key for the jar or the folder; {@code .suggest} and {@code .present} follow it
     */
    private String missingDefinition(String key, String path, Stream<String> names) {
        List<String> present = names.filter(n -> !n.startsWith("META-INF/") && Mappers.isDefinitionName(n)).sorted().toList();
        Optional<String> near = NearMiss.among(path, present);
        if (near.isPresent()) return messages.get(key + ".suggest", path, near.get());
        if (present.isEmpty()) return messages.get(key, path);
        return messages.get(key + ".present", path,
                String.join(", ", present.subList(0, Math.min(present.size(), 5))) + (present.size() > 5 ? ", …" : ""));
    }

    /** The warning for a plugin id with the prefix reserved for Typwerk's own plugins, at the descriptor's {@code id}. */
    private Optional<Problem> reservedId(String id, String source, byte[] descriptor) {
        if (!id.startsWith(PluginPlatform.RESERVED_PREFIX)) return Optional.empty();
        return Optional.of(Problem.warning("reserved-id", messages.get("validate.reserved-id", id, PluginPlatform.RESERVED_PREFIX),
                descriptors.locate(source, descriptor, "/id")));
    }

    /** Whether a compiled class lies anywhere below {@code folder}. */
    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f));
        } catch (IOException | RuntimeException e) {
            return false; // not walkable: reading its files says why
        }
    }

    /** The {@code *.jar} files directly in {@code folder}, by name, as a plugins folder is read. */
    private List<Path> jars(Path folder, List<Problem> problems) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(error("unreadable", messages.get("validate.unreadable", Failures.io(e, messages)),
                    folder.toString()));
            return List.of();
        }
    }

    /**
     * A definition file, or a plugin descriptor if it sits where descriptors sit. An answers file
     * ({@code questionnaire:} at the top, no {@code id:}) is not a definition: met in a folder it is
     * passed over (a questionnaire module keeps its persona answers beside its definition); named
     * on its own it is one problem saying which command checks answers.
     */
    private List<Problem> file(Path file, boolean foundInFolder, Batch batch) {
        return file(file, file.toString(), foundInFolder, batch);
    }

    /**
     * The name a file of the folder {@code folder} is reported by: for a Maven project's
     * {@code target/classes}, the file under {@code src/main/resources} its build copied there, where
     * that holds the same bytes (so every line and column is the same), since that is the file its
     * author edits; else, and for any other folder, the file's own path.
     */
    private static String editedCopy(Path folder, Path file) {
        Path classes = folder.normalize();
        int names = classes.getNameCount();
        if (names < 2 || !classes.getName(names - 1).toString().equals("classes")
                || !classes.getName(names - 2).toString().equals("target")) {
            return file.toString();
        }
        Path project = classes.getParent().getParent();
        Path resources = (project == null ? Path.of("src") : project.resolve("src")).resolve("main").resolve("resources");
        try {
            Path source = resources.resolve(folder.relativize(file).toString());
            return Files.isRegularFile(source) && Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(file))
                    ? source.toString() : file.toString();
        } catch (IOException | RuntimeException e) {
            return file.toString(); // no source to name: the copy's own path
        }
    }

    /** {@link #file(Path, boolean, Batch)}, its problems at {@code source}. */
    private List<Problem> file(Path file, String source, boolean foundInFolder, Batch batch) {
        byte[] bytes;
        try {
            // one byte over the limit is enough to report the file as too large
            bytes = Mappers.readBounded(file);
        } catch (IOException e) {
            return List.of(error("unreadable", messages.get("validate.unreadable", Failures.io(e, messages)), source));
        }
        if (bytes.length > Mappers.MAX_DOCUMENT_BYTES) {
            // with the file's own size, not the one byte over the limit that was read
            java.util.OptionalLong size = Mappers.sizeOf(file);
            return List.of(error("too-large", size.isPresent()
                    ? messages.get("definition.tooLarge", size.getAsLong(), Mappers.MAX_DOCUMENT_BYTES)
                    : messages.get("definition.tooLarge.stream", Mappers.MAX_DOCUMENT_BYTES), source));
        }
        if (file.endsWith(DESCRIPTOR) || isOwnDescriptorCopy(file)) {
            DescriptorReader.Read read = descriptors.read(source, bytes);
            List<Problem> problems = new ArrayList<>(read.problems());
            // what admission checks of it, as for the descriptor in a jar
            read.descriptor().filter(found -> !found.api().contains(TypwerkApi.VERSION)).ifPresent(found -> problems.add(
                    Problem.error("api-range", messages.get(PluginPlatform.wantsLaterApi(found.api()) ? "validate.api-later"
                            : "validate.api-range", found.id(), found.api().toString(),
                            TypwerkApi.VERSION.toString(), PluginPlatform.admittingRange()),
                            descriptors.locate(source, bytes, "/api"))));
            return problems;
        }
        if (isAnswers(source, bytes)) {
            // passed over in a folder; named on its own, it is most likely a person checking their answers
            return foundInFolder ? List.of() : List.of(Problem.error("answers-file",
                    messages.get("validate.answers-file", source), new Location(source, 1, 1, "")));
        }
        return batch.definition(new DefinitionSource(source, bytes));
    }

    /**
     * The copy of a descriptor a plugin's build puts under {@code META-INF/typwerk/plugins/<name>/}
     * for uber jars (a project from the archetypes has it in {@code target/classes}): a descriptor,
     * not a definition.
     */
    private static boolean isOwnDescriptorCopy(Path file) {
        Path name = file.getParent();
        Path plugins = name == null ? null : name.getParent();
        return file.getFileName().toString().equals(DESCRIPTOR.getFileName().toString())
                && plugins != null && plugins.endsWith(Path.of(PluginDescriptor.OWN_RESOURCES));
    }

    private boolean isAnswers(String source, byte[] bytes) {
        try {
            JsonNode root = mappers.forDocument(source, bytes).readTree(bytes);
            return root != null && root.isObject() && root.has("questionnaire") && !root.has("id");
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: the definition reader says why
        }
    }

    /**
     * Plugin jars, checked as the engine loads them from one folder: the strategies of every jar
     * are there when any definition is validated (each jar's own first), a variant finds its base
     * in another of the jars, and of two jars with one plugin id or one questionnaire the second is
     * reported, since loading refuses it; so is a jar with a questionnaire or a strategy id that a
     * loaded plugin of another id provides already (one of Typwerk's own, say), and the second of
     * two jars with one strategy id. A strategy a definition names that none of them provides and
     * no loaded plugin either gets a note saying where its plugin's jar goes: into {@code folder},
     * the plugins folder checked, or, for one jar checked alone ({@code folder} null), beside it.
     */
    private List<Problem> jars(List<Path> jars, Path folder, List<ResolvedDefinition> loaded, Map<String, Owner> owners,
                               Map<String, Owner> strategyOwners) {
        List<Problem> problems = new ArrayList<>();
        List<JarCheck> checks = new ArrayList<>();
        try {
            Map<String, ScoringStrategy<?>> provided = new java.util.LinkedHashMap<>();
            for (Path jar : jars) {
                JarCheck check = new JarCheck(jar);
                checks.add(check);
                problems.addAll(check.open());
                if (check.trial != null) check.trial.strategies().forEach(provided::putIfAbsent);
            }
            // a definition naming a strategy that none has names the jars that provide nothing, as loading does
            // (in words for jars that were checked, not loaded)
            List<String> empty = checks.stream().filter(c -> c.providesNothing)
                    .map(c -> c.plugin.id() + " (" + c.source + ")").toList();
            String nowhere = folder != null ? messages.get("validate.strategy-in-no-jar", folder)
                    : messages.get("validate.strategy-not-in-jar");
            StrategyCatalog around = new Noting(new OwnFirst(provided, this.loaded), " " + (empty.isEmpty() ? nowhere
                    : messages.get("validate.provides-nothing-note", String.join("; ", empty))));
            Map<String, String> pluginIds = new HashMap<>();
            Map<String, String> questionnaires = new HashMap<>();
            Map<String, String> strategyIds = new HashMap<>();
            for (JarCheck check : checks) {
                if (check.plugin == null) continue;
                // only a jar that admission lets in takes its id, and only one that loads takes its questionnaires
                String firstWithId = check.admitted ? pluginIds.putIfAbsent(check.plugin.id(), check.source) : null;
                if (firstWithId != null) {
                    problems.add(Problem.error("duplicate-plugin", messages.get("validate.duplicate-plugin",
                            check.plugin.id(), firstWithId), Location.source(check.descriptorSource)));
                }
                if (firstWithId == null && check.admitted) problems.addAll(takenStrategyIds(check, strategyIds, strategyOwners));
                StrategyCatalog strategies = new OwnFirst(check.trial.strategies(), around);
                List<Problem> found = check.definitions(new Validator(messages, strategies, mappers), strategies);
                problems.addAll(found);
                // a second copy of a plugin is refused for its id: that is the one thing to say about it
                if (firstWithId != null || !check.admitted || found.stream().anyMatch(Problem::isError)) continue;
                String pluginId = check.plugin.id();
                check.batch.read.forEach((coordinates, at) -> {
                    String first = questionnaires.putIfAbsent(coordinates, at.source());
                    Owner owner = owners.get(coordinates);
                    if (first != null) {
                        problems.add(Problem.error("duplicate-questionnaire", messages.get("validate.duplicate-questionnaire",
                                coordinates, first), at));
                    } else if (owner != null && !owner.pluginId().equals(pluginId)) {
                        // the same plugin loaded (this very jar, installed) is no clash; another is
                        problems.add(Problem.error("duplicate-questionnaire", messages.get("validate.loaded-questionnaire",
                                coordinates, owner.pluginId(), owner.shown(messages)), at));
                    }
                });
            }
            for (JarCheck check : checks) {
                if (check.batch == null) continue;
                // the other jars' definitions, then the loaded ones of other coordinates
                List<ResolvedDefinition> bases = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (JarCheck other : checks) {
                    if (other == check || other.batch == null) continue;
                    other.batch.ready.forEach(r -> {
                        if (seen.add(r.questionnaire().coordinates())) bases.add(r);
                    });
                }
                loaded.stream().filter(l -> !seen.contains(l.questionnaire().coordinates())).forEach(bases::add);
                // a base that no jar here provides, nor a loaded plugin: where its jar goes, as for a strategy
                String baseNote = " " + (folder != null ? messages.get("validate.base-in-no-jar", folder)
                        : messages.get("validate.base-not-in-jar"));
                check.batch.variants(bases).forEach(p -> problems.add(!p.isError() || !p.code().equals("unknown-base") ? p
                        : new Problem(p.severity(), p.code(), p.message() + (p.message().endsWith(".") || p.message().endsWith("?")
                                ? "" : ".") + baseNote, p.location())));
            }
        } finally {
            checks.forEach(JarCheck::close);
        }
        return problems;
    }

    /**
     * The strategy ids of a jar that an earlier jar of the folder or a loaded plugin of another id
     * has taken, as loading refuses the jar for them (one strategy per id).
     */
    private List<Problem> takenStrategyIds(JarCheck check, Map<String, String> strategyIds, Map<String, Owner> strategyOwners) {
        List<Problem> problems = new ArrayList<>();
        for (String id : check.trial.strategies().keySet()) {
            String first = strategyIds.putIfAbsent(id, check.source);
            Owner owner = strategyOwners.get(id);
            if (first != null) {
                problems.add(Problem.error("duplicate-strategy", messages.get("validate.duplicate-strategy", id, first),
                        Location.source(check.source)));
            } else if (owner != null && !owner.pluginId().equals(check.plugin.id())) {
                // the same plugin loaded (this very jar, installed) is no clash; another is
                problems.add(Problem.error("duplicate-strategy", messages.get("validate.loaded-strategy", id,
                        owner.pluginId(), owner.shown(messages)), Location.source(check.source)));
            }
        }
        return problems;
    }

    /** One plugin jar: its descriptor, what admission checks, its strategies, then its definitions. */
    private final class JarCheck {

        private final Path jar;
        private final String source;
        private String descriptorSource;
        private byte[] descriptorBytes;
        private ZipFile zip;
        private PluginDescriptor plugin;
        private PluginPlatform.StrategyTrial trial;
        private Batch batch;
        private boolean admitted;
        private boolean providesNothing;

        JarCheck(Path jar) {
            this.jar = jar;
            this.source = jar.toString();
        }

        /** The descriptor, the API range, the reserved prefix, and the jar's strategies (created in a loader of their own). */
        List<Problem> open() {
            List<Problem> problems = new ArrayList<>();
            try {
                zip = new ZipFile(jar.toFile());
                Optional<String> twice = de.typwerk.engine.plugin.JarEntries.twice(zip);
                if (twice.isPresent()) {
                    problems.add(error("corrupt", messages.get("validate.corrupt", messages.get("plugin.reason.entry-twice", twice.get())), source));
                    return problems;
                }
                // as loading refuses it, unread
                Optional<String> tooLarge = de.typwerk.engine.plugin.JarEntries.tooLarge(zip, messages);
                if (tooLarge.isPresent()) {
                    problems.add(error("corrupt", messages.get("validate.corrupt", tooLarge.get()), source));
                    return problems;
                }
                Optional<byte[]> descriptor = entry(zip, PluginDescriptor.RESOURCE);
                if (descriptor.isEmpty()) {
                    problems.add(error("no-descriptor", messages.get("validate.no-descriptor", PluginDescriptor.RESOURCE), source));
                    return problems;
                }
                descriptorSource = source + "!/" + PluginDescriptor.RESOURCE;
                descriptorBytes = descriptor.get();
                DescriptorReader.Read read = descriptors.read(descriptorSource, descriptor.get());
                problems.addAll(read.problems());
                if (read.descriptor().isEmpty()) return problems;
                PluginDescriptor found = read.descriptor().get();
                Location at = Location.source(descriptorSource);
                // what admission checks, before any of the plugin's code runs
                admitted = found.api().contains(TypwerkApi.VERSION);
                if (!admitted) {
                    problems.add(Problem.error("api-range", messages.get(PluginPlatform.wantsLaterApi(found.api())
                            ? "validate.api-later" : "validate.api-range", found.id(),
                            found.api().toString(), TypwerkApi.VERSION.toString(), PluginPlatform.admittingRange()),
                            descriptors.locate(descriptorSource, descriptor.get(), "/api")));
                }
                reservedId(found.id(), descriptorSource, descriptor.get()).ifPresent(problems::add);
                // the jar's own strategies count, so that an author can check a plugin before installing it
                trial = platform.trial(jar, found.id(), source);
                problems.addAll(trial.problems());
                trial.strategies().forEach((id, strategy) -> schemaProblem(id, strategy)
                        .ifPresent(message -> problems.add(Problem.error("invalid-schema", message, Location.source(source)))));
                unkeptDefaults(trial, source, problems);
                // a strategy plugin whose services file went missing would load and give nothing
                if (found.questionnaires().isEmpty() && trial.strategies().isEmpty() && trial.problems().isEmpty()
                        && zip.getEntry("META-INF/services/" + QuestionnaireProvider.class.getName()) == null) {
                    problems.add(Problem.warning("provides-nothing", messages.get("plugin.provides-nothing", found.id())
                            + de.typwerk.engine.plugin.Registrations.hint(zip, messages), at));
                    providesNothing = true;
                }
                plugin = found;
            } catch (IOException e) {
                problems.add(error("corrupt", messages.get("validate.corrupt", Failures.describe(e, messages)), source));
            }
            return problems;
        }

        /** Every definition the descriptor lists, then those its questionnaire providers yield, validated against {@code validator}; variants wait. */
        List<Problem> definitions(Validator validator, StrategyCatalog strategies) {
            List<Problem> problems = new ArrayList<>();
            batch = new Batch(validator, strategies);
            List<String> paths = plugin.questionnaires();
            try {
                for (int i = 0; i < paths.size(); i++) {
                    Optional<byte[]> bytes = entry(zip, paths.get(i));
                    if (bytes.isEmpty()) {
                        problems.add(Problem.error("definition-missing", missing(paths.get(i)),
                                descriptors.locate(descriptorSource, descriptorBytes, "/questionnaires/" + i)));
                    } else {
                        problems.addAll(batch.definition(new DefinitionSource(source + "!/" + paths.get(i), bytes.get())));
                    }
                }
            } catch (IOException e) {
                problems.add(error("corrupt", messages.get("validate.corrupt", Failures.describe(e, messages)), source));
            }
            // then what its questionnaire providers yield, as loading reads them
            trial.definitions().forEach(definition -> problems.addAll(batch.definition(definition)));
            return problems;
        }

        /** The definition {@code path} the jar lacks, with the one meant if it is near, else the definitions the jar has. */
        private String missing(String path) {
            return missingDefinition("validate.definition-missing", path,
                    zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName));
        }

        void close() {
            if (trial != null) trial.close();
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // read only: nothing is lost
                }
            }
        }
    }

    /**
     * A warning for each default a strategy's parameters schema names that its parameter type does
     * not keep: the engine never fills one in, so a definition that leaves the key out would hand
     * the strategy {@code null} (or be refused) where the schema promised the default.
     */
    private void unkeptDefaults(PluginPlatform.StrategyTrial trial, String source, List<Problem> problems) {
        trial.strategies().forEach((id, strategy) -> SchemaDefaults.unkept(id, strategy, mappers.json(), messages)
                .forEach(message -> problems.add(Problem.warning("schema-default", message, Location.source(source)))));
    }

    /** What is wrong with the parameters schema a strategy gives, if anything (it is plugin code: it may throw). */
    private Optional<String> schemaProblem(String id, ScoringStrategy<?> strategy) {
        try {
            return strategy.parametersSchema().flatMap(text -> SchemaCheck.problem(id, text, messages));
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(messages.get("validation.strategyFailed", id, Failures.describe(e, messages)));
        }
    }

    /** A jar's own strategies over the loaded ones; the jar's win, as they would if it replaced an installed copy. */
    private record OwnFirst(Map<String, ScoringStrategy<?>> own, StrategyCatalog loaded) implements StrategyCatalog {

        @Override
        public Optional<ScoringStrategy<?>> find(String id) {
            ScoringStrategy<?> mine = own.get(id);
            return mine != null ? Optional.of(mine) : loaded.find(id);
        }

        @Override
        public String notLoadedNote(String id) {
            return loaded.notLoadedNote(id);
        }

        @Override
        public SortedSet<String> ids() {
            SortedSet<String> ids = new TreeSet<>(loaded.ids());
            ids.addAll(own.keySet());
            return ids;
        }
    }

    /** A catalog whose note on a strategy it lacks ends with {@code note} when it has nothing else to say. */
    private record Noting(StrategyCatalog strategies, String note) implements StrategyCatalog {

        @Override
        public Optional<ScoringStrategy<?>> find(String id) {
            return strategies.find(id);
        }

        @Override
        public String notLoadedNote(String id) {
            String said = strategies.notLoadedNote(id);
            return said.isEmpty() ? note : said;
        }

        @Override
        public SortedSet<String> ids() {
            return strategies.ids();
        }
    }

    /**
     * The plugin a loaded questionnaire comes from.
     *
     * @param pluginId its id
     * @param source   where it was loaded from: a jar's path, or {@code class path: <entry>}
     */
    record Owner(String pluginId, String source) {

        /** The source in the reader's words: a jar's path, or {@code Klassenpfad: <entry>} / {@code class path: <entry>}. */
        String shown(Messages messages) {
            return PluginOrigin.shown(source, messages);
        }
    }

    private static Optional<byte[]> entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) return Optional.empty();
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(in.readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1));
        }
    }

    private static Problem error(String code, String message, String source) {
        return Problem.error(code, message, Location.source(source));
    }
}
