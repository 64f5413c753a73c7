package de.typwerk.engine;

import de.typwerk.engine.scoring.Scoring;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.NotLoaded;
import de.typwerk.engine.plugin.Offer;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.plugin.PluginFolders;
import de.typwerk.engine.plugin.PluginPlatform;
import de.typwerk.engine.plugin.PluginSet;
import de.typwerk.engine.plugin.StrategyRegistry;
import de.typwerk.engine.report.ResultJson;
import de.typwerk.engine.scoring.ResultAssembler;
import de.typwerk.engine.scoring.ResultDetail;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.StrategyCall;
import de.typwerk.engine.strategy.StrategyCatalog;
import de.typwerk.engine.variant.ResolvedDefinition;
import de.typwerk.engine.variant.VariantLinker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * The engine, for the CLI and for integrators who embed it:
 *
 * <pre>{@code
 * try (Typwerk typwerk = Typwerk.builder().pluginsFrom(Path.of("plugins")).build()) {
 *     typwerk.questionnaires().forEach(q -> System.out.println(q.questionnaire().id()));
 * }
 * }</pre>
 *
 * Plugins come from the class path (Typwerk's own, bundled ones) and from plugins folders, each jar
 * there in its own class loader. An application that follows the CLI's conventions for which
 * folders to use ({@code --plugins DIR}, else {@code TYPWERK_PLUGINS}, else
 * {@code ~/.typwerk/plugins} if it exists) gets them from {@link PluginFolders#choose}.
 *
 * <p>Thread-safe once built. Closing it closes the plugin class loaders; there is no reloading,
 * a changed plugin takes effect when a new engine is built.
 *
 * <p>No argument may be null: what may be left out is an {@link Optional}. A null throws a
 * {@link NullPointerException}, before any work where the scoring methods are concerned, naming
 * the parameter; bad input in a document is never an exception but a problem of the run.
 *
 * <p>Scoring with an engine that is closed (or with one {@link #speaking} for a closed engine)
 * throws an {@link IllegalStateException}: its scoring threads and the plugins' class loaders are
 * gone, and a run refused for that would blame the strategy. So does a call on the engine's scoring
 * threads that another thread's {@link #close} overtakes on its way there or while the strategy
 * runs (which close interrupts); a call that finished first keeps its result.
 */
@API(status = STABLE, since = "1.0")
public final class Typwerk implements AutoCloseable {

    private final Injector injector;
    private final PluginSet plugins;
    private final List<LoadedQuestionnaire> questionnaires;
    private final StrategyRunner scorer;
    /** Reads answers files and checks the answers of a response built in code: looked up once, used on every call. */
    private final AnswersReader answers;
    private final Scoring scoring;
    /** Whether this engine loaded the plugins (and closes them), or speaks for one that did. */
    private final boolean owner;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The engine this one speaks for ({@link #speaking}), or null when it loaded the plugins itself. */
    private final Typwerk origin;

    private Typwerk(Injector injector, PluginSet plugins) {
        this.injector = injector;
        this.plugins = plugins;
        this.owner = true;
        this.origin = null;
        this.questionnaires = plugins.questionnaires().stream()
                .map(s -> new LoadedQuestionnaire(s.questionnaire(), s.pluginId(), s.source(), s.contentHash(),
                        s.written(), s.resolved().bases()))
                .toList();
        // created now, closed in close(): its threads start only when a strategy runs
        this.scorer = injector.getInstance(StrategyRunner.class);
        this.answers = injector.getInstance(AnswersReader.class);
        this.scoring = new Scoring(answers, strategies(), scorer,
                injector.getInstance(ResultAssembler.class), messages(), questionnaires);
    }

    /** The engine {@code origin} speaking another language: its plugins, questionnaires and prepared strategies. */
    private Typwerk(Injector injector, Typwerk origin) {
        this.injector = injector;
        this.plugins = origin.plugins;
        this.owner = false;
        this.origin = origin;
        this.questionnaires = origin.questionnaires;
        this.scorer = injector.getInstance(StrategyRunner.class);
        this.answers = injector.getInstance(AnswersReader.class);
        this.scoring = origin.scoring.speaking(answers, strategies(), scorer,
                injector.getInstance(ResultAssembler.class), messages());
    }

    /**
     * This engine in another language: the same loaded plugins, class loaders, strategies (each
     * prepared once, for whichever language first needs it) and questionnaires, with messages in {@code locale}'s language, so that a
     * server answers every caller in theirs without loading anything twice. Closing it ends only
     * its own scoring threads; it must not be used after this engine is closed.
     *
     * @param locale the language to speak: German or English (any other speaks German)
     * @return this engine when it already speaks it, else a view of it in that language
     */
    public Typwerk speaking(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        // French is spoken as German: a German engine asked for it is this one, not a second German view with
        // its own scoring threads for each caller (a server handing on Accept-Language)
        locale = spoken(locale);
        if (locale.getLanguage().equals(messages().locale().getLanguage())) return this;
        // what was loaded, shared; what is said of the plugins that were not, in the other language
        NotLoaded notLoaded = injector.getInstance(NotLoaded.class).speaking(new Messages(locale));
        StrategyRegistry shared = injector.getInstance(StrategyRegistry.class).speaking(notLoaded);
        Injector other = Guice.createInjector(Stage.PRODUCTION, Modules.override(new EngineModule(locale, scorer.timeout()))
                .with(binder -> {
                    binder.bind(StrategyRegistry.class).toInstance(shared);
                    binder.bind(NotLoaded.class).toInstance(notLoaded);
                }));
        return new Typwerk(other, this);
    }

    /** The language Typwerk speaks for {@code locale}: English for English, German for every other. */
    private static Locale spoken(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** {@return a builder of an engine, with the defaults its methods name} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return every plugin candidate with its decision, loaded ones first, each group by id (then source)} */
    @API(status = EXPERIMENTAL, since = "1.0")
    public List<PluginEntry> plugins() {
        return plugins.entries();
    }

    /** {@return every loaded questionnaire, by id then version} */
    public List<LoadedQuestionnaire> questionnaires() {
        return questionnaires;
    }

    /**
     * The questionnaire with this id (its highest version), or {@code id@version} for exactly that
     * version ({@code oefit-digitalisierungstypen@1.0} finds 1.0.0).
     *
     * @param idOrCoordinates an id, or {@code id@version}
     * @return the questionnaire, or empty if none is loaded under that name
     */
    public Optional<LoadedQuestionnaire> questionnaire(String idOrCoordinates) {
        Objects.requireNonNull(idOrCoordinates, "idOrCoordinates");
        int at = idOrCoordinates.indexOf('@');
        if (at < 0) {
            return questionnaires.stream().filter(q -> q.questionnaire().id().equals(idOrCoordinates))
                    .max(Comparator.comparing(q -> q.questionnaire().version(), PluginPlatform::compareVersions));
        }
        String id = idOrCoordinates.substring(0, at);
        String version = idOrCoordinates.substring(at + 1);
        return questionnaires.stream()
                .filter(q -> q.questionnaire().id().equals(id) && sameVersion(q.questionnaire().version(), version))
                .findFirst();
    }

    private static boolean sameVersion(String a, String b) {
        if (Version.isValid(a) && Version.isValid(b)) return Version.parse(a).equals(Version.parse(b));
        return a.equals(b);
    }

    /** {@return the scoring strategies of the loaded plugins; each call into one runs in its plugin's context} */
    @API(status = EXPERIMENTAL, since = "1.0")
    public StrategyCatalog strategies() {
        return injector.getInstance(StrategyRegistry.class);
    }

    /**
     * The strategies that could not prepare for a loaded questionnaire that offers them (plugin
     * code that threw, parameters that do not read), each as a problem naming strategy, plugin and
     * questionnaire: every response to that questionnaire scored with it is refused with it. Empty
     * when every strategy is ready; {@code strict(true)} does not start otherwise. A strategy is
     * prepared for a questionnaire when a response to it is first scored with it (a command that
     * scores one questionnaire prepares only what it uses); this method prepares every one not
     * prepared yet, once, as a server does before its first request.
     *
     * @return the problems, in the order the questionnaires were loaded and their strategies offered
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public List<Problem> unprepared() {
        return scoring.unprepared();
    }

    /** {@return the messages in the language this engine was built for} */
    @API(status = INTERNAL, since = "1.0")
    public Messages messages() {
        return injector.getInstance(Messages.class);
    }

    /**
     * Validates a definition file, every definition file below a folder ({@code .yaml},
     * {@code .yml}, {@code .json}; {@code target/} and hidden folders skipped; a plugin descriptor
     * found at {@code META-INF/typwerk/plugin.yaml}, or its copy for uber jars under
     * {@code META-INF/typwerk/plugins/<name>/}, is checked as a descriptor), or the descriptor
     * and every definition in a plugin jar, against the loaded strategies. A variant is resolved
     * against the definitions beside it and the loaded questionnaires, and validated as a whole.
     * Problems come sorted by source, line, column; their source is the path as given (a relative
     * path stays relative).
     *
     * @param path a definition file, a folder of them, or a plugin jar
     * @return the problems, sorted by source, line and column; empty if there are none
     */
    public List<Problem> validate(Path path) {
        Objects.requireNonNull(path, "path");
        Map<String, String> sources = new HashMap<>();
        plugins.entries().stream().filter(PluginEntry::loaded).forEach(e -> sources.putIfAbsent(e.id(), e.source()));
        Map<String, FileValidation.Owner> owners = new HashMap<>();
        plugins.questionnaires().forEach(q -> owners.putIfAbsent(q.questionnaire().coordinates(),
                new FileValidation.Owner(q.pluginId(), sources.getOrDefault(q.pluginId(), q.pluginId()))));
        Map<String, FileValidation.Owner> strategyOwners = new HashMap<>();
        plugins.entries().stream().filter(PluginEntry::loaded).forEach(e -> e.offers().stream()
                .filter(o -> o.kind() == Offer.Kind.STRATEGY)
                .forEach(o -> strategyOwners.putIfAbsent(o.id(), new FileValidation.Owner(e.id(), e.source()))));
        return injector.getInstance(FileValidation.class).validate(path, loadedDefinitions(), owners, strategyOwners);
    }

    /**
     * Validates one definition given as bytes (its name tells YAML from JSON and names it in
     * problems) against the loaded strategies; a variant is resolved against the loaded
     * questionnaires and validated as a whole. For tools that hold a definition rather than a file.
     *
     * @param definition the definition's name and bytes
     * @return the problems; empty if there are none
     */
    public List<Problem> validate(DefinitionSource definition) {
        Objects.requireNonNull(definition, "definition");
        return injector.getInstance(FileValidation.class).validate(definition, loadedDefinitions());
    }

    /**
     * A variant, read without errors, resolved against the loaded questionnaires and validated as a
     * whole with the loaded strategies, as loading resolves one: for the test kit, which reads a
     * variant from the test class path for a strategy's tests.
     *
     * @param variant a definition with {@code extends}, read without errors
     * @return the variant resolved, or why it is not
     */
    @API(status = INTERNAL, since = "1.0")
    public VariantLinker.Linked resolve(DefinitionRead variant) {
        Objects.requireNonNull(variant, "variant");
        return injector.getInstance(VariantLinker.class)
                .link(loadedDefinitions(), List.of(new VariantLinker.Pending(variant, ""))).get(0);
    }

    private List<ResolvedDefinition> loadedDefinitions() {
        return plugins.questionnaires().stream().map(PluginSet.Shipped::resolved).toList();
    }

    /**
     * For a questionnaire id (or {@code id@version}) that is not loaded: a sentence, with a leading
     * space, naming the plugins that would have provided it and why they were not loaded; else
     * {@code ""}.
     *
     * @param questionnaire a questionnaire id, or {@code id@version}
     * @return the note, or {@code ""}
     */
    public String notLoadedNote(String questionnaire) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        return injector.getInstance(NotLoaded.class).questionnaireNote(questionnaire);
    }

    /**
     * Reads and checks a complete answers file (YAML or JSON, chosen by the ending of
     * {@code source}, else by its content, as {@link #score(String, byte[], Optional)} chooses it)
     * against the loaded questionnaires; see {@link AnswersReader}.
     *
     * @param source  how problems name the document; its ending selects the format
     * @param content the document's bytes
     * @return the checked response, or the problems
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public AnswersRead readAnswers(String source, byte[] content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        return answers.read(source, content, questionnaires);
    }

    /**
     * Reads answers that may be incomplete (required questions may be unanswered), e.g. to resume
     * an interactive session; everything else is checked as in {@link #readAnswers}.
     *
     * @param source  how problems name the document; its ending selects the format
     * @param content the document's bytes
     * @return the checked response, or the problems
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public AnswersRead readPartialAnswers(String source, byte[] content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        return answers.readPartial(source, content, questionnaires);
    }

    /**
     * Scores an answers file with the strategy its questionnaire names.
     *
     * @param answersFile an answers file (YAML or JSON)
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    public ScoreRun score(Path answersFile) {
        return score(answersFile, Optional.empty());
    }

    /**
     * Scores an answers file. Problems name the file as given ({@code answersFile.toString()}).
     *
     * @param strategyId another strategy than the definition's, allowed only where the definition
     *                   carries parameters for it ({@code scoring.alternatives}); else a problem
     *                   lists the strategies it has parameters for; empty for the definition's
     *                   own; an id that is empty or blank is refused ({@code strategy-empty}), as
     *                   {@code typwerk score --strategy ""} and {@code POST /v1/score?strategy=} refuse it
     *
     * @param answersFile an answers file (YAML or JSON)
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    public ScoreRun score(Path answersFile, Optional<String> strategyId) {
        Objects.requireNonNull(answersFile, "answersFile");
        Objects.requireNonNull(strategyId, "strategyId");
        ensureOpen();
        byte[] content;
        try {
            content = Mappers.readBounded(answersFile);
        } catch (IOException e) {
            return new ScoreRun.Refused(List.of(Problem.error("unreadable", messages().get("answers.unreadable", Failures.io(e, messages())),
                    Location.source(answersFile.toString()))));
        }
        if (content.length > Mappers.MAX_DOCUMENT_BYTES) {
            return new ScoreRun.Refused(List.of(AnswersReader.tooLarge(answersFile.toString(), Mappers.sizeOf(answersFile), messages())));
        }
        return score(answersFile.toString(), content, strategyId);
    }

    /**
     * Scores the content of an answers file; {@code source} names it in problems and its ending
     * selects the format ({@code .yaml} or {@code .yml}: YAML, {@code .json}: JSON); a name with
     * neither ending ({@code <stdin>}, {@code answers}) is read as JSON when its content starts with
     * <code>{</code> or {@code [} (after a byte order mark and white space), else as YAML.
     *
     * @param source     how problems name the document
     * @param content    the document's bytes
     * @param strategyId a strategy other than the definition's, or empty for the definition's (a blank one is refused: {@code strategy-empty})
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    public ScoreRun score(String source, byte[] content, Optional<String> strategyId) {
        return score(source, content, strategyId, ResultDetail.FULL, StrategyCall.GUARDED);
    }

    /**
     * As {@link #score(String, byte[], Optional)}, building only what {@code detail} asks for
     * ({@link ResultDetail#NUMBERS}: for output that prints ids and numbers only).
     *
     * @param source     how problems name the document
     * @param content    the document's bytes
     * @param strategyId a strategy other than the definition's, or empty for the definition's (a blank one is refused: {@code strategy-empty})
     * @param detail     which parts of the result to build
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public ScoreRun score(String source, byte[] content, Optional<String> strategyId, ResultDetail detail) {
        return score(source, content, strategyId, detail, StrategyCall.GUARDED);
    }

    /**
     * As {@link #score(String, byte[], Optional, ResultDetail)}, the strategy run as {@code call}
     * says: with {@link StrategyCall#INLINE} on the calling thread and without a time limit, which
     * the caller then keeps itself (see {@link #scoringTimeout()}).
     *
     * @param source     how problems name the document
     * @param content    the document's bytes
     * @param strategyId a strategy other than the definition's, or empty for the definition's (a blank one is refused: {@code strategy-empty})
     * @param detail     which parts of the result to build
     * @param call       where the strategy runs
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public ScoreRun score(String source, byte[] content, Optional<String> strategyId, ResultDetail detail, StrategyCall call) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(call, "call");
        ensureOpen();
        return scoring.score(source, content, questionnaires, strategyId, detail, call);
    }

    /** {@return how long a strategy may take for one response (see {@link Builder#scoringTimeout})} */
    public Duration scoringTimeout() {
        return scorer.timeout();
    }

    /**
     * Scores a response against {@code questionnaire}: one from {@link #readAnswers}, or one an
     * application built in code ({@link Response#builder}). Each answer is checked as an answers
     * file's is (a question of {@code questionnaire}, an answer of its kind, options it offers, a
     * number or scale point in its range, a text not too long): a wrong one refuses the run with
     * its problem at {@code /answers/<id>} (code {@code unknown-question}, {@code unknown-option},
     * {@code wrong-kind}, {@code out-of-range} …), and the strategy never sees it. Required and
     * conditional questions are not asked for: a response with answers left out is scored, with
     * the outcome {@code Insufficient} where too few are given. A response whose
     * {@link Response#questionnaireId()} is not {@code questionnaire}'s is refused (code
     * {@code other-questionnaire}); so is one whose {@link Response#questionnaireVersion()} is of
     * another major version or later than the loaded one (code {@code incompatible-version}, at
     * {@code /version}), as for a file, while one of an earlier version of the same major version is
     * scored with the warning {@code other-version}. Problems have an empty source.
     *
     * @param questionnaire the questionnaire answered
     * @param response      the answers
     * @param strategyId    a strategy other than the definition's, or empty for the definition's (a blank one is refused: {@code strategy-empty})
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    public ScoreRun score(LoadedQuestionnaire questionnaire, Response response, Optional<String> strategyId) {
        return score(questionnaire, response, strategyId, ResultDetail.FULL, StrategyCall.GUARDED);
    }

    /**
     * As {@link #score(LoadedQuestionnaire, Response, Optional)}, building only what {@code detail}
     * asks for and running the strategy as {@code call} says (see
     * {@link #score(String, byte[], Optional, ResultDetail, StrategyCall)}).
     *
     * @param questionnaire the questionnaire answered
     * @param response      the checked answers
     * @param strategyId    a strategy other than the definition's, or empty for the definition's (a blank one is refused: {@code strategy-empty})
     * @param detail        which parts of the result to build
     * @param call          where the strategy runs
     * @return the result, or the problems that refused it
     * @throws IllegalStateException if this engine is closed
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public ScoreRun score(LoadedQuestionnaire questionnaire, Response response, Optional<String> strategyId,
                          ResultDetail detail, StrategyCall call) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(call, "call");
        ensureOpen();
        // a response to another questionnaire (a variant shares most question ids with its base)
        // would be scored as this one's without a word
        if (!response.questionnaireId().equals(questionnaire.questionnaire().id())) {
            return new ScoreRun.Refused(List.of(Problem.error("other-questionnaire", messages().get("answers.other-questionnaire",
                    response.questionnaireId(), questionnaire.questionnaire().id()), de.typwerk.api.model.Location.source(""))));
        }
        // a response built in code has not met the reader: its answers are checked as a file's
        // would be, so that a wrong one is refused as the caller's, never passed to the strategy
        List<Problem> wrong = answers.checkAnswers("", questionnaire.questionnaire(), response);
        // and its respondent, as a file's: an AGS of seven digits, a line break pasted into the name
        List<Problem> respondent = answers.checkRespondent("", response.respondent());
        if (!respondent.isEmpty()) {
            List<Problem> all = new ArrayList<>(respondent);
            all.addAll(wrong);
            return new ScoreRun.Refused(all);
        }
        if (!wrong.isEmpty()) return new ScoreRun.Refused(wrong);
        // the version too, as a file's is read: another major version, or a newer one than the
        // loaded, is refused; an earlier one of the same major version is scored with a warning
        Optional<Problem> version = answers.versionProblem(questionnaire, response.questionnaireVersion(),
                Location.source("").withPointer("/version"));
        if (version.isPresent() && version.get().isError()) return new ScoreRun.Refused(List.of(version.get()));
        ScoreRun run = scoring.score("", questionnaire, response, strategyId, detail, call);
        if (version.isEmpty()) return run;
        List<Problem> all = new ArrayList<>(run.problems().size() + 1);
        all.add(version.get());
        all.addAll(run.problems());
        return run instanceof ScoreRun.Done done ? new ScoreRun.Done(done.result(), all) : new ScoreRun.Refused(all);
    }

    /**
     * The strategies {@code questionnaire} can be scored with: the definition's own first, then
     * those it carries parameters for under {@code scoring.alternatives}, by id. Empty when it is
     * not scored at all.
     *
     * @param questionnaire a loaded questionnaire
     * @return the ids of the strategies it can be scored with
     */
    public List<String> strategiesFor(LoadedQuestionnaire questionnaire) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        return questionnaire.questionnaire().scoring().map(Scoring::offered).orElse(List.of());
    }

    /** {@return what writes results as JSON following the published schema ({@link ResultJson#SCHEMA_RESOURCE})} */
    @API(status = EXPERIMENTAL, since = "1.0")
    public ResultJson resultJson() {
        return injector.getInstance(ResultJson.class);
    }

    /**
     * Ends the scoring threads and closes the plugin class loaders. Questionnaires and strategies
     * must not be used afterwards.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            scorer.close();
            if (owner) plugins.close();
        }
    }

    /**
     * Whether this engine is closed, or the one it {@link #speaking speaks} for is: scoring with it
     * then throws an {@link IllegalStateException}. For an application that hands an engine on
     * (a batch, a server) and wants to refuse a closed one before any work.
     *
     * @return whether {@link #close} was called on this engine or on the one it speaks for
     */
    public boolean isClosed() {
        return closed.get() || (origin != null && origin.closed.get());
    }

    /** Scoring needs the scoring threads and the plugins' class loaders, which {@link #close} ends. */
    private void ensureOpen() {
        if (isClosed()) {
            throw new IllegalStateException(StrategyRunner.CLOSED);
        }
    }

    /** Configures and starts an engine. */
    @API(status = STABLE, since = "1.0")
    public static final class Builder {

        private final List<Path> pluginDirs = new ArrayList<>();
        private boolean classPath = true;
        private Optional<ClassLoader> classPathLoader = Optional.empty();
        private boolean strict;
        private Locale locale = Locale.GERMAN;
        private Duration scoringTimeout = StrategyRunner.DEFAULT_TIMEOUT;
        private Optional<java.util.Set<String>> trusted = Optional.empty();

        private Builder() {
        }

        /**
         * Load a plugin jar from a folder only if its SHA-256 (hex) is one of {@code sha256}; every
         * other jar is refused, with its hash and path in {@link Typwerk#plugins()}. Plugins on the class
         * path are the application's own and not checked. Default: every jar loads.
         *
         * @param sha256 the hashes of the jars to trust
         * @return this builder
         */
        public Builder trust(java.util.Set<String> sha256) {
            Objects.requireNonNull(sha256, "sha256");
            this.trusted = Optional.of(sha256.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            return this;
        }

        /**
         * How long a strategy may take for one response before it is stopped and reported
         * (default 10 s).
         *
         * @param timeout the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder scoringTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
            this.scoringTimeout = timeout;
            return this;
        }

        /**
         * Also load every plugin jar in {@code dir} (each in its own class loader); may be called
         * more than once. Folders are searched in the order given, the jars in each by file name;
         * of two plugins with one id, the first found is loaded. A folder that does not exist loads
         * nothing; with {@link #strict(boolean) strict(true)} it stops {@link #build()} with a
         * {@link TypwerkStartException} naming it.
         *
         * @param dir a folder of plugin jars
         * @return this builder
         */
        public Builder pluginsFrom(Path dir) {
            pluginDirs.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        /**
         * {@link #pluginsFrom(Path)} for each of {@code dirs}.
         *
         * @param dirs folders of plugin jars
         * @return this builder
         */
        public Builder pluginsFrom(List<Path> dirs) {
            for (Path dir : Objects.requireNonNull(dirs, "dirs")) pluginDirs.add(Objects.requireNonNull(dir, "dirs"));
            return this;
        }

        /**
         * Whether plugins on the class path are loaded (default: yes).
         *
         * @param load whether to load them
         * @return this builder
         */
        public Builder classPathPlugins(boolean load) {
            this.classPath = load;
            return this;
        }

        /**
         * The class loader whose class path is searched for plugins (default: the loader of the
         * engine itself), for applications that keep their plugins in a loader of their own.
         *
         * @param loader the loader to find class path plugins in
         * @return this builder
         */
        public Builder classPathLoader(ClassLoader loader) {
            this.classPathLoader = Optional.of(Objects.requireNonNull(loader, "loader"));
            return this;
        }

        /**
         * Fail {@link #build()} if any plugin is refused or fails, or a {@link #pluginsFrom(Path)}
         * folder does not exist (default: no, report and go on).
         *
         * @param strict whether a refused or failed plugin stops the start
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The language of messages (German default, English); a locale of any other language
         * speaks German, as the command line does under a system language it does not speak.
         *
         * @param locale German or English
         * @return this builder
         */
        public Builder locale(Locale locale) {
            // any other language speaks German, and says so: messages().locale() is German, not the locale given
            this.locale = spoken(Objects.requireNonNull(locale, "locale"));
            return this;
        }

        /**
         * Loads the plugins and starts the engine.
         *
         * @return the engine, immutable and thread-safe
         * @throws TypwerkStartException in strict mode, when any plugin was refused or failed, or a
         *                               strategy could not prepare for a questionnaire ({@link Typwerk#unprepared})
         */
        public Typwerk build() {
            QuietLogging.unlessBound();
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new EngineModule(locale, scoringTimeout));
            if (strict) {
                // a plugins folder named with a slip loads nothing, and nothing of it would be refused:
                // strict stops here, as typwerk --plugins refuses such a folder
                List<Path> missing = pluginDirs.stream().filter(d -> !java.nio.file.Files.isDirectory(d)).toList();
                if (!missing.isEmpty()) {
                    Messages messages = injector.getInstance(Messages.class);
                    StringBuilder text = new StringBuilder(messages.get("plugin.strict-no-folder", missing.size()));
                    missing.forEach(d -> text.append(System.lineSeparator()).append("  ").append(d));
                    throw new TypwerkStartException(text.toString(), List.of());
                }
            }
            Optional<ClassLoader> scanned = classPath
                    ? Optional.of(classPathLoader.orElse(Typwerk.class.getClassLoader()))
                    : Optional.empty();
            PluginSet plugins = injector.getInstance(PluginPlatform.class).load(scanned, List.copyOf(pluginDirs), trusted);
            List<PluginEntry> refused = plugins.entries().stream().filter(e -> !e.loaded()).toList();
            if (strict && !refused.isEmpty()) {
                plugins.close();
                Messages messages = injector.getInstance(Messages.class);
                StringBuilder text = new StringBuilder(messages.get("plugin.strict", refused.size()));
                refused.forEach(e -> text.append(System.lineSeparator()).append("  ").append(e.reason()));
                throw new TypwerkStartException(text.toString(), refused);
            }
            Typwerk engine = new Typwerk(injector, plugins);
            if (strict && !engine.unprepared().isEmpty()) {
                engine.close();
                Messages messages = injector.getInstance(Messages.class);
                StringBuilder text = new StringBuilder(messages.get("plugin.strict-unprepared", engine.unprepared().size()));
                engine.unprepared().forEach(p -> text.append(System.lineSeparator()).append("  ").append(p.message()));
                throw new TypwerkStartException(text.toString(), List.of());
            }
            return engine;
        }
    }
}
