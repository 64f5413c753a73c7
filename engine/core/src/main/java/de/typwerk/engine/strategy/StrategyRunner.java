package de.typwerk.engine.strategy;

import de.typwerk.api.model.Location;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scoring strategy on a checked response, guarded ({@link StrategyCall#GUARDED}): the strategy
 * runs on a thread of its own with a time limit (10 seconds unless told otherwise) and the plugin's
 * class loader as context class loader; whatever it throws, a timeout, or a sheet that breaks the
 * {@link ScoreSheet} contract becomes a {@link Problem} naming the strategy's id, never an exception
 * for the caller.
 *
 * <p>A strategy that ignores interruption is stopped a moment after the time limit
 * ({@link Runaways}); it cannot hold up the caller or the JVM's exit either way.
 *
 * <p>{@link StrategyCall#INLINE} runs it on the caller's thread instead, in the plugin's context and
 * with the same checks but without a time limit: for a caller that keeps the limit itself and can
 * abandon its own thread (the batch's workers).
 */
public final class StrategyRunner implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Mappers mappers;
    private final Messages messages;
    private final Duration timeout;
    private final SheetCheck check;
    private final ExecutorService executor;

    @Inject
    public StrategyRunner(Mappers mappers, Messages messages) {
        this(mappers, messages, DEFAULT_TIMEOUT);
    }

    public StrategyRunner(Mappers mappers, Messages messages, Duration timeout) {
        this.mappers = mappers;
        this.messages = messages;
        this.timeout = timeout;
        this.check = new SheetCheck(messages);
        this.executor = Executors.newCachedThreadPool(new DaemonThreads());
    }

    /**
     * Scores {@code response} with {@code strategy}, using the parameters the questionnaire carries
     * for it: its own when it is the definition's strategy, else those under
     * {@code scoring.alternatives} (so {@code --strategy} works only where the definition says how).
     * Prepares the strategy for this one call; to score many responses, {@link #prepare} once.
     */
    public RunOutcome score(ScoringStrategy<?> strategy, Questionnaire questionnaire, Response response) {
        return score(strategy, questionnaire, response, StrategyCall.GUARDED);
    }

    /** As {@link #score(ScoringStrategy, Questionnaire, Response)}, the strategy run as {@code call} says. */
    public RunOutcome score(ScoringStrategy<?> strategy, Questionnaire questionnaire, Response response, StrategyCall call) {
        return score(prepare(strategy, questionnaire), response, call);
    }

    /**
     * Prepares {@code strategy} for {@code questionnaire} ({@link ScoringStrategy#prepare}) with the
     * parameters the questionnaire carries for it, read into the strategy's parameter type. The
     * strategy's {@code prepare} runs on the calling thread, without a time limit. Whatever fails
     * (no parameters, parameters that do not read, plugin code that throws) is kept as the
     * outcome of every later call, never thrown.
     */
    public PreparedStrategy prepare(ScoringStrategy<?> strategy, Questionnaire questionnaire) {
        Optional<PluginOrigin> origin = strategy instanceof PluginOrigin.Known known ? Optional.of(known.origin()) : Optional.empty();
        String id;
        try {
            id = strategy.id();
        } catch (RuntimeException e) {
            String named = strategy.getClass().getName();
            logThrown(named, origin, "while telling its id", e);
            return failed(named, questionnaire, origin,
                    m -> failed(named, "strategy-failed", m.get("scoring.failed", PreparedStrategy.named(named, origin, m), describe(e, m))));
        }
        try {
            return prepare(strategy, id, origin, questionnaire);
        } catch (RuntimeException e) {
            // plugin code also runs here (its parameter type, its version): it may throw too
            String named = id;
            logThrown(id, origin, "while preparing for " + questionnaire.coordinates(), e);
            return failed(id, questionnaire, origin,
                    m -> failed(named, "strategy-failed", m.get("scoring.failed", PreparedStrategy.named(named, origin, m), describe(e, m))));
        }
    }

    /**
     * A strategy that cannot score, {@code failure} saying why in the language it is given: said
     * now in this runner's, and in another's when an engine speaking another language asks.
     */
    private PreparedStrategy failed(String id, Questionnaire questionnaire, Optional<PluginOrigin> origin,
                                    Function<Messages, RunOutcome> failure) {
        return PreparedStrategy.failed(id, questionnaire, origin, messages, failure);
    }

    private PreparedStrategy prepare(ScoringStrategy<?> strategy, String id, Optional<PluginOrigin> origin, Questionnaire questionnaire) {
        Optional<ScoringSpec> spec = questionnaire.scoring();
        if (spec.isEmpty()) {
            return failed(id, questionnaire, origin,
                    m -> failed(id, "no-scoring", m.get("scoring.no-scoring", questionnaire.coordinates())));
        }
        Optional<Map<String, Object>> parameters = spec.get().parametersFor(id);
        if (parameters.isEmpty()) {
            List<String> offered = new java.util.ArrayList<>();
            offered.add(spec.get().strategy());
            offered.addAll(new java.util.TreeSet<>(spec.get().alternatives().keySet()));
            return failed(id, questionnaire, origin, m -> failed(id, "no-parameters",
                    m.get("scoring.no-parameters", questionnaire.coordinates(), id, String.join(", ", offered))));
        }
        return prepare(strategy, id, origin, questionnaire, parameters.get(), spec.get().missing());
    }

    private <P> PreparedStrategy prepare(ScoringStrategy<P> strategy, String id, Optional<PluginOrigin> origin, Questionnaire questionnaire,
                                         Map<String, Object> rawParameters, MissingAnswers missing) {
        P parameters;
        try {
            parameters = mappers.json().convertValue(rawParameters, strategy.parametersType());
        } catch (IllegalArgumentException e) {
            String reason = firstLine(e.getMessage());
            return failed(id, questionnaire, origin, m -> failed(id, "bad-parameters", m.get("scoring.bad-parameters", id, reason)));
        }
        String version = strategy.version().toString();
        ClassLoader loader = strategy.getClass().getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        PreparedScorer scorer;
        try {
            scorer = strategy.prepare(questionnaire, parameters);
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            logThrown(id, origin, "while preparing for " + questionnaire.coordinates(), e);
            return failed(id, questionnaire, origin, m -> failed(id, "strategy-failed", m.get("scoring.prepare-failed",
                    PreparedStrategy.named(id, origin, m), questionnaire.coordinates(), describe(e, m))));
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (scorer == null) {
            return failed(id, questionnaire, origin, m -> failed(id, "strategy-failed",
                    m.get("scoring.prepared-nothing", PreparedStrategy.named(id, origin, m), questionnaire.coordinates())));
        }
        return PreparedStrategy.ready(id, version, questionnaire, withBoundMinimum(rawParameters, parameters), missing, scorer,
                loader, origin);
    }

    /** The parameter the result reads the answers a dimension needs from, not to be marked thin. */
    static final String MIN_ANSWERS_PER_DIMENSION = "minAnswersPerDimension";

    /**
     * The parameters as the definition wrote them, with {@code minAnswersPerDimension} as the
     * strategy's parameters record holds it where the definition leaves it out: the default its
     * compact constructor sets is the strategy's word on when a dimension is thin, and the result
     * must not fall back to 2 behind its back. Unchanged for a parameters type that is no record, has
     * no component of that name, holds no number there, or whose accessor cannot be called.
     */
    static Map<String, Object> withBoundMinimum(Map<String, Object> written, Object bound) {
        if (written.containsKey(MIN_ANSWERS_PER_DIMENSION) || bound == null || !bound.getClass().isRecord()) return written;
        for (java.lang.reflect.RecordComponent component : bound.getClass().getRecordComponents()) {
            if (!component.getName().equals(MIN_ANSWERS_PER_DIMENSION)) continue;
            Object value;
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true);   // a record the plugin keeps package-private
                value = accessor.invoke(bound);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return written;
            }
            if (!(value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)) {
                return written;
            }
            Map<String, Object> completed = new java.util.LinkedHashMap<>(written);
            completed.put(MIN_ANSWERS_PER_DIMENSION, value);
            return completed;
        }
        return written;
    }

    /**
     * Scores {@code response}, which must be checked against the questionnaire {@code prepared} was
     * made for, with its prepared scorer, run as {@code call} says; checks the sheet it returns.
     */
    public RunOutcome score(PreparedStrategy prepared, Response response, StrategyCall call) {
        // prepared by this runner or by the engine this one speaks for: said in this runner's language
        if (prepared.failure().isPresent()) return prepared.failure(messages).orElseThrow();
        String id = prepared.strategyId();
        ScoringContext context = new Call(response, prepared.missing(), messages.locale());
        ScoreSheet sheet;
        if (call == StrategyCall.INLINE) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(prepared.loader());
            try {
                sheet = de.typwerk.engine.strategy.PluginCalls.during(prepared, () -> prepared.scorer().score(context));
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                // what the guarded call reports from its ExecutionException
                logThrown(id, prepared.origin(), "", e);
                return failed(id, "strategy-failed", messages.get("scoring.failed", prepared.named(messages), describe(e)));
            } finally {
                thread.setContextClassLoader(previous);
            }
        } else {
            Guarded guarded = onScoringThread(prepared, context);
            if (guarded.failure().isPresent()) return guarded.failure().get();
            // a strategy may return null: SheetCheck reports it as a bad sheet
            sheet = guarded.sheet().orElse(null);
        }
        // a sheet that keeps the contract the quick way has its contributions summed in the same walk
        ContributionSums sums = SheetCheck.summed(sheet, prepared.ids());
        if (sums == null) {
            List<String> faults = check.faults(sheet, prepared.questionnaire(), prepared.ids());
            if (!faults.isEmpty()) {
                return failed(id, "strategy-bad-sheet", messages.get("scoring.bad-sheet", prepared.named(messages), String.join("; ", faults)));
            }
        }
        CheckedSheet scored = new CheckedSheet(id, prepared.strategyVersion(), sheet, prepared.missing(), prepared.parameters(), sums);
        return new RunOutcome(id, Optional.of(scored), List.of());
    }

    /** The engine's side of one scoring call. */
    private record Call(Response response, MissingAnswers missing, Locale locale) implements ScoringContext {
    }

    /** The sheet of a guarded call (empty: the strategy returned null), or why there is none. */
    private record Guarded(Optional<ScoreSheet> sheet, Optional<RunOutcome> failure) {
    }

    private Guarded onScoringThread(PreparedStrategy prepared, ScoringContext context) {
        String id = prepared.strategyId();
        Future<ScoreSheet> future;
        // the thread while it is in this call: a runaway is stopped only while still in it
        java.util.concurrent.atomic.AtomicReference<Thread> inCall = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            future = executor.submit(() -> {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                // plugin code finds its own resources (ServiceLoader, bundles) through this loader
                thread.setContextClassLoader(prepared.loader());
                inCall.set(thread);
                try {
                    return de.typwerk.engine.strategy.PluginCalls.during(prepared, () -> prepared.scorer().score(context));
                } finally {
                    inCall.set(null);
                    thread.setContextClassLoader(previous);
                }
            });
        } catch (RuntimeException e) {
            // closed on the way here (another thread closed the engine): the caller's error, not the strategy's
            if (executor.isShutdown()) throw closed(e);
            return failure(failed(id, "strategy-failed", messages.get("scoring.failed", prepared.named(messages), describe(e))));
        }
        try {
            return new Guarded(Optional.ofNullable(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS)), Optional.empty());
        } catch (CancellationException e) {
            // only close() cancels a call on its way: the engine was closed while it ran
            throw closed(e);
        } catch (TimeoutException e) {
            if (executor.isShutdown()) throw closed(e);
            future.cancel(true);
            Thread runaway = inCall.get();
            if (runaway != null) Runaways.stopLater(runaway, () -> inCall.get() == runaway);
            return failure(failed(id, "strategy-timeout", messages.get("scoring.timeout", prepared.named(messages), seconds(timeout))));
        } catch (ExecutionException e) {
            // closed while the strategy ran, which close() interrupted: whatever it threw then is no fault of its own
            if (executor.isShutdown()) throw closed(e.getCause());
            logThrown(id, prepared.origin(), "", e.getCause());
            return failure(failed(id, "strategy-failed", messages.get("scoring.failed", prepared.named(messages), describe(e.getCause()))));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failure(failed(id, "strategy-interrupted", messages.get("scoring.interrupted", prepared.named(messages))));
        }
    }

    private static Guarded failure(RunOutcome outcome) {
        return new Guarded(Optional.empty(), Optional.of(outcome));
    }

    /** How long a guarded strategy call may take. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Ends the scoring threads; a strategy still running is interrupted. A call that is running or
     * on its way then throws an {@link IllegalStateException} ({@link #CLOSED}), as a call made
     * after it does, whatever the strategy did meanwhile: it is not refused as the strategy's failure.
     */
    @Override
    public void close() {
        for (Runnable waiting : executor.shutdownNow()) {
            if (waiting instanceof Future<?> call) call.cancel(true);
        }
    }

    /** What a scoring call on a closed engine throws: the scoring threads are gone, and no strategy is to blame. */
    public static final String CLOSED = "This Typwerk engine is closed: build a new one (Typwerk.builder()...build()) to score.";

    private static IllegalStateException closed(Throwable cause) {
        return new IllegalStateException(CLOSED, cause);
    }

    /**
     * The logger on which a strategy's exception is logged at DEBUG, with its stack trace, as it is
     * caught: the problem of the run says what failed in one line, this says where, for the plugin's
     * maker ({@code typwerk --debug} shows it; a host that embeds the engine sets this logger to DEBUG).
     */
    public static final String FAILURE_LOGGER = "de.typwerk.engine.strategies";

    /**
     * Logs {@code thrown} of the strategy {@code id} at DEBUG on {@link #FAILURE_LOGGER}, on the thread
     * that caught it; {@code when} says in what call, after "threw" ("while preparing for …"), or is empty.
     */
    public static void logThrown(String id, Optional<PluginOrigin> origin, String when, Throwable thrown) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FAILURE_LOGGER);
        if (thrown == null || !log.isDebugEnabled()) return;
        log.debug("the scoring strategy '" + id + "'" + origin.map(o -> " (plugin '" + o.pluginId() + "')").orElse("")
                + " threw" + (when.isEmpty() ? "" : " " + when) + ":", thrown);
    }

    private static RunOutcome failed(String strategyId, String code, String message) {
        return new RunOutcome(strategyId, Optional.empty(), List.of(Problem.error(code, message, Location.source(""))));
    }

    /** An exception as one line, {@code IllegalStateException: message}: enough to report, no trace. */
    private String describe(Throwable t) {
        return describe(t, messages);
    }

    /** As {@link #describe(Throwable)}, in the language of {@code in}. */
    private static String describe(Throwable t, Messages in) {
        return t == null ? "" : de.typwerk.engine.i18n.Failures.describe(t, in);
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** Named daemon threads: a strategy that never returns must not keep the JVM alive. */
    private static final class DaemonThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "typwerk-scoring-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
