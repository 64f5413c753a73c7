package de.typwerk.engine.batch;

import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.result.Outcome;
import de.typwerk.api.model.result.Result;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.scoring.ResultDetail;
import de.typwerk.engine.scoring.StrategyCall;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores every row of an input and writes one output row per input row, in input order: the
 * result, or an error record saying why there is none (see {@link JsonLinesResults} and
 * {@link CsvResults} for the layouts, {@code docs/integrators.md} for both).
 *
 * <pre>{@code
 * BatchInput.Opening opening = new BatchInput(engine).open(in, BatchFormat.CSV);
 * if (opening instanceof BatchInput.Ready ready) {
 *     BatchSummary summary = new Batch(engine).run(ready.rows(), writer, Batch.Options.of(BatchFormat.JSONL), BatchProgress.NONE);
 * }
 * }</pre>
 *
 * <p>Streaming: rows are read, scored and written one after another, with at most
 * {@code threads × }{@value #IN_FLIGHT_PER_THREAD} rows in flight, so memory does not depend on
 * the size of the input. With several threads rows are scored side by side and still written in
 * input order, so the output is the same byte for byte whatever the number of threads.
 */
public final class Batch {

    static final int IN_FLIGHT_PER_THREAD = 16;

    /**
     * How to run.
     *
     * @param output   the output format
     * @param strategy another strategy than each definition's own (where the definition has
     *                 parameters for it; else every row is an error record)
     * @param threads  rows scored side by side (1: one after another on the calling thread)
     * @param detail   for JSON Lines, the whole result or its compact form (see {@link BatchDetail})
     */
    public record Options(BatchFormat output, Optional<String> strategy, int threads, BatchDetail detail) {

        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
            if (detail == null) throw new IllegalArgumentException("detail must be given");
        }

        /** Whole results ({@link BatchDetail#FULL}). */
        public Options(BatchFormat output, Optional<String> strategy, int threads) {
            this(output, strategy, threads, BatchDetail.FULL);
        }

        /** One thread, each definition's own strategy, whole results. */
        public static Options of(BatchFormat output) {
            return new Options(output, Optional.empty(), 1);
        }
    }

    private final Typwerk engine;

    public Batch(Typwerk engine) {
        this.engine = engine;
    }

    /** Runs the batch; {@code out} is flushed, not closed. */
    public BatchSummary run(BatchInput.RowSourceHandle input, Writer out, Options options, BatchProgress progress) throws IOException {
        ResultSink sink = options.output() == BatchFormat.CSV
                ? new CsvResults(out, engine.messages(), engine::questionnaire,
                        input.questionnaire().map(l -> l.questionnaire()))
                : options.detail() == BatchDetail.COMPACT
                ? new CompactJsonLinesResults(out, engine.resultJson())
                : new JsonLinesResults(out, engine.resultJson());
        Tally tally = new Tally();
        RowSource rows = input.source();
        if (options.threads() == 1) {
            for (Optional<Row> row = rows.next(); row.isPresent(); row = rows.next()) {
                write(process(row.get(), options.strategy(), resultDetail(options), StrategyCall.GUARDED, sink), sink, tally);
                progress.advanced(tally.rows, rows.bytesRead());
            }
        } else {
            runParallel(rows, sink, tally, options, progress);
        }
        sink.finish();
        return tally.summary();
    }

    /**
     * Rows scored side by side on worker threads, each strategy called inline on its worker (no
     * hand-off to a scoring thread per row). The time limit is kept here instead: the row being
     * waited for, once it has run longer than {@link Typwerk#scoringTimeout()} (reading and
     * assembling included, which take microseconds), is written as a {@code strategy-timeout}
     * error record; its worker is interrupted and given up (a daemon: a strategy that ignores
     * interruption keeps it forever) and the pool grows by one, so as many workers as asked for
     * go on with the other rows.
     */
    private void runParallel(RowSource rows, ResultSink sink, Tally tally, Options options, BatchProgress progress) throws IOException {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new Workers());
        Deque<Job> inFlight = new ArrayDeque<>();
        int window = options.threads() * IN_FLIGHT_PER_THREAD;
        ResultDetail detail = resultDetail(options);
        long limit = engine.scoringTimeout().toNanos();
        try {
            for (Optional<Row> row = rows.next(); row.isPresent(); row = rows.next()) {
                Job job = new Job(row.get());
                job.future = workers.submit(() -> job.run(() -> process(job.row, options.strategy(), detail, StrategyCall.INLINE, sink)));
                inFlight.add(job);
                while (inFlight.size() >= window || (inFlight.peek() != null && inFlight.peek().future.isDone())) {
                    write(await(inFlight.poll(), workers, limit), sink, tally);
                    progress.advanced(tally.rows, rows.bytesRead());
                }
            }
            while (!inFlight.isEmpty()) {
                write(await(inFlight.poll(), workers, limit), sink, tally);
                progress.advanced(tally.rows, rows.bytesRead());
            }
        } finally {
            inFlight.forEach(j -> j.future.cancel(true));
            workers.shutdownNow();
        }
    }

    /** A row handed to a worker, and when the worker began it. */
    private static final class Job {

        final Row row;
        Future<Scored> future;
        private volatile boolean begun;
        private volatile long began;

        Job(Row row) {
            this.row = row;
        }

        Scored run(java.util.function.Supplier<Scored> work) {
            began = System.nanoTime();
            begun = true;
            return work.get();
        }
    }

    /** Waits for {@code job}, at most until it has run for {@code limit} nanoseconds. */
    private Scored await(Job job, ThreadPoolExecutor workers, long limit) throws IOException {
        try {
            while (true) {
                if (!job.begun) {
                    // still queued: the rows before it are done, so a worker takes it soon
                    try {
                        return job.future.get(10, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        continue;
                    }
                }
                long left = job.began + limit - System.nanoTime();
                if (left > 0) {
                    try {
                        return job.future.get(left, TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        continue;
                    }
                }
                // false when the row finished just now: then its result is there
                if (job.future.cancel(true)) {
                    // the worker may never come back: one more keeps the number of working ones
                    workers.setMaximumPoolSize(workers.getMaximumPoolSize() + 1);
                    workers.setCorePoolSize(workers.getCorePoolSize() + 1);
                    return timedOut(job.row, limit);
                }
                return job.future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("batch interrupted");
        } catch (ExecutionException e) {
            // process() turns every failure into an error row; this is a bug, not bad input
            throw new IllegalStateException("scoring a row failed", e.getCause());
        }
    }

    private Scored timedOut(Row row, long limit) {
        String seconds = BigDecimal.valueOf(TimeUnit.NANOSECONDS.toMillis(limit), 3).stripTrailingZeros().toPlainString();
        String message = engine.messages().get("batch.row-timeout", seconds);
        RowError error = row instanceof Row.Document document
                ? document.columns().error(Problem.error("strategy-timeout", message,
                        Location.source("row-" + document.number() + ".json")), document.line(), 0)
                : RowError.ofRow("strategy-timeout", row.line(), message);
        return new Scored(row, Optional.empty(), Optional.empty(), Optional.of(error));
    }

    /** Compact JSON Lines print no texts of the result: they need not be built. CSV and full rows print them. */
    private static ResultDetail resultDetail(Options options) {
        return options.output() == BatchFormat.JSONL && options.detail() == BatchDetail.COMPACT
                ? ResultDetail.NUMBERS : ResultDetail.FULL;
    }

    /**
     * A row's outcome: a result, with its output line when the sink renders ahead
     * ({@link ResultSink#render}), or an error.
     */
    private record Scored(Row row, Optional<Result> result, Optional<String> rendered, Optional<RowError> error) {
    }

    /** Scores one row and, where the sink can, renders its output line: on the worker, not the writing thread. */
    private Scored process(Row row, Optional<String> strategy, ResultDetail detail, StrategyCall call, ResultSink sink) {
        if (row instanceof Row.Broken broken) return new Scored(row, Optional.empty(), Optional.empty(), Optional.of(broken.error()));
        Row.Document document = (Row.Document) row;
        try {
            ScoreRun run = engine.score("row-" + document.number() + ".json", document.json(), strategy, detail, call);
            if (run instanceof ScoreRun.Done done) {
                return new Scored(row, Optional.of(done.result()), sink.render(row.number(), done.result()), Optional.empty());
            }
            List<Problem> errors = run.problems().stream().filter(Problem::isError).toList();
            Problem first = errors.isEmpty() ? run.problems().get(0) : errors.get(0);
            RowError error = document.columns().error(first, document.line(), Math.max(0, errors.size() - 1));
            return new Scored(row, Optional.empty(), Optional.empty(), Optional.of(error));
        } catch (RuntimeException e) {
            // one row must not take the batch down; the row says what broke
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Scored(row, Optional.empty(), Optional.empty(), Optional.of(RowError.ofRow("internal", document.line(), message)));
        }
    }

    private void write(Scored scored, ResultSink sink, Tally tally) throws IOException {
        tally.rows++;
        if (scored.result().isPresent()) {
            Result result = scored.result().get();
            if (scored.rendered().isPresent()) {
                sink.write(scored.rendered().get());
            } else {
                sink.result(scored.row().number(), scored.row().line(), result);
            }
            tally.count(result, engine);
        } else {
            sink.error(scored.row().number(), scored.error().orElseThrow());
            tally.errors++;
        }
    }

    /** Counts for the summary. */
    private static final class Tally {

        long rows;
        long mixed;
        long insufficient;
        long errors;
        final Map<String, Long> primary = new LinkedHashMap<>();
        private final java.util.Set<String> questionnairesSeen = new java.util.HashSet<>();

        private String lastId;
        private String lastVersion;

        void count(Result result, Typwerk engine) {
            String id = result.questionnaire().id();
            String version = result.questionnaire().version();
            // most batches name one questionnaire throughout: no new text per row for it
            boolean same = id.equals(lastId) && version.equals(lastVersion);
            lastId = id;
            lastVersion = version;
            String coordinates = same ? null : id + "@" + version;
            if (!same && questionnairesSeen.add(coordinates)) {
                // every type of the questionnaire is listed, in definition order, even with no row
                engine.questionnaire(coordinates).ifPresent(l -> l.questionnaire().types().stream()
                        .map(TypeDefinition::id).forEach(t -> primary.putIfAbsent(t, 0L)));
            }
            Outcome outcome = result.outcome();
            if (outcome instanceof Outcome.Primary p) {
                primary.merge(p.type(), 1L, Long::sum);
            } else if (outcome instanceof Outcome.Mixed) {
                mixed++;
            } else {
                insufficient++;
            }
        }

        BatchSummary summary() {
            return new BatchSummary(rows, primary, mixed, insufficient, errors);
        }
    }

    /** Daemon threads with a name: a stuck row must not keep the JVM alive. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "typwerk-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
