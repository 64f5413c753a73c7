package de.typwerk.engine.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.api.TypwerkApi;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Severity;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.api.spi.QuestionnaireProvider;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.PluginOrigin;
import de.typwerk.engine.validation.SchemaCheck;
import de.typwerk.engine.validation.Validator;
import de.typwerk.engine.variant.ResolvedDefinition;
import de.typwerk.engine.variant.VariantLinker;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds, checks and loads plugins, and reports on every candidate. The steps, each of which may
 * refuse a plugin without stopping the others:
 *
 * <ol>
 * <li>find candidates: the class path, then each plugins folder (jars by file name; with a trust
 * list, a jar whose SHA-256 is not on it is refused before it is opened);</li>
 * <li>admit: a readable descriptor, an API range that holds this engine's API version, an id not
 * taken by an earlier candidate (for one of Typwerk's own, reserved ids: not on the class path);</li>
 * <li>activate: give the plugin its class loader and create its providers (no-argument constructor);</li>
 * <li>register strategies, refusing a plugin whose strategy id another plugin already has;</li>
 * <li>read and validate questionnaires against the registered strategies, refusing a plugin with a
 * definition that does not validate or a questionnaire id@version another plugin already has;
 * then resolve the variants ({@code extends:}) against the questionnaires of the plugins still in
 * and against each other, and refuse a plugin whose variant does not resolve or validate.
 * Refusing a plugin withdraws its strategies and its questionnaires, so this step repeats until
 * nothing more is refused: no loaded questionnaire ever names a strategy that is not loaded, and
 * no loaded variant rests on a base that is not.</li>
 * </ol>
 *
 * <p>Beside loading, {@link #trial} creates the strategies and questionnaire providers of a jar or a
 * project's classes folder for {@code typwerk validate}, in a class loader of their own, by the rules
 * of the activate step (its {@code create}, {@code call} and the id checks), so that a jar is checked
 * as loading would check it. The class is long because it holds every step in the order it runs,
 * each with the reasons it gives; the scans, the lookup, the isolation and the descriptor are classes
 * of their own.
 */
public final class PluginPlatform {

    /**
     * Ids with this prefix belong to Typwerk's own plugins. They normally come from the class path;
     * a copy in a plugins folder loads only where the class path does not carry that plugin (an
     * engine embedded without them), and is otherwise refused as already there.
     */
    public static final String RESERVED_PREFIX = "typwerk-";

    /**
     * Whether a plugin's {@code api} range asks only for API versions later than this engine's
     * ({@code [1.3,2.0)} on an engine of API 1.0): a later Typwerk runs it, where for a range this
     * engine has outgrown a plugin built against this API is asked for.
     *
     * @param range the range a descriptor asks for
     * @return whether every version in it is later than this engine's API
     */
    public static boolean wantsLaterApi(de.typwerk.api.model.VersionRange range) {
        return range.lower().map(lower -> {
            int c = lower.compareTo(TypwerkApi.VERSION);
            return c > 0 || c == 0 && !range.lowerInclusive();
        }).orElse(false);
    }

    /**
     * The {@code api} range a descriptor writes for a plugin built against this engine's API, from
     * its minor version up to the next major ({@code [1.0,2.0)}): what the messages about a range
     * that excludes this engine tell the plugin's author to write.
     *
     * @return the range, as a descriptor writes it
     */
    public static String admittingRange() {
        Version api = TypwerkApi.VERSION;
        return "[" + api.major() + "." + api.minor() + "," + (api.major() + 1) + ".0)";
    }

    private final Messages messages;
    private final DescriptorReader descriptors;
    private final ClassPathScan classPathScan;
    private final FolderScan folderScan;
    private final ProviderFactory providers;
    private final DefinitionReader reader;
    private final Validator validator;
    private final StrategyRegistry registry;
    private final VariantLinker variants;
    private final Mappers mappers;
    private final NotLoaded notLoaded;

    @Inject
    PluginPlatform(Messages messages, DescriptorReader descriptors, ClassPathScan classPathScan, FolderScan folderScan,
                   ProviderFactory providers, DefinitionReader reader, Validator validator, StrategyRegistry registry,
                   VariantLinker variants, Mappers mappers, NotLoaded notLoaded) {
        this.messages = messages;
        this.descriptors = descriptors;
        this.classPathScan = classPathScan;
        this.folderScan = folderScan;
        this.providers = providers;
        this.reader = reader;
        this.validator = validator;
        this.registry = registry;
        this.variants = variants;
        this.mappers = mappers;
        this.notLoaded = notLoaded;
    }

    /**
     * Loads the plugins on {@code classPath} (if given) and in {@code folders}, in that order, and
     * fills the {@link StrategyRegistry}.
     */
    public PluginSet load(Optional<ClassLoader> classPath, List<Path> folders) {
        return load(classPath, folders, Optional.empty());
    }

    /**
     * As {@link #load(Optional, List)}; with {@code trusted}, a jar in a folder is loaded only if
     * its SHA-256 (lower-case hex) is one of them, and refused otherwise, with its hash and path.
     */
    public PluginSet load(Optional<ClassLoader> classPath, List<Path> folders, Optional<java.util.Set<String>> trusted) {
        List<PluginEntry> report = new ArrayList<>();
        List<PluginCandidate> candidates = new ArrayList<>();
        classPath.ifPresent(loader -> classPathScan.scan(loader, candidates::add, report::add));
        for (Path folder : folders) {
            folderScan.scan(folder, trusted, candidates::add, report::add);
        }
        List<Active> active = distinctStrategies(activate(admit(candidates, report), report), report);
        List<Active> loaded = settle(gather(active, report), report);

        List<PluginSet.Shipped> shipped = new ArrayList<>();
        for (Active plugin : loaded) {
            List<Offer> offers = new ArrayList<>(plugin.strategyOffers());
            List<Problem> warnings = new ArrayList<>();
            for (Definition definition : plugin.definitions) {
                ResolvedDefinition resolved = definition.resolved.orElseThrow();
                Questionnaire q = resolved.questionnaire();
                offers.add(Offer.questionnaire(q.id(), q.version(),
                        resolved.bases().isEmpty() ? "" : resolved.bases().get(0).coordinates(), q.title()));
                shipped.add(new PluginSet.Shipped(resolved, definition.read.questionnaire().orElseThrow(),
                        plugin.descriptor.id(), definition.name));
                warnings.addAll(definition.problems);
            }
            if (offers.isEmpty()) {
                // loaded, but of no use: most likely a strategy whose META-INF/services file is missing
                warnings.add(Problem.warning("provides-nothing", messages.get("plugin.provides-nothing", plugin.descriptor.id())
                        + Registrations.hint(plugin.candidate.root(), messages), Location.source(plugin.candidate.source())));
            }
            report.add(plugin.entry(Decision.LOADED, warnings.isEmpty() ? Severity.INFO : Severity.WARNING, "",
                    offers, warnings));
        }
        report.sort(Comparator.comparing((PluginEntry e) -> !e.loaded())
                .thenComparing(PluginEntry::id).thenComparing(PluginEntry::source));
        notLoaded.replace(report);
        shipped.sort(Comparator.comparing((PluginSet.Shipped s) -> s.questionnaire().id())
                .thenComparing(s -> s.questionnaire().version(), PluginPlatform::compareVersions));
        List<PluginClassLoader> loaders = loaded.stream().map(p -> p.context.classLoader())
                .filter(PluginClassLoader.class::isInstance).map(PluginClassLoader.class::cast).toList();
        return new PluginSet(report, shipped, loaders);
    }

    /**
     * For {@code original-x.jar} beside {@code x.jar} (by file name in {@code names}): {@code x.jar},
     * the jar maven-shade-plugin made from it; the original is not the plugin.
     */
    public static Optional<String> shadedTwin(String fileName, java.util.Set<String> names) {
        return FolderScan.shadedTwin(fileName, names);
    }

    /** Semantic order where both are versions, text order otherwise (the validator reports bad ones). */
    public static int compareVersions(String a, String b) {
        if (Version.isValid(a) && Version.isValid(b)) return Version.parse(a).compareTo(Version.parse(b));
        return a.compareTo(b);
    }

    // ---- step 2: admission, from the descriptor alone ----

    private record Admitted(PluginCandidate candidate, PluginDescriptor descriptor) {
    }

    private List<Admitted> admit(List<PluginCandidate> candidates, List<PluginEntry> report) {
        Map<String, PluginCandidate> ids = new HashMap<>();
        // the version each admitted id came with: a second jar of the id in another version is most
        // often a new build put beside the old one, which then wins by being read first
        Map<String, Version> versions = new HashMap<>();
        List<Admitted> admitted = new ArrayList<>();
        for (PluginCandidate c : candidates) {
            String descriptorName = c.root().describe(c.descriptorPath());
            String fileName = c.source().substring(Math.max(c.source().lastIndexOf('/'), c.source().lastIndexOf('\\')) + 1);
            if (c.descriptor().isEmpty()) {
                String reason = messages.get("plugin.reason.no-descriptor", c.source(), PluginDescriptor.RESOURCE);
                report.add(c.notUsed(fileName, "", Decision.REFUSED, reason,
                        List.of(Problem.error("no-descriptor", reason, Location.source(c.source())))));
                continue;
            }
            DescriptorReader.Read read = descriptors.read(descriptorName, c.descriptor().get());
            if (read.descriptor().isEmpty()) {
                Problem first = read.problems().get(0);
                report.add(c.notUsed(fileName, "", Decision.REFUSED,
                        messages.get("plugin.reason.bad-descriptor", c.source(), first.toString()), read.problems()));
                continue;
            }
            PluginDescriptor d = read.descriptor().get();
            Optional<String> refusal = Optional.empty();
            PluginCandidate owner = ids.get(d.id());
            if (c.fromFolder() && d.id().startsWith(RESERVED_PREFIX) && owner != null && !owner.fromFolder()) {
                refusal = Optional.of(messages.get("plugin.reason.reserved-id", c.source(), d.id(), shown(owner.source())));
            } else if (!d.api().contains(TypwerkApi.VERSION)) {
                refusal = Optional.of(messages.get(wantsLaterApi(d.api()) ? "plugin.reason.api-later" : "plugin.reason.api-range",
                        c.source(), d.id(), d.api().toString(), TypwerkApi.VERSION.toString(), admittingRange()));
            } else if (owner != null && versions.containsKey(d.id()) && !versions.get(d.id()).equals(d.version())) {
                refusal = Optional.of(messages.get("plugin.reason.duplicate-id-version", c.source(), d.id(),
                        shown(owner.source()), versions.get(d.id()).toString(), d.version().toString()));
            } else if (owner != null) {
                refusal = Optional.of(messages.get("plugin.reason.duplicate-id", c.source(), d.id(), shown(owner.source())));
            }
            if (refusal.isPresent()) {
                report.add(entry(c, d, Decision.REFUSED, Severity.ERROR, refusal.get(), unread(c, d),
                        List.of(Problem.error("plugin-refused", refusal.get(), Location.source(descriptorName)))));
                continue;
            }
            ids.put(d.id(), c);
            versions.put(d.id(), d.version());
            admitted.add(new Admitted(c, d));
        }
        return admitted;
    }

    // ---- step 3: activation, the first time plugin code runs ----

    /** A plugin that has a class loader and providers; what the later steps may still refuse. */
    private final class Active {
        final PluginCandidate candidate;
        final PluginDescriptor descriptor;
        final PluginContext context;
        final Map<String, Strategy> strategies = new LinkedHashMap<>();
        final List<QuestionnaireProvider> questionnaireProviders = new ArrayList<>();
        final List<Definition> definitions = new ArrayList<>();
        /** Strategy providers that could not be created: their ids stay unknown. */
        final List<String> uncreated = new ArrayList<>();

        Active(PluginCandidate candidate, PluginDescriptor descriptor, PluginContext context) {
            this.candidate = candidate;
            this.descriptor = descriptor;
            this.context = context;
        }

        PluginEntry entry(Decision decision, Severity severity, String reason, List<Offer> offers,
                          List<Problem> problems) {
            return PluginPlatform.entry(candidate, descriptor, decision, severity, reason, offers, problems);
        }

        List<Offer> strategyOffers() {
            List<Offer> offers = new ArrayList<>();
            strategies.forEach((id, s) -> offers.add(Offer.strategy(id, s.version().toString(), s.className(),
                    describe(s))));
            uncreated.forEach(className -> offers.add(Offer.unknownStrategy(className)));
            return offers;
        }

        /** What it would have provided: its strategies as far as created, its definitions as far as read. */
        List<Offer> offers() {
            List<Offer> offers = strategyOffers();
            if (definitions.isEmpty()) {
                offers.addAll(listedQuestionnaires(candidate, descriptor));
            } else {
                for (Definition d : definitions) {
                    if (d.read.questionnaire().isPresent()) {
                        Questionnaire q = d.read.questionnaire().get();
                        offers.add(Offer.questionnaire(q.id(), q.version(), "", q.title()));
                    } else {
                        // read strictly, it did not read (a misspelt key): its id and title, as far as its file gives them
                        listedQuestionnaire(candidate, d.name).ifPresent(offers::add);
                    }
                }
            }
            return offers;
        }

        /** Reports this plugin as not used and lets go of its class loader. */
        void reject(List<PluginEntry> report, Decision decision, String reason, List<Problem> problems) {
            report.add(entry(decision, Severity.ERROR, reason, offers(), problems));
            if (context.classLoader() instanceof PluginClassLoader own) {
                try {
                    own.close();
                } catch (IOException e) {
                    // released at exit at the latest
                }
            }
        }
    }

    private record Strategy(ScoringStrategy<?> instance, String className, Version version) {
    }

    /** A plugin provider that could not be used; carries the one-line reason. */
    private static final class ProviderFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ProviderFailure(String reason) {
            super(reason, null, false, false);
        }
    }

    private List<Active> activate(List<Admitted> admitted, List<PluginEntry> report) {
        ClassLoader engine = PluginPlatform.class.getClassLoader();
        List<Active> active = new ArrayList<>();
        for (Admitted a : admitted) {
            PluginCandidate c = a.candidate();
            ClassLoader loader;
            try {
                loader = c.openLoader(a.descriptor().id(), engine);
            } catch (IOException e) {
                String reason = messages.get("plugin.reason.unreadable", c.source(), de.typwerk.engine.i18n.Failures.describe(e, messages));
                report.add(entry(c, a.descriptor(), Decision.FAILED, Severity.ERROR, reason, unread(c, a.descriptor()),
                        List.of()));
                continue;
            }
            Active plugin = new Active(c, a.descriptor(), new PluginContext(a.descriptor().id(), loader));
            Map<Class<?>, List<Discovered>> found = c.discover(plugin.context);
            // every provider is tried, so the report names all that are broken, not only the first
            List<String> failures = new ArrayList<>();
            for (Discovered provider : found.getOrDefault(ScoringStrategy.class, List.of())) {
                try {
                    addStrategy(plugin, provider);
                } catch (ProviderFailure f) {
                    failures.add(f.getMessage());
                    plugin.uncreated.add(provider instanceof Discovered.Provider p ? p.type().getName()
                            : ((Discovered.Broken) provider).className().orElse("?"));
                }
            }
            for (Discovered provider : found.getOrDefault(QuestionnaireProvider.class, List.of())) {
                try {
                    plugin.questionnaireProviders.add(create(plugin.context, c.source(), QuestionnaireProvider.class, provider,
                            c.root()));
                } catch (ProviderFailure f) {
                    failures.add(f.getMessage());
                }
            }
            if (!failures.isEmpty()) {
                // each problem names the jar as its place; the reason, made for the plugins table, names it first too
                plugin.reject(report, Decision.FAILED, failures.get(0), failures.stream()
                        .map(f -> Problem.error("provider-failed", withoutSource(f, c.source()), Location.source(c.source()))).toList());
                continue;
            }
            active.add(plugin);
        }
        return active;
    }

    private void addStrategy(Active plugin, Discovered provider) throws ProviderFailure {
        String source = plugin.candidate.source();
        ScoringStrategy<?> raw = create(plugin.context, source, ScoringStrategy.class, provider, plugin.candidate.root());
        String name = raw.getClass().getName();
        String id = call(plugin, name, raw::id);
        Version version = call(plugin, name, raw::version);
        if (id == null || id.isBlank() || version == null) {
            throw new ProviderFailure(messages.get("plugin.reason.provider-failed", source, name,
                    messages.get("plugin.reason.no-strategy-id")));
        }
        checkStrategyId(id, source, name);
        Optional<String> schema = call(plugin, name, raw::parametersSchema);
        // checked unless the plugin's build recorded that this very schema passed (ValidatedIndex)
        Optional<String> broken = schema == null ? Optional.empty()
                : schema.filter(text -> !ValidatedIndex.schemaChecked(plugin.candidate.root(), name, text))
                        .flatMap(text -> SchemaCheck.problem(id, text, messages));
        if (broken.isPresent()) {
            throw new ProviderFailure(messages.get("plugin.reason.provider-failed", source, name, broken.get()));
        }
        Strategy previous = plugin.strategies.putIfAbsent(id, new Strategy(wrap(raw, plugin.context, source), name, version));
        if (previous != null) {
            throw new ProviderFailure(messages.get("plugin.reason.duplicate-strategy", source, id,
                    shown(source) + " (" + previous.className() + ")"));
        }
    }

    /**
     * A strategy's id has the id syntax of the definition format, since a definition names it in
     * {@code scoring.strategy} (and the format's schema allows nothing else there): one with capitals
     * or other characters could never be named, so its plugin fails as one without an id does.
     */
    private void checkStrategyId(String id, String source, String className) throws ProviderFailure {
        if (Validator.isId(id)) return;
        String suggestion = id.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        String why = Validator.isId(suggestion)
                ? messages.get("plugin.reason.invalid-strategy-id.suggest", id, suggestion)
                : messages.get("plugin.reason.invalid-strategy-id", id);
        throw new ProviderFailure(messages.get("plugin.reason.provider-failed", source, className, why));
    }

    private static <P> ScoringStrategy<P> wrap(ScoringStrategy<P> strategy, PluginContext context, String source) {
        return new ContextualStrategy<>(strategy, context, source);
    }

    /**
     * An instance of what {@code ServiceLoader} found, created with its no-argument constructor in
     * the plugin's context; a registration {@code ServiceLoader} rejected is a failure with its reason.
     */
    private <S> S create(PluginContext context, String source, Class<S> service, Discovered found) throws ProviderFailure {
        return create(context, source, service, found, null);
    }

    /**
     * As {@link #create(PluginContext, String, Class, Discovered)}; a registration of a class that is
     * not there is named in the services file {@code root}'s build copied, where its author edits it
     * ({@link PluginRoot#sourceOf}: {@code src/main/resources/META-INF/services/…} of a project's
     * {@code target/classes}).
     */
    private <S> S create(PluginContext context, String source, Class<S> service, Discovered found, PluginRoot root)
            throws ProviderFailure {
        if (found instanceof Discovered.Broken broken) {
            Optional<Path> registration = root == null ? Optional.empty() : root.sourceOf("META-INF/services/" + service.getName());
            throw new ProviderFailure(broken.reason(messages, source, service, registration));
        }
        Class<?> type = ((Discovered.Provider) found).type();
        if (!service.isAssignableFrom(type)) {
            // ServiceLoader checked this; kept so a wrong type can never reach the registry
            throw new ProviderFailure(messages.get("plugin.reason.provider-type", source, type.getName(), service.getName()));
        }
        return service.cast(call(context, source, type.getName(), () -> providers.create(type)));
    }

    private <T> T call(Active plugin, String className, Supplier<T> work) throws ProviderFailure {
        return call(plugin.context, plugin.candidate.source(), className, work);
    }

    /** Calls plugin code in its context; whatever it throws becomes a failure naming the class. */
    private <T> T call(PluginContext context, String source, String className, Supplier<T> work) throws ProviderFailure {
        try {
            return context.call(work);
        } catch (RuntimeException | LinkageError e) {
            throw new ProviderFailure(messages.get("plugin.reason.provider-failed", source, className, describe(e)));
        }
    }

    /** Another plugin's source as the reason shows it: a class path entry in the reader's words. */
    private String shown(String source) {
        return PluginOrigin.shown(source, messages);
    }

    /**
     * What the plugin's code threw, one line, without reflection's wrapping, a stack trace or the
     * exception's Java class ({@link de.typwerk.engine.Failures}).
     */
    private String describe(Throwable thrown) {
        return de.typwerk.engine.i18n.Failures.describe(thrown, messages);
    }

    // ---- step 4: one owner per strategy id ----

    private List<Active> distinctStrategies(List<Active> active, List<PluginEntry> report) {
        Map<String, Active> owners = new HashMap<>();
        List<Active> kept = new ArrayList<>();
        for (Active plugin : active) {
            Optional<String> taken = plugin.strategies.keySet().stream().filter(owners::containsKey).findFirst();
            if (taken.isPresent()) {
                Active owner = owners.get(taken.get());
                String reason = messages.get("plugin.reason.duplicate-strategy", plugin.candidate.source(), taken.get(),
                        shown(owner.candidate.source()) + " (" + owner.strategies.get(taken.get()).className() + ")");
                plugin.reject(report, Decision.REFUSED, reason,
                        List.of(Problem.error("duplicate-strategy", reason, Location.source(plugin.candidate.source()))));
                continue;
            }
            plugin.strategies.keySet().forEach(id -> owners.put(id, plugin));
            kept.add(plugin);
        }
        return kept;
    }

    // ---- step 5: questionnaires ----

    /** One definition of a plugin, read once; validated (and resolved) again whenever the plugins still in change. */
    private static final class Definition {
        final String name;
        final DefinitionRead read;
        /** The record of its validation when its plugin was built, if its plugin ships one. */
        final Optional<ValidatedIndex.Record> validated;
        List<Problem> problems = List.of();
        /** The complete questionnaire, once it validated (for a variant: once it resolved). */
        Optional<ResolvedDefinition> resolved = Optional.empty();

        Definition(String name, DefinitionRead read) {
            this(name, read, Optional.empty());
        }

        Definition(String name, DefinitionRead read, Optional<ValidatedIndex.Record> validated) {
            this.name = name;
            this.read = read;
            this.validated = validated;
        }

        /** A variant as written that could be read; resolved after the complete questionnaires. */
        boolean isVariant() {
            return read.ok() && read.questionnaire().map(Questionnaire::isVariant).orElse(false);
        }
    }

    /** Reads every definition of every plugin: those its descriptor lists, then those its providers yield. */
    private List<Active> gather(List<Active> active, List<PluginEntry> report) {
        List<Active> kept = new ArrayList<>();
        for (Active plugin : active) {
            PluginRoot root = plugin.candidate.root();
            List<Problem> missing = new ArrayList<>();
            List<String> paths = plugin.descriptor.questionnaires();
            List<Optional<Listed>> reads = readListed(plugin.candidate, plugin.descriptor);
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                Optional<Listed> read = reads.get(i);
                if (read.isEmpty()) {
                    missing.add(Problem.error("definition-missing", missingDefinition(plugin.candidate.source(), root, path),
                            new Location(root.describe(plugin.candidate.descriptorPath()), 0, 0, "/questionnaires/" + i)));
                    continue;
                }
                plugin.definitions.add(new Definition(path, read.get().read(), read.get().validated()));
            }
            if (!missing.isEmpty()) {
                plugin.reject(report, Decision.REFUSED, missing.get(0).message(), missing);
                continue;
            }
            try {
                for (QuestionnaireProvider provider : plugin.questionnaireProviders) {
                    List<DefinitionSource> sources = call(plugin, provider.getClass().getName(), provider::definitions);
                    for (DefinitionSource source : sources == null ? List.<DefinitionSource>of() : sources) {
                        String name = source.name() == null ? provider.getClass().getName() : source.name();
                        plugin.definitions.add(new Definition(name, read(new DefinitionSource(
                                root.describeMade(provider.getClass().getName(), name), source.content()))));
                    }
                }
            } catch (ProviderFailure f) {
                plugin.reject(report, Decision.FAILED, f.getMessage(), List.of(Problem.error("provider-failed",
                        withoutSource(f.getMessage(), plugin.candidate.source()), Location.source(plugin.candidate.source()))));
                continue;
            }
            kept.add(plugin);
        }
        return kept;
    }

    /**
     * Why a plugin whose descriptor lists {@code path}, which {@code root} lacks, is refused: with the
     * definition beside it the author meant, where one is near ({@code questionnaires/kreistypn.yaml}
     * for {@code kreistypen.yaml}), as {@code typwerk validate} names it.
     */
    private String missingDefinition(String source, PluginRoot root, String path) {
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        List<String> beside = root.names(folder).stream()
                .filter(Mappers::isDefinitionName).map(name -> folder + name).toList();
        return NearMiss.among(path, beside)
                .map(near -> messages.get("plugin.reason.definition-missing.suggest", source, path, near))
                .orElseGet(() -> messages.get("plugin.reason.definition-missing", source, path));
    }

    /** One listed definition as read, with the record of its validation at build time if it ships one. */
    private record Listed(DefinitionRead read, Optional<ValidatedIndex.Record> validated) {
    }

    /** The definitions a plugin's descriptor lists, read in order; empty where the file is missing or unreadable. */
    private List<Optional<Listed>> readListed(PluginCandidate candidate, PluginDescriptor descriptor) {
        PluginRoot root = candidate.root();
        List<Optional<Listed>> reads = new ArrayList<>();
        for (String path : descriptor.questionnaires()) {
            Optional<byte[]> bytes;
            try {
                bytes = root.read(path, Mappers.MAX_DOCUMENT_BYTES + 1);
            } catch (IOException e) {
                bytes = Optional.empty();
            }
            reads.add(bytes.map(content -> new Listed(read(new DefinitionSource(root.describe(path), content)),
                    ValidatedIndex.find(root, path))));
        }
        return reads;
    }

    private DefinitionRead read(DefinitionSource source) {
        try {
            return reader.read(source);
        } catch (RuntimeException e) {
            // the reader promises problems, never exceptions; if it breaks that promise, this plugin is refused, not the engine
            return new DefinitionRead(source.name(), Optional.empty(), List.of(Problem.error("read-failed",
                    messages.get("plugin.reason.validation-failed", describe(e)), Location.source(source.name()))),
                    de.typwerk.engine.definition.SourceMap.empty(source.name()), "");
        }
    }

    /**
     * Validates until stable: registers the strategies of the plugins still in, validates their
     * definitions, refuses those with errors or with a questionnaire another plugin already has,
     * and goes round again if anything was refused, since a refused plugin's strategies leave.
     */
    private List<Active> settle(List<Active> active, List<PluginEntry> report) {
        List<Active> remaining = new ArrayList<>(active);
        while (true) {
            Map<String, ScoringStrategy<?>> strategies = new LinkedHashMap<>();
            remaining.forEach(p -> p.strategies.forEach((id, s) -> strategies.put(id, s.instance())));
            Map<String, Version> versions = strategyVersions(remaining);
            registry.replace(strategies);
            // a definition naming a strategy of a plugin refused so far says which, and so does one
            // naming a strategy of a plugin that provides nothing (its services file left out)
            tellNotLoaded(remaining, report);

            List<Active> refused = new ArrayList<>();
            Map<String, Active> coordinates = new HashMap<>();
            for (Active plugin : remaining) {
                List<Problem> errors = new ArrayList<>();
                for (Definition d : plugin.definitions) {
                    d.resolved = Optional.empty();
                    if (d.isVariant()) {
                        d.problems = d.read.problems();
                        continue;
                    }
                    d.problems = validate(plugin, d, versions);
                    d.problems.stream().filter(Problem::isError).forEach(errors::add);
                    if (d.problems.stream().noneMatch(Problem::isError)) {
                        d.resolved = Optional.of(ResolvedDefinition.of(d.read, d.problems));
                    }
                }
                if (!errors.isEmpty()) {
                    plugin.reject(report, Decision.REFUSED, messages.get("plugin.reason.definition-invalid",
                            plugin.candidate.source(), errors.size(), shownIn(errors.get(0))), errors);
                    refused.add(plugin);
                    continue;
                }
                Optional<String> clash = Optional.empty();
                for (Definition d : plugin.definitions) {
                    String coords = d.read.questionnaire().orElseThrow().coordinates();
                    Active owner = coordinates.get(coords);
                    if (owner != null) {
                        clash = Optional.of(messages.get("plugin.reason.duplicate-questionnaire", plugin.candidate.source(),
                                coords, shown(owner == plugin ? plugin.candidate.source() : owner.candidate.source())));
                        break;
                    }
                    coordinates.put(coords, plugin);
                }
                if (clash.isPresent()) {
                    coordinates.values().removeIf(owner -> owner == plugin);
                    plugin.reject(report, Decision.REFUSED, clash.get(), List.of(Problem.error("duplicate-questionnaire",
                            clash.get(), Location.source(plugin.candidate.source()))));
                    refused.add(plugin);
                }
            }
            List<Active> survivors = new ArrayList<>(remaining);
            survivors.removeAll(refused);
            // a variant whose base's plugin was refused just now says which
            if (!refused.isEmpty()) tellNotLoaded(survivors, report);
            refused.addAll(resolveVariants(survivors, report, !refused.isEmpty()));
            if (refused.isEmpty()) return remaining;
            remaining.removeAll(refused);
        }
    }

    /** Tells {@link NotLoaded} the plugins not loaded so far, and those of {@code remaining} that provide nothing. */
    private void tellNotLoaded(List<Active> remaining, List<PluginEntry> report) {
        List<PluginEntry> known = new ArrayList<>(report);
        remaining.stream().filter(p -> p.strategies.isEmpty() && p.definitions.isEmpty())
                .forEach(p -> known.add(p.entry(Decision.LOADED, Severity.WARNING, "", List.of(), List.of())));
        notLoaded.replace(known);
    }

    /** The version of each strategy of {@code plugins}, by id. */
    private static Map<String, Version> strategyVersions(List<Active> plugins) {
        Map<String, Version> versions = new HashMap<>();
        plugins.forEach(p -> p.strategies.forEach((id, s) -> versions.put(id, s.version())));
        return versions;
    }

    /**
     * Resolves the variants of {@code plugins} against their complete questionnaires and against
     * each other; returns the plugins refused for a variant. A plugin whose variants fail only
     * because their base failed is left for the next round (when {@code othersRefused} or a plugin
     * here is refused, there is one), where the base is gone and a lower version may serve.
     */
    private List<Active> resolveVariants(List<Active> plugins, List<PluginEntry> report, boolean othersRefused) {
        List<ResolvedDefinition> ready = new ArrayList<>();
        List<VariantLinker.Pending> pending = new ArrayList<>();
        List<Definition> pendingDefinitions = new ArrayList<>();
        List<Active> pendingOwners = new ArrayList<>();
        Map<String, Version> versions = strategyVersions(plugins);
        for (Active plugin : plugins) {
            for (Definition d : plugin.definitions) {
                if (d.isVariant()) {
                    // its plugin's validator: a strategy its overlay names that no jar provides is told where its jar goes
                    pending.add(new VariantLinker.Pending(d.read, plugin.descriptor.id(),
                            base -> d.validated.isPresent() && d.validated.get().holds(d.read, versions, base),
                            validatorFor(plugin)));
                    pendingDefinitions.add(d);
                    pendingOwners.add(plugin);
                } else {
                    d.resolved.ifPresent(ready::add);
                }
            }
        }
        if (pending.isEmpty()) return List.of();
        List<VariantLinker.Linked> outcomes = variants.link(ready, pending);
        Map<Active, List<Problem>> errors = new LinkedHashMap<>();
        Map<Active, Boolean> onlyBecauseOfBase = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            VariantLinker.Linked outcome = outcomes.get(i);
            Definition d = pendingDefinitions.get(i);
            Active plugin = pendingOwners.get(i);
            d.problems = outcome.problems();
            if (outcome instanceof VariantLinker.Linked.Resolved r) {
                d.resolved = Optional.of(r.definition());
                continue;
            }
            d.problems = d.problems.stream().map(problem -> whereTheBaseGoes(plugin, d, problem)).toList();
            d.problems.stream().filter(Problem::isError).forEach(errors.computeIfAbsent(plugin, p -> new ArrayList<>())::add);
            boolean becauseOfBase = ((VariantLinker.Linked.Failed) outcome).becauseOfBase();
            onlyBecauseOfBase.merge(plugin, becauseOfBase, Boolean::logicalAnd);
        }
        List<Active> refused = new ArrayList<>();
        errors.forEach((plugin, problems) -> {
            if (!onlyBecauseOfBase.get(plugin)) refused.add(plugin);
        });
        boolean again = othersRefused || !refused.isEmpty();
        errors.forEach((plugin, problems) -> {
            if (onlyBecauseOfBase.get(plugin) && !again) refused.add(plugin);
        });
        for (Active plugin : refused) {
            List<Problem> problems = errors.get(plugin);
            plugin.reject(report, Decision.REFUSED, messages.get("plugin.reason.definition-invalid",
                    plugin.candidate.source(), problems.size(), shownIn(problems.get(0))), problems);
        }
        return refused;
    }

    /**
     * A variant's base that no loaded plugin provides, said with what to do next: where the base's
     * plugin was not loaded, that plugin and why; else, for a jar from a plugins folder, that the
     * jar of the base's plugin goes into that folder, beside it. Any other problem as it is.
     */
    private Problem whereTheBaseGoes(Active plugin, Definition d, Problem problem) {
        if (!"unknown-base".equals(problem.code()) || !problem.isError()) return problem;
        String written = d.read.questionnaire().flatMap(Questionnaire::base).orElse("");
        String base = written.contains("@") ? written.substring(0, written.indexOf('@')) : written;
        String note = notLoaded.questionnaireNote(base);
        if (note.isEmpty() && plugin.candidate instanceof PluginCandidate.InFolder inFolder) {
            Path jar = inFolder.jar();
            note = " " + messages.get("plugin.base-in-no-folder", jar.getParent() == null ? Path.of(".") : jar.getParent(),
                    jar.getFileName());
        }
        if (note.isEmpty()) return problem;
        String message = problem.message();
        return new Problem(problem.severity(), problem.code(), message + (message.endsWith(".") || message.endsWith("?") ? "" : ".") + note,
                problem.location());
    }

    /**
     * Every problem of one definition: from reading, else from validating what was read; none,
     * without validating, for a definition its plugin's build validated ({@link ValidatedIndex})
     * when that record still holds for the bytes read and the strategies loaded.
     */
    private List<Problem> validate(Active plugin, Definition d, Map<String, Version> strategies) {
        if (d.validated.isPresent() && d.validated.get().holds(d.read, strategies, null)) return List.of();
        if (!d.read.ok()) {
            List<Problem> problems = new ArrayList<>(d.read.problems());
            if (problems.stream().noneMatch(Problem::isError)) {
                problems.add(Problem.error("unreadable", messages.get("plugin.reason.definition-unreadable"),
                        Location.source(d.read.source())));
            }
            return problems;
        }
        List<Problem> problems = new ArrayList<>(d.read.problems());
        try {
            problems.addAll(validatorFor(plugin).validate(d.read.questionnaire().orElseThrow(), d.read.sourceMap()));
        } catch (RuntimeException | LinkageError e) {
            // a strategy's check() is plugin code: its failure refuses this plugin, not the engine
            problems.add(Problem.error("validation-failed", messages.get("plugin.reason.validation-failed", describe(e)),
                    Location.source(d.read.source())));
        }
        return problems;
    }

    // ---- a jar on trial, for validating it on its own ----

    /**
     * The validator for the definitions of {@code plugin}: for a jar from a plugins folder, one whose
     * unknown strategy, where no plugin that was not loaded explains it, says where the jar of the
     * plugin that provides it goes (into that folder, beside this jar), as {@code typwerk validate}
     * says of a folder; for a plugin on the class path, the engine's.
     */
    private Validator validatorFor(Active plugin) {
        if (!(plugin.candidate instanceof PluginCandidate.InFolder inFolder)) return validator;
        Path jar = inFolder.jar();
        Path folder = jar.getParent() == null ? Path.of(".") : jar.getParent();
        String note = " " + messages.get("plugin.strategy-in-no-folder", folder, jar.getFileName());
        return new Validator(messages, new InFolderCatalog(registry, note), mappers);
    }

    /** The loaded strategies, whose note on one it lacks ends with {@code note} when nothing else is said. */
    private record InFolderCatalog(StrategyRegistry strategies, String note) implements de.typwerk.engine.strategy.StrategyCatalog {

        @Override
        public Optional<ScoringStrategy<?>> find(String id) {
            return strategies.find(id);
        }

        @Override
        public java.util.SortedSet<String> ids() {
            return strategies.ids();
        }

        @Override
        public String notLoadedNote(String id) {
            String said = strategies.notLoadedNote(id);
            return said.isEmpty() ? note : said;
        }
    }

    /**
     * The strategies {@code jar} (or a plugin's classes folder) would contribute, created in a class loader of their own, so that
     * its definitions can be validated against them without loading the jar into the engine.
     * Strategies that cannot be created are problems. Close the result to release the loader.
     *
     * @param pluginId the id its descriptor gives, by which messages name the plugin, as once it is loaded
     * @param shown    how problems name the jar (the path as the user gave it)
     */
    public StrategyTrial trial(Path jar, String pluginId, String shown) {
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(pluginId, jar.toUri().toURL(), PluginPlatform.class.getClassLoader());
        } catch (java.net.MalformedURLException e) {
            return new StrategyTrial(Map.of(), List.of(), List.of(), Optional.empty());
        }
        PluginContext context = new PluginContext(pluginId, loader);
        List<Discovered> found = ProviderLookup.find(ScoringStrategy.class, context);
        List<Discovered> providers = ProviderLookup.find(QuestionnaireProvider.class, context);
        if (found.isEmpty() && providers.isEmpty()) {
            try {
                loader.close();
            } catch (IOException e) {
                // released at exit at the latest
            }
            return new StrategyTrial(Map.of(), List.of(), List.of(), Optional.empty());
        }
        Map<String, ScoringStrategy<?>> strategies = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Discovered provider : found) {
            try {
                ScoringStrategy<?> raw = create(context, shown, ScoringStrategy.class, provider);
                String name = raw.getClass().getName();
                String id = call(context, shown, name, raw::id);
                if (id == null || id.isBlank()) {
                    throw new ProviderFailure(messages.get("plugin.reason.provider-failed", shown, name,
                            messages.get("plugin.reason.no-strategy-id")));
                }
                checkStrategyId(id, shown, name);
                strategies.put(id, wrap(raw, context, shown));
            } catch (ProviderFailure f) {
                problems.add(failed(jar, shown, ScoringStrategy.class, provider, f));
            }
        }
        // a questionnaire provider is created and asked for its definitions, as loading does, so that they are validated too
        List<DefinitionSource> yielded = new ArrayList<>();
        for (Discovered provider : providers) {
            try {
                QuestionnaireProvider created = create(context, shown, QuestionnaireProvider.class, provider);
                String name = created.getClass().getName();
                List<DefinitionSource> sources = call(context, shown, name, created::definitions);
                for (DefinitionSource source : sources == null ? List.<DefinitionSource>of() : sources) {
                    String made = source.name() == null ? name : source.name();
                    // a folder's definition made by code is no file of it: named inside the provider's class file
                    yielded.add(new DefinitionSource(Files.isDirectory(jar) ? PluginRoot.madeInFolder(shown, name, made)
                            : shown + "!/" + made, source.content()));
                }
            } catch (ProviderFailure f) {
                problems.add(failed(jar, shown, QuestionnaireProvider.class, provider, f));
            }
        }
        return new StrategyTrial(strategies, problems, yielded, Optional.of(loader));
    }

    /**
     * A provider of {@code service} that could not be created (or threw), as a problem: in a class
     * folder, a registration {@code ServiceLoader} rejected at the line of the services file that names it.
     */
    private Problem failed(Path jar, String shown, Class<?> service, Discovered provider, ProviderFailure f) {
        Optional<Problem> atLine = provider instanceof Discovered.Broken broken && Files.isDirectory(jar)
                ? brokenInFolder(jar, shown, service, broken) : Optional.empty();
        if (atLine.isPresent()) return atLine.get();
        // the problem names the jar as its place; the reason, made for the plugins table, names it first too
        return Problem.error("provider-failed", withoutSource(f.getMessage(), shown), Location.source(shown));
    }

    private static String withoutSource(String reason, String shown) {
        return reason.startsWith(shown + ": ") ? reason.substring(shown.length() + 2) : reason;
    }

    /**
     * For a class folder on trial ({@code <project>/target/classes}), a registration of a class
     * that is not there (or is no {@code service}, or has no public no-argument constructor), at
     * the line of the services file that names it: the file under {@code src/main/resources} the
     * build copied, where its author fixes it, if it still names the class; else the copy in
     * {@code folder}, saying where that source no longer names it.
     */
    private Optional<Problem> brokenInFolder(Path folder, String shown, Class<?> service, Discovered.Broken broken) {
        if (broken.className().isEmpty()) return Optional.empty();
        String name = broken.className().get();
        String services = "META-INF/services/" + service.getName();
        Optional<Path> source = new PluginRoot.ClassPathEntry(folder.toUri().toString(), shown).sourceOf(services);
        boolean missing = broken.kind() == Discovered.Kind.MISSING;
        String said = missing ? messages.get("validate.provider-missing", name, "ClassNotFoundException", service.getName())
                : withoutSource(broken.reason(messages, shown, service), shown);
        String code = missing ? "provider-missing" : "provider-failed";
        if (source.isPresent()) {
            Optional<Location> at = lineNaming(source.get(), shownAsGiven(folder, source.get()), name);
            if (at.isPresent()) return Optional.of(Problem.error(code, said, at.get()));
        }
        return lineNaming(folder.resolve(services), Path.of(shown).resolve(services).toString(), name).map(at -> Problem.error(
                code, source.isPresent() && missing
                        ? messages.get("validate.provider-missing.stale", name, "ClassNotFoundException",
                                service.getName(), shownAsGiven(folder, source.get()))
                        : said,
                at));
    }

    /** {@code file}, found from {@code folder}, named as {@code folder} was given: relative to the working folder if it was relative. */
    private static String shownAsGiven(Path folder, Path file) {
        if (folder.isAbsolute()) return file.toString();
        Path here = Path.of("").toAbsolutePath();
        try {
            return here.relativize(file.toAbsolutePath()).normalize().toString();
        } catch (IllegalArgumentException e) {
            return file.toString(); // another root: no relative way there
        }
    }

    /** Where in the services file {@code file} (shown as {@code shown}) the line naming {@code name} stands, if one does. */
    private static Optional<Location> lineNaming(Path file, String shown, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf('#');
            if ((comment < 0 ? line : line.substring(0, comment)).strip().equals(name)) {
                return Optional.of(new Location(shown, i + 1, line.indexOf(name) + 1, ""));
            }
        }
        return Optional.empty();
    }

    /**
     * What {@link #trial} found: strategies by id, problems, the definitions its questionnaire
     * providers yield (each named inside the jar or folder, as loading names it), and the loader to close.
     */
    public record StrategyTrial(Map<String, ScoringStrategy<?>> strategies, List<Problem> problems,
                                List<DefinitionSource> definitions, Optional<PluginClassLoader> loader) implements AutoCloseable {

        public StrategyTrial {
            strategies = Map.copyOf(strategies);
            problems = List.copyOf(problems);
            definitions = List.copyOf(definitions);
        }

        @Override
        public void close() {
            loader.ifPresent(l -> {
                try {
                    l.close();
                } catch (IOException e) {
                    // released at exit at the latest
                }
            });
        }
    }

    private static PluginEntry entry(PluginCandidate c, PluginDescriptor d, Decision decision, Severity severity,
                                     String reason, List<Offer> offers, List<Problem> problems) {
        return new PluginEntry(d.id(), d.version().toString(), d.name(), d.vendor(), d.description().orElse(""),
                c.source(), c.sha256(), decision, severity, reason, offers, problems, d.api().toString());
    }

    // ---- what a plugin that was not loaded would have provided ----

    /** What a plugin refused before any of its code ran would have provided, read from its files alone. */
    private List<Offer> unread(PluginCandidate c, PluginDescriptor d) {
        List<Offer> offers = new ArrayList<>();
        try {
            // one of several plugins in an uber jar: its own copy of the services file, not the merged one
            String folder = c.descriptorPath().startsWith(PluginDescriptor.OWN_RESOURCES)
                    ? c.descriptorPath().substring(0, c.descriptorPath().lastIndexOf('/') + 1) + "services/"
                    : "META-INF/services/";
            Optional<byte[]> services = c.root().read(folder + ScoringStrategy.class.getName(), 64 * 1024);
            services.ifPresent(bytes -> ServiceFiles.classes(bytes).stream().distinct()
                    .forEach(className -> offers.add(Offer.unknownStrategy(className))));
        } catch (IOException e) {
            // then nothing is known of its strategies
        }
        offers.addAll(listedQuestionnaires(c, d));
        return offers;
    }

    /**
     * The questionnaires a descriptor lists, by the id and version their files give (read as plain
     * trees, since a refused plugin's definitions need not fit this engine); files that cannot be
     * read that far are left out.
     */
    private List<Offer> listedQuestionnaires(PluginCandidate c, PluginDescriptor d) {
        List<Offer> offers = new ArrayList<>();
        for (String path : d.questionnaires()) {
            listedQuestionnaire(c, path).ifPresent(offers::add);
        }
        return offers;
    }

    /** The questionnaire in the file at {@code path} of {@code c}, by the id and version it gives, if it can be read that far. */
    private Optional<Offer> listedQuestionnaire(PluginCandidate c, String path) {
        try {
            Optional<byte[]> bytes = c.root().read(path, Mappers.MAX_DOCUMENT_BYTES + 1);
            if (bytes.isEmpty()) return Optional.empty();
            JsonNode tree = mappers.forName(path).readTree(bytes.get());
            if (tree == null || !tree.path("id").isTextual()) return Optional.empty();
            Map<String, String> title = new LinkedHashMap<>();
            tree.path("title").fields().forEachRemaining(t -> title.put(t.getKey(), t.getValue().asText()));
            return Optional.of(Offer.questionnaire(tree.path("id").asText(), tree.path("version").asText(""), "",
                    new LocalizedText(title)));
        } catch (IOException | RuntimeException e) {
            // unreadable: the plugin's refusal says enough
            return Optional.empty();
        }
    }

    /** A strategy's description; plugin code, so a failure leaves it empty rather than stopping the report. */
    private static LocalizedText describe(Strategy s) {
        try {
            LocalizedText description = s.instance().description();
            if (description == null) return new LocalizedText(Map.of());
            // plugin code, not checked as a descriptor's description is: an escape sequence or a
            // right-to-left override is shown written out (typwerk plugins, its JSON, GET /v1/plugins), not obeyed
            Map<String, String> shown = new LinkedHashMap<>();
            description.texts().forEach((language, text) -> shown.put(language, de.typwerk.engine.i18n.TextControls.visible(text, true)));
            return new LocalizedText(shown);
        } catch (RuntimeException | LinkageError e) {
            return new LocalizedText(Map.of());
        }
    }

    /**
     * A problem as {@link Problem#toString()} writes it, with its message in the language of this
     * platform's messages: a strategy's {@code check} gives its texts in every language it speaks,
     * and a reason shown to an English reader must not carry the German one.
     */
    private String shownIn(Problem problem) {
        String line = problem.toString();
        String german = problem.message();
        String wanted = problem.message(messages.locale());
        return line.endsWith(german) ? line.substring(0, line.length() - german.length()) + wanted : line;
    }
}
