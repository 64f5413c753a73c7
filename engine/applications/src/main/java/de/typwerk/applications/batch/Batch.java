package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.scoring.ResultDetail;
import de.typwerk.engine.strategy.Runaways;
import de.typwerk.engine.strategy.StrategyCall;
import de.typwerk.engine.strategy.PluginCalls;
import de.typwerk.engine.strategy.PluginOrigin;
import de.typwerk.engine.strategy.PreparedStrategy;
import de.typwerk.engine.definition.StrictUtf8;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

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
 * {@code threads × }{@value #CHUNKS_IN_FLIGHT_PER_THREAD}{@code  × }{@value #CHUNK} rows in flight,
 * so memory does not depend on the size of the input. Rows are scored side by side on the worker
 * threads and written in input order, so the output is the same byte for byte whatever the number
 * of threads.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Batch {

    /** Rows handed to a worker at once. */
    static final int CHUNK = 32;
    /**
     * Chunks in flight per worker: enough that no worker waits for the writing thread, few enough
     * that full results in flight (about 20 KB each) leave a small heap room (-Xmx64m).
     */
    static final int CHUNKS_IN_FLIGHT_PER_THREAD = 2;

    /** The longest time limit per row kept as given: a hundred years, in nanoseconds well inside a long. */
    private static final java.time.Duration LONGEST_LIMIT = java.time.Duration.ofDays(36_500);

    /**
     * How to run.
     *
     * @param output   the output format
     * @param strategy another strategy than each definition's own (where the definition has
     *                 parameters for it; else every row is an error record)
     * @param threads  workers scoring rows side by side (the calling thread reads and writes)
     * @param detail   for JSON Lines, the whole result or its compact form (see {@link BatchDetail})
     * @param csv      for CSV, its separators, line ends and byte order mark (see {@link CsvDialect};
     *                 since 1.1)
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Options(BatchFormat output, Optional<String> strategy, int threads, BatchDetail detail, CsvDialect csv) {

        /**
         * Checks the options.
         *
         * @throws IllegalArgumentException if {@code threads} is below 1 or {@code output}, {@code strategy}, {@code detail}
         *                                  or {@code csv} is null
         */
        public Options {
            // a null output wrote JSON Lines without a word, a null strategy failed at the first row
            if (output == null) throw new IllegalArgumentException("output must be given");
            if (strategy == null) throw new IllegalArgumentException("strategy must be given (Optional.empty() for each definition's own)");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
            if (detail == null) throw new IllegalArgumentException("detail must be given");
            if (csv == null) throw new IllegalArgumentException("csv must be given");
        }

        /** CSV as RFC 4180 says ({@link CsvDialect#STANDARD}). */
        public Options(BatchFormat output, Optional<String> strategy, int threads, BatchDetail detail) {
            this(output, strategy, threads, detail, CsvDialect.STANDARD);
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

    /**
     * A batch on {@code engine}.
     *
     * @throws NullPointerException if {@code engine} is null (named in the message, as every null argument here)
     */
    public Batch(Typwerk engine) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
    }

    /**
     * Runs the batch, writing text to {@code out}; {@code out} is flushed, not closed. (The rows
     * are made as UTF-8 bytes and turned into text for {@code out}:
     * {@link #run(BatchInput.RowSourceHandle, OutputStream, Options, BatchProgress)} saves that.)
     * A row that does not read or score is an error record of the output, never an exception.
     *
     * @throws NullPointerException   if an argument is null, naming it, before any row
     * @throws IOException            if reading the input or writing {@code out} fails
     * @throws java.io.InterruptedIOException if the calling thread is interrupted (the batch stops;
     *                                the output has the rows written so far, its last perhaps in part)
     * @throws IllegalStateException  if the engine is closed, before any row or when it is closed while
     *                                the batch runs (the output then has the rows written so far); or
     *                                if scoring a row broke the engine itself, a fault of Typwerk's
     *                                (the exception's cause; please report it with the row)
     */
    public BatchSummary run(BatchInput.RowSourceHandle input, Writer out, Options options, BatchProgress progress) throws IOException {
        java.util.Objects.requireNonNull(out, "out");
        return run(input, new DecodingOutputStream(out), options, progress);
    }

    /**
     * Runs the batch, writing UTF-8 to {@code out}; {@code out} is flushed, not closed. It throws as
     * {@link #run(BatchInput.RowSourceHandle, Writer, Options, BatchProgress)} does.
     *
     * @throws IOException if reading the input or writing {@code out} fails
     */
    public BatchSummary run(BatchInput.RowSourceHandle input, OutputStream out, Options options, BatchProgress progress)
            throws IOException {
        // a null is the caller's, said before any row: where it met the batch on its way, the JDK named a variable of Typwerk's
        java.util.Objects.requireNonNull(input, "input");
        java.util.Objects.requireNonNull(out, "out");
        java.util.Objects.requireNonNull(options, "options");
        java.util.Objects.requireNonNull(progress, "progress");
        // every row would fail alike, each an "internal" error record blaming the row
        if (engine.isClosed()) throw closedEngine();
        ResultSink sink = options.output() == BatchFormat.CSV
                ? new CsvResults(new OutputStreamWriter(out, StandardCharsets.UTF_8), engine.messages(), engine::questionnaire,
                        input.questionnaire().map(l -> l.questionnaire()), options.csv())
                : options.detail() == BatchDetail.COMPACT
                ? new CompactJsonLinesResults(out, engine.resultJson())
                : new JsonLinesResults(out, engine.resultJson());
        Tally tally = new Tally();
        run(input.source(), sink, tally, options, progress);
        sink.finish();
        return tally.summary();
    }

    /**
     * Rows are read here and handed to {@code options.threads()} workers in chunks of
     * {@value #CHUNK} (one hand-off per chunk, not per row); each worker scores its chunk's rows
     * one after another, calling the strategy inline, and renders their output lines where the
     * sink can. This thread writes the chunks' rows in input order.
     *
     * <p>The time limit is kept here: the row a worker is on, once it has run longer than
     * {@link Typwerk#scoringTimeout()} (reading and assembling included, which take
     * microseconds), is written as a {@code strategy-timeout} error record; the worker is
     * interrupted and given up (a strategy that ignores interruption is stopped a moment later:
     * {@link Runaways}),
     * the pool grows by one, and the rest of its chunk goes on at once on a thread of its own. So
     * order, and one row out per row in, hold whatever a strategy does.
     */
    private void run(RowSource rows, ResultSink sink, Tally tally, Options options, BatchProgress progress) throws IOException {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new Workers());
        Deque<Chunk> inFlight = new ArrayDeque<>();
        // saturated: --threads 2147483647 must not turn the window negative (then nothing was ever in flight)
        int window = (int) Math.min(Integer.MAX_VALUE, (long) options.threads() * CHUNKS_IN_FLIGHT_PER_THREAD);
        ResultDetail detail = resultDetail(options);
        // a limit of centuries (TYPWERK_SCORING_TIMEOUT=1e10) is no limit: held where a start time
        // plus the limit cannot overflow, rather than failing with "long overflow"
        long limit = engine.scoringTimeout().compareTo(LONGEST_LIMIT) > 0 ? LONGEST_LIMIT.toNanos() : engine.scoringTimeout().toNanos();
        Work work = new Work(this, options.strategy(), detail, sink);
        try {
            List<Row> pending = new ArrayList<>(CHUNK);
            for (Optional<Row> row = rows.next(); row.isPresent(); row = rows.next()) {
                pending.add(row.get());
                boolean waiting = !rows.ready();
                if (pending.size() < CHUNK && !waiting) continue;
                inFlight.add(new Chunk(pending, work).submitTo(workers));
                pending = new ArrayList<>(CHUNK);
                while (inFlight.size() >= window || (inFlight.peek() != null && inFlight.peek().future.isDone())) {
                    writeNext(inFlight, workers, limit, sink, tally, progress, rows);
                }
                if (waiting) {
                    // the input has nothing more for now (a pipe): what was read is written before waiting
                    while (!inFlight.isEmpty()) writeNext(inFlight, workers, limit, sink, tally, progress, rows);
                    sink.flush();
                }
            }
            if (!pending.isEmpty()) inFlight.add(new Chunk(pending, work).submitTo(workers));
            while (!inFlight.isEmpty()) writeNext(inFlight, workers, limit, sink, tally, progress, rows);
        } finally {
            inFlight.forEach(c -> c.abandon());
            workers.shutdownNow();
        }
    }

    /** Writes the rows of the first chunk in flight that are done, waiting for them within the time limit. */
    private void writeNext(Deque<Chunk> inFlight, ThreadPoolExecutor workers, long limit, ResultSink sink, Tally tally,
                           BatchProgress progress, RowSource rows) throws IOException {
        Chunk chunk = inFlight.poll();
        List<RowOutcome> done = await(chunk, workers, limit);
        for (RowOutcome scored : done) {
            write(scored, sink, tally);
            progress.advanced(tally.rows, rows.bytesRead());
        }
        if (done.size() < chunk.rows.size()) {
            // a row ran out of time: the rest of its chunk comes next, on a thread of its own at
            // once: queued behind later chunks, it could wait for ever on workers stuck in them
            List<Row> rest = List.copyOf(chunk.rows.subList(done.size(), chunk.rows.size()));
            inFlight.addFirst(new Chunk(rest, chunk.work).startAlone(workers.getThreadFactory()));
        }
    }

    /**
     * What a worker does with each row: {@link #process} with these arguments, called straight
     * from the chunk's loop. (Not through a lambda: each layer between the loop and
     * {@code process} was compiled by C2 as a method of its own with all of {@code process}'s
     * callees inlined again, some 40 KB of machine code each.)
     */
    private record Work(Batch batch, Optional<String> strategy, ResultDetail detail, ResultSink sink) {
    }

    /** Rows handed to a worker together, their outcomes, and which row the worker is on. */
    private static final class Chunk implements Runnable {

        final List<Row> rows;
        final Work work;
        final RowOutcome[] results;
        final long[] began;
        /** Rows finished; a volatile write after each result publishes it. */
        volatile int finished;
        /** The row the worker is on, -1 before it starts; its start time is in {@link #began}. */
        volatile int current = -1;
        volatile boolean abandoned;
        /** Whether it runs on a thread of its own rather than on one of the pool's workers. */
        boolean alone;
        Future<?> future;

        Chunk(List<Row> rows, Work work) {
            this.rows = rows;
            this.work = work;
            this.results = new RowOutcome[rows.size()];
            this.began = new long[rows.size()];
        }

        Chunk submitTo(ThreadPoolExecutor workers) {
            future = workers.submit(this);
            return this;
        }

        /** Runs on a new thread of its own, started now. */
        Chunk startAlone(java.util.concurrent.ThreadFactory threads) {
            FutureTask<Void> task = new FutureTask<>(this, null);
            future = task;
            alone = true;
            threads.newThread(task).start();
            return this;
        }

        /** The thread working on it, while it does. */
        volatile Thread thread;

        @Override
        public void run() {
            thread = Thread.currentThread();
            try {
                for (int i = 0; i < rows.size() && !abandoned; i++) {
                    began[i] = System.nanoTime();
                    current = i;
                    results[i] = work.batch.process(rows.get(i), work.strategy, work.detail, StrategyCall.INLINE, work.sink);
                    finished = i + 1;
                }
            } finally {
                thread = null;
            }
        }

        void abandon() {
            abandoned = true;
            future.cancel(true);
        }

        List<RowOutcome> results(int count) {
            return Arrays.asList(results).subList(0, count);
        }
    }

    /**
     * The outcomes of {@code chunk}'s rows: all of them, or, when the row its worker is on runs past
     * {@code limit} nanoseconds, those before it and a timeout record for it (the rest are not
     * scored here: the caller hands them on).
     */
    private List<RowOutcome> await(Chunk chunk, ThreadPoolExecutor workers, long limit) throws IOException {
        try {
            while (true) {
                int on = chunk.current;
                long wait = on < 0 ? TimeUnit.MILLISECONDS.toNanos(10) : chunk.began[on] + limit - System.nanoTime();
                if (on < 0 || wait > 0 || chunk.finished > on) {
                    try {
                        chunk.future.get(Math.max(wait, TimeUnit.MICROSECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
                        return chunk.results(chunk.rows.size());
                    } catch (TimeoutException e) {
                        continue;
                    }
                }
                // the row the worker is on has run out of time: the strategy it is in, asked before
                // the interruption below lets it leave
                Thread inCall = chunk.thread;
                Optional<PreparedStrategy> strategy = inCall == null ? Optional.empty()
                        : PluginCalls.running(inCall, PreparedStrategy.class);
                chunk.abandoned = true;
                if (!chunk.future.cancel(true)) {
                    // it finished just now: every result is there (get() says if it failed instead)
                    chunk.future.get();
                    return chunk.results(chunk.rows.size());
                }
                if (!chunk.alone && workers.getMaximumPoolSize() < Integer.MAX_VALUE) {
                    // the worker may never come back: one more keeps the number of working ones
                    workers.setMaximumPoolSize(workers.getMaximumPoolSize() + 1);
                    workers.setCorePoolSize(workers.getCorePoolSize() + 1);
                }
                Thread runaway = chunk.thread;
                if (runaway != null) {
                    // interrupted above; if it ignores that and is still on this row, it is stopped
                    int row = on;
                    Runaways.stopLater(runaway, () -> chunk.thread == runaway && chunk.finished <= row);
                }
                int finished = chunk.finished;
                if (finished > on) return chunk.results(finished);
                List<RowOutcome> out = new ArrayList<>(chunk.results(on));
                out.add(timedOut(chunk.rows.get(on), limit, strategy));
                return out;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("batch interrupted");
        } catch (ExecutionException e) {
            if (engine.isClosed()) throw closedEngine();
            // process() turns every failure into an error row; this is a bug, not bad input
            throw new IllegalStateException("scoring a row failed", e.getCause());
        }
    }

    private RowOutcome timedOut(Row row, long limit, Optional<PreparedStrategy> strategy) {
        String seconds = BigDecimal.valueOf(TimeUnit.NANOSECONDS.toMillis(limit), 3).stripTrailingZeros().toPlainString();
        String message = strategy.isPresent()
                ? engine.messages().get("batch.row-timeout-strategy", seconds, strategy.get().named(engine.messages()))
                : engine.messages().get("batch.row-timeout", seconds);
        RowError error = row instanceof Row.Document document
                ? document.columns().error(Problem.error("strategy-timeout", message,
                        Location.source("row-" + document.number() + ".json")), document.line(), 0)
                : RowError.ofRow("strategy-timeout", row.line(), message);
        if (strategy.isPresent()) {
            error = error.naming(strategy.get().strategyId(), strategy.get().origin().map(PluginOrigin::pluginId));
        }
        return new RowOutcome(row, Optional.empty(), Optional.empty(), Optional.of(error));
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
    private record RowOutcome(Row row, Optional<Result> result, Optional<byte[]> rendered, Optional<RowError> error) {
    }

    /**
     * A JSON line that does not parse, worded for a row rather than an answers file and with the
     * column of the fault, which an error record has no field for and a long line needs to be found in.
     */
    private Problem syntaxInRow(Problem first) {
        int column = first.location().column();
        if (column <= 0) return first;
        String file = engine.messages().get("answers.syntax", "JSON", "");
        String detail = first.message().startsWith(file) ? first.message().substring(file.length()) : first.message();
        return Problem.error(first.code(), engine.messages().get("batch.row-syntax", String.valueOf(column), detail), first.location());
    }

    /**
     * A JSON line with a byte that is no UTF-8, worded for a line of the input with the column of
     * the byte and the byte itself, as a CSV line's is, where the reader's words say "the answers
     * file" and give neither.
     */
    private Problem notUtf8InRow(Problem first, Row.Document document) {
        if (!(StrictUtf8.decode(document.json()) instanceof StrictUtf8.Malformed bad)) return first;
        return Problem.error(first.code(), engine.messages().get("batch.not-utf8", String.valueOf(document.line()),
                String.valueOf(bad.column()), StrictUtf8.hex(bad.value())), first.location());
    }

    /**
     * An AGS of a CSV row that is not eight digits, worded for a cell: quotes, which the reader's
     * words ask for, change nothing in a CSV, where the spreadsheet that took the AGS for a number
     * is what drops its zero. The reader's further sentence (the zero that is missing) is kept.
     */
    private Problem agsInCell(Problem first) {
        String[] around = engine.messages().get("answers.bad-ags", "\u0000").split("\u0000", -1);
        String message = first.message();
        int end = around.length == 2 ? message.indexOf(around[1], around[0].length()) : -1;
        if (!message.startsWith(around[0]) || end < 0) return first;
        String written = message.substring(around[0].length(), end);
        String rest = message.substring(end + around[1].length());
        return Problem.error(first.code(), engine.messages().get("batch.bad-ags-cell", written) + rest, first.location());
    }

    /** Scores one row and, where the sink can, renders its output line: on the worker, not the writing thread. */
    private RowOutcome process(Row row, Optional<String> strategy, ResultDetail detail, StrategyCall call, ResultSink sink) {
        if (row instanceof Row.Broken broken) return new RowOutcome(row, Optional.empty(), Optional.empty(), Optional.of(broken.error()));
        Row.Document document = (Row.Document) row;
        try {
            ScoreRun run = engine.score("row-" + document.number() + ".json", document.json(), strategy, detail, call);
            if (run instanceof ScoreRun.Done done) {
                return new RowOutcome(row, Optional.of(done.result()), sink.render(row.number(), done.result()), Optional.empty());
            }
            List<Problem> errors = run.problems().stream().filter(Problem::isError).toList();
            Problem first = errors.isEmpty() ? run.problems().get(0) : errors.get(0);
            if (first.code().equals("not-a-mapping")) first = notAnObject(first, document);
            // a row cut short is a row, not an answers file: the reader's words say file
            if (first.code().equals("truncated")) first = Problem.error(first.code(), engine.messages().get("batch.row-truncated"), first.location());
            if (first.code().equals("syntax") && document.columns() == PointerNames.QUESTIONS_AND_POINTERS) first = syntaxInRow(first);
            if (first.code().equals("not-utf8") && document.columns() == PointerNames.QUESTIONS_AND_POINTERS) first = notUtf8InRow(first, document);
            if (first.code().equals("bad-ags") && document.columns() == PointerNames.COLUMNS) first = agsInCell(first);
            RowError error = document.columns().error(first, document.line(), Math.max(0, errors.size() - 1));
            if (first.code().startsWith("strategy-")) error = naming(error, document, strategy);
            return new RowOutcome(row, Optional.empty(), Optional.empty(), Optional.of(error));
        } catch (RuntimeException e) {
            // closed while the batch ran: the engine's fault for every row to come, none of this row's
            if (engine.isClosed()) throw e;
            // one row must not take the batch down; the row says what broke
            String message = engine.messages().get("batch.row-failed", de.typwerk.engine.i18n.Failures.describe(e, engine.messages()));
            return new RowOutcome(row, Optional.empty(), Optional.empty(), Optional.of(RowError.ofRow("internal", document.line(), message)));
        }
    }

    private static IllegalStateException closedEngine() {
        return new IllegalStateException("This Typwerk engine is closed: build a new one (Typwerk.builder()...build()) to run a batch.");
    }

    /**
     * A row that is JSON but no object ({@code [1,2]}, {@code 42}): said of a row, with what the row
     * is, where the answers reader's words are for a file ("An answers file consists of …").
     */
    private Problem notAnObject(Problem problem, Row.Document document) {
        String text = new String(document.json(), StandardCharsets.UTF_8).strip();
        String found = text.startsWith("[") ? engine.messages().get("answers.found.list") : de.typwerk.engine.i18n.Excerpt.of(text, 40);
        return Problem.error(problem.code(), engine.messages().get("batch.row-not-an-object", found), problem.location());
    }

    /**
     * A row whose strategy failed (threw, returned a broken sheet) names it and its plugin, as a
     * row that ran out of time does: the strategy asked for, else the one of the questionnaire the
     * row's answers were read against. Asked only for such rows.
     */
    private RowError naming(RowError error, Row.Document document, Optional<String> strategy) {
        Optional<String> id = strategy.or(() -> engine.readAnswers("row-" + document.number() + ".json", document.json())
                .questionnaire().flatMap(l -> l.questionnaire().scoring()).map(s -> s.strategy()));
        if (id.isEmpty()) return error;
        Optional<String> plugin = engine.strategies().find(id.get())
                .filter(PluginOrigin.Known.class::isInstance).map(s -> ((PluginOrigin.Known) s).origin().pluginId());
        return error.naming(id.get(), plugin);
    }

    private void write(RowOutcome scored, ResultSink sink, Tally tally) throws IOException {
        tally.rows++;
        if (scored.result().isPresent()) {
            Result result = scored.result().get();
            if (scored.rendered().isPresent()) {
                sink.write(scored.rendered().get());
            } else if (!sink.result(scored.row().number(), scored.row().line(), result)) {
                // written as an error row (CSV of another questionnaire's types): counted as one,
                // so that the summary and the exit code say what the output holds
                tally.errors++;
                return;
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
        long none;
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
            } else if (outcome instanceof Outcome.None) {
                none++;
            } else {
                insufficient++;
            }
        }

        BatchSummary summary() {
            return new BatchSummary(rows, primary, mixed, insufficient, errors, none);
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
