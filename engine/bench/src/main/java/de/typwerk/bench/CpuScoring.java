package de.typwerk.bench;

import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.scoring.ResultDetail;
import de.typwerk.engine.strategy.StrategyCall;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code ScoringBenchmark}'s {@code strategyOnly} and {@code engineInline} again, counted in
 * operations per <em>CPU second of the measuring thread</em> ({@link ThreadMXBean#getCurrentThreadCpuTime()})
 * instead of per wall-clock second. On a machine that others share, a thread waits for a
 * processor for much of a wall-clock second, and JMH's scores then scatter wider than they are
 * large; the CPU time a thread was given hardly depends on how long it waited for it. What it
 * cannot take out: what the other processes cost this thread in shared caches, so the absolute
 * figures are still lower on a busy machine; the ratio of the two, measured side by side, is
 * what to read.
 *
 * <p>The same work as the JMH benchmarks: the 1,024 generated responses of {@link Workload},
 * cycled; per strategy, after a warm-up, {@code ROUNDS} rounds in which each of the two is run for
 * about {@code SECONDS} of CPU time, the two taking turns; the best round of each counts (the one
 * least disturbed).
 *
 * <p>To see how much of a call is the first read of its response from memory rather than the work
 * on it, {@code -Dtypwerk.bench.cycle=N} (a power of two up to 1,024) cycles only the first N
 * responses, which then stay in the processor's caches; the figures of the default (all 1,024)
 * are the ones the targets count.
 *
 * <p>Usage: {@code java -cp … de.typwerk.bench.CpuScoring [ROUNDS [SECONDS [STRATEGY…]]]}
 * (defaults 5, 1, points prototype levels); prints one line per strategy:
 * {@code strategy=<id> strategy_only=<ops per CPU second> engine_inline=<ops per CPU second> ratio=<engine_inline/strategy_only>}.
 */
public final class CpuScoring {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Calls between two looks at the clock (a look costs about a microsecond). */
    private static final int STEP = 256;

    /** How many of the responses are cycled, minus one: all of them unless {@code typwerk.bench.cycle} says fewer. */
    private static final int MASK = cycledMask(Integer.getInteger("typwerk.bench.cycle", Workload.ROWS));

    /** Where results go, so that no call can be left out as unused. */
    private static volatile Object sink;

    public static void main(String[] args) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            System.err.println("CpuScoring: this JVM cannot measure a thread's CPU time");
            System.exit(2);
        }
        THREADS.setThreadCpuTimeEnabled(true);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        List<String> strategies = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("points", "prototype", "levels");
        try (Typwerk engine = Workload.engine()) {
            for (String strategy : strategies) measure(engine, strategy, rounds, (long) (seconds * 1e9));
        }
    }

    private static void measure(Typwerk engine, String strategy, int rounds, long cpuNanos) {
        LoadedQuestionnaire loaded = Workload.questionnaire(engine, Workload.questionnaireFor(strategy));
        List<Response> responses = Workload.responses(loaded);
        ScoringStrategy<?> found = engine.strategies().find(strategy)
                .orElseThrow(() -> new IllegalStateException("strategy " + strategy + " is not loaded"));
        ScoringBenchmark.Prepared prepared = ScoringBenchmark.Prepared.of(found, loaded.questionnaire(), responses);
        Response[] rows = responses.toArray(new Response[0]);
        Optional<String> id = Optional.of(strategy);
        IntFunction<Object> strategyOnly = prepared::score;
        IntFunction<Object> engineInline = i -> engine.score(loaded, rows[i], id, ResultDetail.FULL, StrategyCall.INLINE)
                .asResult().orElseThrow(() -> new IllegalStateException("a row does not score with " + strategy));

        // warm-up: both compiled fully before anything counts
        for (int i = 0; i < 3; i++) {
            perCpuSecond(strategyOnly, cpuNanos);
            perCpuSecond(engineInline, cpuNanos);
        }
        double bestStrategy = 0;
        double bestEngine = 0;
        for (int r = 0; r < rounds; r++) {
            bestStrategy = Math.max(bestStrategy, perCpuSecond(strategyOnly, cpuNanos));
            bestEngine = Math.max(bestEngine, perCpuSecond(engineInline, cpuNanos));
        }
        System.out.printf(Locale.ROOT, "strategy=%s strategy_only=%.0f engine_inline=%.0f ratio=%.3f%n", strategy, bestStrategy,
                bestEngine, bestEngine / bestStrategy);
    }

    /** Calls {@code work} on the rows in turn for about {@code cpuNanos} of this thread's CPU time; calls per CPU second. */
    private static double perCpuSecond(IntFunction<Object> work, long cpuNanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        long used;
        long calls = 0;
        int next = 0;
        Object last = null;
        do {
            for (int i = 0; i < STEP; i++) {
                last = work.apply(next++ & MASK);
            }
            calls += STEP;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < cpuNanos);
        sink = last;
        return calls / (used / 1e9);
    }

    private static int cycledMask(int cycled) {
        if (cycled < 1 || cycled > Workload.ROWS || Integer.bitCount(cycled) != 1) {
            System.err.println("CpuScoring: typwerk.bench.cycle must be a power of two from 1 to " + Workload.ROWS + ", not " + cycled);
            System.exit(2);
        }
        return cycled - 1;
    }

    private CpuScoring() {
    }
}
