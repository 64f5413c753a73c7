package de.typwerk.engine.scoring;

import de.typwerk.api.model.Location;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringRequest;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.IdentityMemo;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scoring strategy on a checked response, guarded: the strategy runs on a thread of its own
 * with a time limit (10 seconds unless told otherwise) and the plugin's class loader as context
 * class loader; whatever it throws, a timeout, or a sheet that breaks the {@link ScoreSheet}
 * contract becomes a {@link Problem} naming the strategy's id, never an exception for the caller.
 *
 * <p>A strategy that ignores interruption keeps its (daemon) thread busy after the time limit; the
 * JVM offers no way to stop it, but it cannot hold up the caller or the JVM's exit.
 */
public final class Scorer implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Mappers mappers;
    private final Messages messages;
    private final Duration timeout;
    private final SheetCheck check;
    private final ExecutorService executor;
    /** Parameters bound per (strategy, parameters as written): the definition is immutable, binding is not cheap. */
    private final IdentityMemo<Object> bound = new IdentityMemo<>(32);
    /** Each strategy's version as text, asked once per strategy instance: a batch asks per row. */
    private final IdentityMemo<String> versions = new IdentityMemo<>(32);

    @Inject
    public Scorer(Mappers mappers, Messages messages) {
        this(mappers, messages, DEFAULT_TIMEOUT);
    }

    public Scorer(Mappers mappers, Messages messages, Duration timeout) {
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
     */
    public ScoringOutcome score(ScoringStrategy<?> strategy, Questionnaire questionnaire, Response response) {
        return score(strategy, questionnaire, response, StrategyCall.GUARDED);
    }

    /** As {@link #score(ScoringStrategy, Questionnaire, Response)}, the strategy run as {@code call} says. */
    public ScoringOutcome score(ScoringStrategy<?> strategy, Questionnaire questionnaire, Response response, StrategyCall call) {
        String id;
        try {
            id = strategy.id();
        } catch (RuntimeException e) {
            id = strategy.getClass().getName();
            return failed(id, "strategy-failed", messages.get("scoring.failed", id, describe(e)));
        }
        try {
            return guarded(strategy, id, questionnaire, response, call);
        } catch (RuntimeException e) {
            // plugin code also runs here (its parameter type, its version): it may throw too
            return failed(id, "strategy-failed", messages.get("scoring.failed", id, describe(e)));
        }
    }

    private ScoringOutcome guarded(ScoringStrategy<?> strategy, String id, Questionnaire questionnaire, Response response,
                                   StrategyCall call) {
        Optional<ScoringSpec> spec = questionnaire.scoring();
        if (spec.isEmpty()) {
            return failed(id, "no-scoring", messages.get("scoring.no-scoring", questionnaire.coordinates()));
        }
        Optional<Map<String, Object>> parameters = spec.get().parametersFor(id);
        if (parameters.isEmpty()) {
            List<String> offered = new java.util.ArrayList<>();
            offered.add(spec.get().strategy());
            offered.addAll(new java.util.TreeSet<>(spec.get().alternatives().keySet()));
            return failed(id, "no-parameters",
                    messages.get("scoring.no-parameters", questionnaire.coordinates(), id, String.join(", ", offered)));
        }
        return run(strategy, id, questionnaire, response, parameters.get(), spec.get().missing(), call);
    }

    private <P> ScoringOutcome run(ScoringStrategy<P> strategy, String id, Questionnaire questionnaire, Response response,
                                   Map<String, Object> rawParameters, MissingAnswers missing, StrategyCall call) {
        P parameters;
        try {
            Class<P> type = strategy.parametersType();
            parameters = type.cast(bound.get(() -> mappers.json().convertValue(rawParameters, type), strategy, rawParameters));
        } catch (IllegalArgumentException e) {
            return failed(id, "bad-parameters", messages.get("scoring.bad-parameters", id, firstLine(e.getMessage())));
        }
        ScoringRequest<P> request = new ScoringRequest<>(questionnaire, parameters, response, missing);
        ScoreSheet sheet;
        if (call == StrategyCall.INLINE) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(strategy.getClass().getClassLoader());
            try {
                sheet = strategy.score(request);
            } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
                // what the guarded call reports from its ExecutionException
                return failed(id, "strategy-failed", messages.get("scoring.failed", id, describe(e)));
            } finally {
                thread.setContextClassLoader(previous);
            }
        } else {
            Guarded guarded = onScoringThread(strategy, id, request);
            if (guarded.failure().isPresent()) return guarded.failure().get();
            // a strategy may return null: SheetCheck reports it as a bad sheet
            sheet = guarded.sheet().orElse(null);
        }
        return checked(strategy, id, questionnaire, sheet, missing, rawParameters);
    }

    /** The sheet of a guarded call (empty: the strategy returned null), or why there is none. */
    private record Guarded(Optional<ScoreSheet> sheet, Optional<ScoringOutcome> failure) {
    }

    private <P> Guarded onScoringThread(ScoringStrategy<P> strategy, String id, ScoringRequest<P> request) {
        Future<ScoreSheet> future;
        try {
            future = executor.submit(() -> {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                // plugin code finds its own resources (ServiceLoader, bundles) through this loader
                thread.setContextClassLoader(strategy.getClass().getClassLoader());
                try {
                    return strategy.score(request);
                } finally {
                    thread.setContextClassLoader(previous);
                }
            });
        } catch (RuntimeException e) {
            return failure(failed(id, "strategy-failed", messages.get("scoring.failed", id, describe(e))));
        }
        try {
            return new Guarded(Optional.ofNullable(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS)), Optional.empty());
        } catch (TimeoutException e) {
            future.cancel(true);
            return failure(failed(id, "strategy-timeout", messages.get("scoring.timeout", id, seconds(timeout))));
        } catch (ExecutionException e) {
            return failure(failed(id, "strategy-failed", messages.get("scoring.failed", id, describe(e.getCause()))));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failure(failed(id, "strategy-interrupted", messages.get("scoring.interrupted", id)));
        }
    }

    private static Guarded failure(ScoringOutcome outcome) {
        return new Guarded(Optional.empty(), Optional.of(outcome));
    }

    private ScoringOutcome checked(ScoringStrategy<?> strategy, String id, Questionnaire questionnaire, ScoreSheet sheet,
                                   MissingAnswers missing, Map<String, Object> rawParameters) {
        List<String> faults = check.faults(sheet, questionnaire);
        if (!faults.isEmpty()) {
            return failed(id, "strategy-bad-sheet", messages.get("scoring.bad-sheet", id, String.join("; ", faults)));
        }
        Scored scored = new Scored(id, versions.get(() -> strategy.version().toString(), strategy), sheet, missing, rawParameters);
        return new ScoringOutcome(id, Optional.of(scored), List.of());
    }

    /** How long a guarded strategy call may take. */
    public Duration timeout() {
        return timeout;
    }

    /** Ends the scoring threads; a strategy still running is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ScoringOutcome failed(String strategyId, String code, String message) {
        return new ScoringOutcome(strategyId, Optional.empty(), List.of(Problem.error(code, message, Location.source(""))));
    }

    /** An exception as one line, {@code IllegalStateException: message}: enough to report, no trace. */
    private static String describe(Throwable t) {
        if (t == null) return "";
        String message = t.getMessage() == null ? "" : ": " + firstLine(t.getMessage());
        return t.getClass().getSimpleName() + message;
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
