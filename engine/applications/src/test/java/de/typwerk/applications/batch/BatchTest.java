package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batch on its own: worker threads, the order of the output, one output row per input row and the
 * summary, on the OZG maturity questionnaire with synthetic answers and a few broken rows among them.
 */
@Timeout(120)
class BatchTest {

    private static final String OZG = "ozg-reifegrad";
    /** Lines (1-based) of the input that are broken: not JSON, another questionnaire, an unknown question. */
    private static final List<Integer> BROKEN = List.of(7, 13, 40);

    private static Typwerk typwerk;
    private static String input;

    @BeforeAll
    static void start() {
        typwerk = Typwerk.builder().locale(Locale.ENGLISH).build();
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        AnswersJsonLine json = new AnswersJsonLine();
        List<String> lines = new ArrayList<>();
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(7)).rows(200).forEachRemaining(r ->
                lines.add(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())));
        lines.set(BROKEN.get(0) - 1, "{\"questionnaire\": {\"id\": \"" + OZG + "\", \"version\"");
        lines.set(BROKEN.get(1) - 1, "{\"questionnaire\":{\"id\":\"nope\",\"version\":\"1.0.0\"},\"answers\":{}}");
        lines.set(BROKEN.get(2) - 1, lines.get(BROKEN.get(2) - 1).replace("\"answers\":{", "\"answers\":{\"no-such-question\":\"x\","));
        input = String.join("\n", lines) + "\n";
    }

    @AfterAll
    static void stop() {
        typwerk.close();
    }

    private record Run(BatchSummary summary, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Run run(String in, int threads, BatchDetail detail, Optional<String> strategy) throws IOException {
        BatchInput.Opening opening = new BatchInput(typwerk).open(
                new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        StringWriter out = new StringWriter();
        BatchSummary summary = new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.JSONL, strategy, threads, detail), BatchProgress.NONE);
        return new Run(summary, out.toString());
    }

    @ParameterizedTest
    @EnumSource(BatchDetail.class)
    void the_number_of_threads_changes_no_byte_of_the_output(BatchDetail detail) throws IOException {
        Run one = run(input, 1, detail, Optional.empty());
        Run four = run(input, 4, detail, Optional.empty());

        assertThat(four.output()).isEqualTo(one.output());
        assertThat(four.summary()).isEqualTo(one.summary());
    }

    @Test
    void a_null_argument_is_refused_at_once_naming_it_as_the_engine_refuses_one() throws IOException {
        // where a null format read the input as CSV, a null output format wrote JSON Lines, and the others met the JDK's
        // "Cannot invoke … because "in" is null", naming a variable of Typwerk's
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        BatchInput.RowSourceHandle rows = ((BatchInput.Ready) new BatchInput(typwerk).open(new ByteArrayInputStream(bytes),
                BatchFormat.JSONL)).rows();
        Batch.Options options = Batch.Options.of(BatchFormat.JSONL);
        Batch batch = new Batch(typwerk);

        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> new BatchInput(null)).withMessage("engine");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> new BatchInput(typwerk).open(null, BatchFormat.JSONL)).withMessage("input");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> new BatchInput(typwerk).open(new ByteArrayInputStream(bytes), null)).withMessage("format");
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> new Batch(null)).withMessage("engine");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> batch.run(null, new StringWriter(), options, BatchProgress.NONE)).withMessage("input");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> batch.run(rows, (StringWriter) null, options, BatchProgress.NONE)).withMessage("out");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> batch.run(rows, new StringWriter(), null, BatchProgress.NONE)).withMessage("options");
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> batch.run(rows, new StringWriter(), options, null)).withMessage("progress");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Batch.Options(null, Optional.empty(), 1)).withMessage("output must be given");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Batch.Options(BatchFormat.CSV, null, 1)).withMessageStartingWith("strategy must be given");
        // none of them read a row: the rows are all there for a call with every argument
        StringWriter out = new StringWriter();
        assertThat(batch.run(rows, out, options, BatchProgress.NONE).rows()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> typwerk.resultJson().write(null))
                .withMessage("result");
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> typwerk.resultJson().line(null))
                .withMessage("result");
    }

    @Test
    void every_input_row_gets_exactly_one_output_row_in_the_order_of_the_input() throws IOException {
        Run run = run(input, 3, BatchDetail.COMPACT, Optional.empty());
        ObjectMapper mapper = new ObjectMapper();

        assertThat(run.lines()).hasSize(200);
        for (int i = 0; i < 200; i++) {
            JsonNode row = mapper.readTree(run.lines().get(i));
            assertThat(row.path("row").asInt()).as("output line %d", i + 1).isEqualTo(i + 1);
            assertThat(row.has("error")).as("row %d is an error record", i + 1).isEqualTo(BROKEN.contains(i + 1));
        }
    }

    @Test
    void the_summary_counts_every_row_once() throws IOException {
        BatchSummary summary = run(input, 2, BatchDetail.COMPACT, Optional.empty()).summary();

        assertThat(summary.rows()).isEqualTo(200);
        assertThat(summary.errors()).isEqualTo(BROKEN.size());
        assertThat(summary.primary().values().stream().mapToLong(Long::longValue).sum()
                + summary.mixed() + summary.insufficient() + summary.none() + summary.errors()).isEqualTo(200);
        assertThat(summary.allScored()).isFalse();
    }

    @Test
    void a_strategy_the_questionnaire_does_not_offer_makes_every_row_an_error_record_and_loses_none() throws IOException {
        Run run = run(input, 2, BatchDetail.COMPACT, Optional.of("no-such-strategy"));

        assertThat(run.lines()).hasSize(200).allMatch(l -> l.contains("\"error\""));
        assertThat(run.summary().errors()).isEqualTo(200);
    }

    @Test
    void an_input_saved_as_utf16_without_a_byte_order_mark_is_refused_once_instead_of_giving_rows_of_zero_bytes() throws IOException {
        for (BatchFormat format : BatchFormat.values()) {
            BatchInput.Opening opening = new BatchInput(typwerk).open(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_16LE)), format);

            assertThat(opening).as(format.name()).isInstanceOfSatisfying(BatchInput.Refused.class, r -> assertThat(r.reasons())
                    .containsExactly("The input is UTF-16LE (without a byte order mark, as the zero bytes at its start show), not UTF-8."
                            + " Please save it as UTF-8."));
        }
    }

    @Test
    void csv_given_as_json_lines_and_json_lines_given_as_csv_are_refused_once_saying_which_it_is() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        String csv = new CsvLayout(ozg.questionnaire()).header() + "\n" + OZG + ",1.0.0\n";

        BatchInput.Opening csvAsJsonLines = new BatchInput(typwerk).open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        BatchInput.Opening jsonLinesAsCsv = new BatchInput(typwerk).open(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), BatchFormat.CSV);

        assertThat(csvAsJsonLines).isInstanceOfSatisfying(BatchInput.Refused.class, r -> assertThat(r.reasons()).containsExactly(
                "The input is read as JSON Lines, but its first line is the header of a CSV file (questionnaire,version,…);"
                        + " give it as CSV: --input-format csv, over HTTP with Content-Type text/csv."));
        assertThat(jsonLinesAsCsv).isInstanceOfSatisfying(BatchInput.Refused.class, r -> assertThat(r.reasons()).containsExactly(
                "The input is read as CSV, but its first line is a JSON object, as in JSON Lines; give it as JSON Lines:"
                        + " --input-format jsonl, over HTTP with Content-Type application/x-ndjson."));
    }

    @Test
    void an_input_whose_lines_end_with_a_carriage_return_alone_is_refused_once_instead_of_read_as_one_line() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        String csv = new CsvLayout(ozg.questionnaire()).header() + "\r" + OZG + ",1.0.0\r";
        String message = "The lines of the input end with a carriage return (CR) alone, as Excel for Mac saves “CSV (Macintosh)”,"
                + " so all of it is one line; please save it as “CSV UTF-8” (line ends LF or CR LF).";

        for (var in : java.util.Map.of(BatchFormat.CSV, csv, BatchFormat.JSONL, input.replace('\n', '\r')).entrySet()) {
            BatchInput.Opening opening = new BatchInput(typwerk).open(new ByteArrayInputStream(in.getValue().getBytes(StandardCharsets.UTF_8)), in.getKey());

            assertThat(opening).as(in.getKey().name()).isInstanceOfSatisfying(BatchInput.Refused.class,
                    r -> assertThat(r.reasons()).containsExactly(message));
        }
        BatchInput.Opening crlf = new BatchInput(typwerk).open(new ByteArrayInputStream(input.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                BatchFormat.JSONL);
        assertThat(crlf).isInstanceOf(BatchInput.Ready.class);
    }

    @Test
    void a_json_lines_row_that_is_no_object_is_an_error_record_worded_for_a_row_not_for_an_answers_file() throws IOException {
        String good = input.lines().findFirst().orElseThrow();
        Run run = run(good + "\n[1,2]\n42\n", 1, BatchDetail.COMPACT, Optional.empty());

        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(1)).isEqualTo("{\"row\":2,\"error\":{\"code\":\"not-a-mapping\",\"line\":2,\"message\":\"A row of the input"
                + " (JSON Lines) is a JSON object with the keys questionnaire, version, respondent and answers, not a list.\",\"more\":0}}");
        assertThat(run.lines().get(2)).contains("answers, not 42.\"");
    }

    @Test
    void a_json_lines_row_cut_short_is_an_error_record_worded_for_a_row_not_for_an_answers_file() throws IOException {
        String good = input.lines().findFirst().orElseThrow();
        Run run = run(good + "\n" + good.substring(0, good.length() / 2) + "\n", 1, BatchDetail.COMPACT, Optional.empty());

        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(1)).contains("\"code\":\"truncated\"", "\"line\":2",
                "The row of the input (JSON Lines) ends in the middle of its answers (cut off?): the row’s JSON is incomplete here.");
        assertThat(run.lines().get(1)).doesNotContain("answers file");
    }

    @Test
    void a_json_lines_row_that_is_not_json_is_an_error_record_naming_the_column_of_the_fault_worded_for_a_row() throws IOException {
        String good = input.lines().findFirst().orElseThrow();
        String broken = good.substring(0, good.length() - 1) + ",}";
        Run run = run(good + "\n" + broken + "\n", 1, BatchDetail.COMPACT, Optional.empty());

        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(1)).contains("\"code\":\"syntax\"", "\"line\":2",
                "The row of the input (JSON Lines) is not valid JSON at column " + broken.length() + ": a key in double quotes is expected here");
        assertThat(run.lines().get(1)).doesNotContain("answers file");
    }

    @Test
    void a_csv_row_that_repeats_the_header_of_a_second_file_joined_on_is_an_error_row_saying_so() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        CsvLayout layout = new CsvLayout(ozg.questionnaire());
        StringBuilder file = new StringBuilder(layout.header()).append('\n');
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(3)).rows(1).forEachRemaining(r ->
                file.append(CsvText.line(layout.row(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()))).append('\n'));
        String joined = file + "\uFEFF" + file;
        StringWriter out = new StringWriter();
        new Batch(typwerk).run(((BatchInput.Ready) new BatchInput(typwerk).open(new ByteArrayInputStream(joined.getBytes(StandardCharsets.UTF_8)),
                BatchFormat.CSV)).rows(), out, new Batch.Options(BatchFormat.JSONL, Optional.empty(), 1, BatchDetail.COMPACT), BatchProgress.NONE);
        List<String> rows = out.toString().lines().toList();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo("{\"row\":2,\"error\":{\"code\":\"header-again\",\"line\":3,\"message\":\"The row repeats the header,"
                + " as where two CSV files were joined; it is no response.\",\"more\":0}}");
        assertThat(rows.get(2).replace("\"row\":3", "")).isEqualTo(rows.get(0).replace("\"row\":1", ""));
    }

    @Test
    void a_csv_row_split_by_a_decimal_comma_without_quotes_is_a_field_count_error_that_names_the_column_and_the_number() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        CsvLayout layout = new CsvLayout(ozg.questionnaire());
        int scale = layout.columns().indexOf("q-medienbruch");
        StringBuilder file = new StringBuilder(layout.header()).append('\n');
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(5)).rows(2).forEachRemaining(r -> {
            List<String> cells = layout.row(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers());
            List<String> written = new ArrayList<>();
            boolean second = file.chars().filter(c -> c == '\n').count() == 2;
            for (int i = 0; i < cells.size(); i++) written.add(i == scale && second ? "3,5" : CsvText.cell(cells.get(i)));
            file.append(String.join(",", written)).append('\n');
        });
        StringWriter out = new StringWriter();
        new Batch(typwerk).run(((BatchInput.Ready) new BatchInput(typwerk).open(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                BatchFormat.CSV)).rows(), out, new Batch.Options(BatchFormat.JSONL, Optional.empty(), 1, BatchDetail.COMPACT), BatchProgress.NONE);

        assertThat(out.toString().lines().skip(1)).containsExactly("{\"row\":2,\"error\":{\"code\":\"field-count\",\"line\":3,\"message\":\"The row has "
                + (layout.columns().size() + 1) + " fields, the header " + layout.columns().size() + ". Does column q-medienbruch hold a number"
                + " with a decimal comma and no quotes, 3,5? The comma splits the cell; write 3.5.\",\"more\":0}}");
    }

    /**
     * The output rows of a CSV batch of synthetic OZG rows whose scale cell q-medienbruch is
     * written as each of {@code spellings}, one row each (q-eingang answered so that it is asked).
     */
    private static List<String> withScaleCells(List<String> spellings) throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        CsvLayout layout = new CsvLayout(ozg.questionnaire());
        int scale = layout.columns().indexOf("q-medienbruch");
        int asked = layout.columns().indexOf("q-eingang");
        StringBuilder file = new StringBuilder(layout.header()).append('\n');
        var synthetic = new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(5)).rows(spellings.size());
        for (String spelling : spellings) {
            var r = synthetic.next();
            List<String> cells = new ArrayList<>(layout.row(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()));
            cells.set(asked, "abtippen");
            cells.set(scale, spelling);
            file.append(CsvText.line(cells)).append('\n');
        }
        StringWriter out = new StringWriter();
        new Batch(typwerk).run(((BatchInput.Ready) new BatchInput(typwerk).open(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                BatchFormat.CSV)).rows(), out, new Batch.Options(BatchFormat.JSONL, Optional.empty(), 1, BatchDetail.COMPACT), BatchProgress.NONE);
        return out.toString().lines().toList();
    }

    @Test
    void a_csv_scale_cell_out_of_range_is_named_as_the_cell_spells_it_not_as_the_number_prints() throws IOException {
        List<String> rows = withScaleCells(List.of("-0", "5e0", " -1.0 ", "4e0"));

        // -0 is 0, which the scale allows: a result, as for the cell 0
        assertThat(rows.get(0)).doesNotContain("\"error\"");
        assertThat(rows.get(1)).contains("\"column\":\"q-medienbruch\"", "from 0 to 4, not 5e0.");
        assertThat(rows.get(2)).contains("\"column\":\"q-medienbruch\"", "from 0 to 4, not -1.0.");
        assertThat(rows.get(3)).doesNotContain("\"error\"");
    }

    @Test
    void a_csv_number_cell_whose_exponent_cannot_be_read_is_one_error_row_naming_its_column_and_the_batch_goes_on() throws IOException {
        List<String> rows = withScaleCells(List.of("1e2147483648", "4e0"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("\"code\":\"wrong-kind\"", "\"column\":\"q-medienbruch\"", "\"line\":2",
                "Column q-medienbruch holds 1e2147483648, a number whose exponent is too large to be read; write the number in digits");
        assertThat(rows.get(1)).doesNotContain("\"error\"");
    }

    @Test
    void a_closed_engine_is_refused_before_any_row_instead_of_an_internal_error_record_for_every_row() throws IOException {
        Typwerk own = Typwerk.builder().locale(Locale.ENGLISH).build();
        BatchInput.Opening opening = new BatchInput(own).open(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        own.close();
        StringWriter out = new StringWriter();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Batch(own).run(((BatchInput.Ready) opening).rows(), out,
                        new Batch.Options(BatchFormat.JSONL, Optional.empty(), 2, BatchDetail.COMPACT), BatchProgress.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine is closed");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void an_engine_closed_while_the_batch_runs_stops_it_and_writes_no_internal_error_record_for_the_rows_left() throws IOException {
        Typwerk own = Typwerk.builder().locale(Locale.ENGLISH).build();
        String many = input.repeat(20);
        BatchInput.Opening opening = new BatchInput(own).open(
                new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        StringWriter out = new StringWriter();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Batch(own).run(((BatchInput.Ready) opening).rows(), out,
                        new Batch.Options(BatchFormat.JSONL, Optional.empty(), 2, BatchDetail.COMPACT),
                        (rows, read) -> own.close()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine is closed");
        assertThat(out.toString().lines().count()).isLessThan(many.lines().count());
        assertThat(out.toString()).doesNotContain("\"internal\"");
    }

    @Test
    void an_empty_input_is_refused_with_a_reason_before_any_row_is_written() throws IOException {
        BatchInput.Opening opening = new BatchInput(typwerk).open(new ByteArrayInputStream(new byte[0]), BatchFormat.JSONL);

        assertThat(opening).isInstanceOfSatisfying(BatchInput.Refused.class, r -> assertThat(r.reasons()).isNotEmpty());
    }

    @Test
    void a_csv_row_saved_in_windows_1252_is_an_error_record_naming_its_line_and_column_and_the_other_rows_are_scored() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        CsvLayout layout = new CsvLayout(ozg.questionnaire());
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        csv.writeBytes((layout.header() + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> second = new ArrayList<>();
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(7)).rows(3).forEachRemaining(r -> {
            List<String> cells = new ArrayList<>(layout.row(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()));
            boolean windows = second.isEmpty() && csv.size() > layout.header().length() + 1;
            if (windows) {
                cells.set(2, "Gemeinde Gr\u00fcnau");
                second.addAll(cells);
            }
            csv.writeBytes((CsvText.line(cells) + "\n").getBytes(windows ? java.nio.charset.Charset.forName("windows-1252") : StandardCharsets.UTF_8));
        });
        BatchInput.Opening opening = new BatchInput(typwerk).open(new ByteArrayInputStream(csv.toByteArray()), BatchFormat.CSV);
        StringWriter out = new StringWriter();
        new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.JSONL, Optional.empty(), 1, BatchDetail.COMPACT), BatchProgress.NONE);
        List<String> rows = out.toString().lines().toList();

        int column = (second.get(0) + "," + second.get(1) + ",Gemeinde Gr").length() + 1;
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).doesNotContain("\"error\"");
        assertThat(rows.get(1)).isEqualTo("{\"row\":2,\"error\":{\"code\":\"not-utf8\",\"line\":3,\"message\":\"Line 3 is not written in UTF-8: "
                + "the byte 0xFC in column " + column + " means nothing in UTF-8 (such as an umlaut after the file was saved in Excel as "
                + "\u201cCSV (comma delimited)\u201d or by another program in Windows-1252). Save the file as UTF-8, in Excel as "
                + "\u201cCSV UTF-8 (comma delimited)\u201d.\",\"more\":0}}");
        assertThat(rows.get(2)).doesNotContain("\"error\"");
    }

    @Test
    void a_csv_header_saved_in_windows_1252_is_refused_naming_its_line_and_column() throws IOException {
        byte[] csv = "questionnaire,version,gr\u00f6\u00dfe\nozg-reifegrad,1.0.0,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        BatchInput.Opening opening = new BatchInput(typwerk).open(new ByteArrayInputStream(csv), BatchFormat.CSV);

        assertThat(opening).isInstanceOfSatisfying(BatchInput.Refused.class, r -> assertThat(r.reasons()).containsExactly(
                "Line 1 is not written in UTF-8: the byte 0xF6 in column 25 means nothing in UTF-8 (such as an umlaut after the file"
                        + " was saved in Excel as \u201cCSV (comma delimited)\u201d or by another program in Windows-1252). Save the file as"
                        + " UTF-8, in Excel as \u201cCSV UTF-8 (comma delimited)\u201d."));
    }

    @Test
    void a_csv_file_whose_every_row_is_saved_in_windows_1252_is_refused_for_that_not_for_rows_it_does_not_have() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire(OZG).orElseThrow();
        CsvLayout layout = new CsvLayout(ozg.questionnaire());
        StringBuilder csv = new StringBuilder(layout.header()).append('\n');
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(7)).rows(1).forEachRemaining(r -> {
            List<String> cells = new ArrayList<>(layout.row(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()));
            cells.set(2, "Gemeinde Gr\u00fcnau");
            csv.append(CsvText.line(cells)).append('\n');
        });
        byte[] windows = csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));

        BatchInput.Opening opening = new BatchInput(typwerk).open(new ByteArrayInputStream(windows), BatchFormat.CSV);

        // the header is ASCII; the one row is where the file says it is not UTF-8, not a row "without all the fields"
        assertThat(opening).isInstanceOfSatisfying(BatchInput.Refused.class, r -> assertThat(r.reasons()).singleElement().asString()
                .startsWith("The columns cannot be checked because the first rows name no loaded questionnaire: Line 2 is not written in UTF-8: the byte 0xFC in column ")
                .endsWith("Save the file as UTF-8, in Excel as \u201cCSV UTF-8 (comma delimited)\u201d."));
    }
}
