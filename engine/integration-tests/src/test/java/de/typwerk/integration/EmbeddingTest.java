package de.typwerk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.AnswersJsonLine;
import de.typwerk.applications.batch.Batch;
import de.typwerk.applications.batch.BatchDetail;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.BatchProgress;
import de.typwerk.applications.batch.BatchSummary;
import de.typwerk.applications.batch.CsvLayout;
import de.typwerk.applications.batch.CsvText;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.io.Writer;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.applications.synthetic.SyntheticRow;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine as an integrator's application uses it: through {@link Typwerk} and the result model
 * only, with the content (questionnaire, strategies) as class path plugins, as
 * {@code docs/integrators.md} describes.
 */
class EmbeddingTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    private static Typwerk typwerk;

    @BeforeAll
    static void start() {
        typwerk = Typwerk.builder().locale(Locale.ENGLISH).build();
    }

    @AfterAll
    static void stop() {
        typwerk.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EmbeddingTest.class.getResource("/" + name).toURI());
    }

    /** Answers documents as an application would hold them in memory: JSON bytes. */
    private static List<byte[]> documents(int count, long seed) {
        LoadedQuestionnaire oefit = typwerk.questionnaire(OEFIT).orElseThrow();
        AnswersJsonLine json = new AnswersJsonLine();
        List<byte[]> documents = new ArrayList<>();
        new SyntheticAnswers(oefit.questionnaire(), SyntheticAnswers.Settings.seed(seed)).rows(count).forEachRemaining(r ->
                documents.add(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())
                        .getBytes(StandardCharsets.UTF_8)));
        return documents;
    }

    private static Result score(byte[] document) {
        ScoreRun run = typwerk.score("answers.json", document, Optional.empty());
        assertThat(run.problems()).as(new String(document, StandardCharsets.UTF_8)).isEmpty();
        return run.asResult().orElseThrow();
    }

    @Test
    void lists_the_questionnaires_on_the_class_path() {
        assertThat(typwerk.questionnaires()).extracting(q -> q.questionnaire().coordinates())
                .contains(OEFIT + "@1.0.0");
        assertThat(typwerk.questionnaire(OEFIT)).isPresent();
        assertThat(typwerk.strategiesFor(typwerk.questionnaire(OEFIT).orElseThrow())).startsWith("prototype");
    }

    @Test
    void scores_an_answers_file() throws Exception {
        ScoreRun run = typwerk.score(resource("answers/optimierer.yaml"));

        assertThat(run).isInstanceOf(ScoreRun.Done.class);
        Result result = run.asResult().orElseThrow();
        assertThat(result.outcome()).isInstanceOfSatisfying(Outcome.Primary.class,
                primary -> assertThat(primary.type()).isEqualTo("optimierer"));
        assertThat(typwerk.resultJson().line(result)).startsWith("{\"questionnaire\":{\"id\":\"" + OEFIT + "\"");
    }

    @Test
    void scores_a_document_in_memory_the_same_as_the_file() throws Exception {
        byte[] content = Files.readAllBytes(resource("answers/optimierer.yaml"));

        Result fromMemory = typwerk.score("optimierer.yaml", content, Optional.empty()).asResult().orElseThrow();

        assertThat(fromMemory).isEqualTo(typwerk.score(resource("answers/optimierer.yaml")).asResult().orElseThrow());
    }

    @Test
    void scores_a_response_built_in_code_and_with_another_strategy() {
        LoadedQuestionnaire oefit = typwerk.questionnaire(OEFIT).orElseThrow();
        SyntheticRow row = new SyntheticAnswers(oefit.questionnaire(), SyntheticAnswers.Settings.seed(3)).rows(1).next();

        Result prototype = typwerk.score(oefit, row.response(), Optional.empty()).asResult().orElseThrow();
        Result points = typwerk.score(oefit, row.response(), Optional.of("points")).asResult().orElseThrow();

        assertThat(prototype.strategy().id()).isEqualTo("prototype");
        assertThat(points.strategy().id()).isEqualTo("points");
        assertThat(prototype.respondent()).isEqualTo(row.respondent());
    }

    @Test
    void reports_bad_answers_as_located_problems_not_exceptions() {
        ScoreRun run = typwerk.score("bad.json",
                "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"version\":\"1.0.0\",\"answers\":{\"fokus\":9}}"
                        .getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(run).isInstanceOf(ScoreRun.Refused.class);
        assertThat(run.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location().source()).isEqualTo("bad.json"));
        assertThat(run.problems()).anySatisfy(p -> assertThat(p.location().pointer()).isEqualTo("/answers/fokus"));
    }

    @Test
    void scoring_from_eight_threads_gives_exactly_the_results_of_a_sequential_run() throws Exception {
        List<byte[]> documents = documents(400, 77);
        List<Result> sequential = documents.stream().map(EmbeddingTest::score).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<Result>>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 50;
                tasks.add(() -> {
                    // every thread scores every document, each starting elsewhere, so all overlap
                    List<Result> results = new ArrayList<>(Collections.nCopies(documents.size(), null));
                    for (int i = 0; i < documents.size(); i++) {
                        int k = (i + offset) % documents.size();
                        results.set(k, score(documents.get(k)));
                    }
                    return results;
                });
            }
            for (Future<List<Result>> f : threads.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(sequential);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void runs_a_csv_batch_from_java_with_one_output_row_per_input_row() throws Exception {
        LoadedQuestionnaire oefit = typwerk.questionnaire(OEFIT).orElseThrow();
        CsvLayout layout = new CsvLayout(oefit.questionnaire());
        StringBuilder csv = new StringBuilder(layout.header()).append('\n');
        new SyntheticAnswers(oefit.questionnaire(), SyntheticAnswers.Settings.seed(12)).rows(30).forEachRemaining(r ->
                csv.append(CsvText.line(layout.row(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())))
                        .append('\n'));
        csv.append("oefit-digitalisierungstypen,1.0.0,kaputt\n");
        StringWriter out = new StringWriter();

        BatchInput.Opening opening = new BatchInput(typwerk).open(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), BatchFormat.CSV);
        BatchSummary summary = new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.JSONL, Optional.empty(), 4), BatchProgress.NONE);

        assertThat(summary.rows()).isEqualTo(31);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(31);
        assertThat(out.toString().lines().reduce((a, b) -> b).orElseThrow()).startsWith("{\"row\":31,\"error\":{\"code\":\"field-count\"");
    }

    @Test
    void a_batch_fed_through_a_pipe_writes_each_row_before_it_waits_for_the_next() throws Exception {
        LoadedQuestionnaire oefit = typwerk.questionnaire(OEFIT).orElseThrow();
        AnswersJsonLine json = new AnswersJsonLine();
        List<String> rows = new ArrayList<>();
        new SyntheticAnswers(oefit.questionnaire(), SyntheticAnswers.Settings.seed(5)).rows(3).forEachRemaining(r ->
                rows.add(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()) + "\n"));
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1 << 16);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        // what a reader at the other end of the output sees: only what was flushed
        Writer out = new Writer() {
            private final StringBuilder buffer = new StringBuilder();
            private final StringBuilder flushed = new StringBuilder();

            @Override
            public synchronized void write(char[] chars, int offset, int length) {
                buffer.append(chars, offset, length);
            }

            @Override
            public synchronized void flush() {
                flushed.append(buffer);
                buffer.setLength(0);
                for (int end = flushed.indexOf("\n"); end >= 0; end = flushed.indexOf("\n")) {
                    lines.add(flushed.substring(0, end));
                    flushed.delete(0, end + 1);
                }
            }

            @Override
            public void close() {
                flush();
            }
        };
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            feed.write(rows.get(0).getBytes(StandardCharsets.UTF_8));
            feed.flush();
            Future<BatchSummary> summary = runner.submit(() -> {
                BatchInput.Opening opening = new BatchInput(typwerk).open(in, BatchFormat.JSONL);
                return new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                        new Batch.Options(BatchFormat.JSONL, Optional.empty(), 2, BatchDetail.COMPACT), BatchProgress.NONE);
            });

            // each row comes out while the input is still open and the next row not yet written
            for (int i = 0; i < rows.size(); i++) {
                String line = lines.poll(30, TimeUnit.SECONDS);
                assertThat(line).as("output for row %d before row %d is written", i + 1, i + 2).startsWith("{\"row\":" + (i + 1) + ",");
                if (i + 1 < rows.size()) {
                    feed.write(rows.get(i + 1).getBytes(StandardCharsets.UTF_8));
                    feed.flush();
                }
            }
            feed.close();
            assertThat(summary.get(30, TimeUnit.SECONDS).rows()).isEqualTo(3);
            assertThat(lines).isEmpty();
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void an_engine_is_closed_once_and_closing_again_does_no_harm() {
        Typwerk own = Typwerk.builder().build();
        assertThat(own.questionnaires()).isNotEmpty();

        own.close();
        own.close();
    }

    @Test
    void scoring_with_a_closed_engine_is_an_error_of_the_caller_saying_so_not_a_failure_blamed_on_the_strategy() throws Exception {
        Typwerk own = Typwerk.builder().locale(Locale.ENGLISH).build();
        Typwerk german = own.speaking(Locale.GERMAN);
        Path answers = resource("answers/optimierer.yaml");
        own.close();

        for (Typwerk closed : List.of(own, german)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> closed.score(answers))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("This Typwerk engine is closed: build a new one (Typwerk.builder()...build()) to score.");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> closed.score("a.yaml", Files.readAllBytes(answers), Optional.empty()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
