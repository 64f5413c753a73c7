package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CSV output for Excel set to German ({@link CsvDialect#EXCEL_DE}): a byte order mark, semicolons,
 * decimal commas and CR LF, and otherwise cell for cell what the standard dialect writes.
 */
class CsvDialectTest {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]{6}");

    private static Typwerk typwerk;
    private static String input;

    @BeforeAll
    static void start() {
        typwerk = Typwerk.builder().locale(Locale.GERMAN).build();
        LoadedQuestionnaire ozg = typwerk.questionnaire("ozg-reifegrad").orElseThrow();
        AnswersJsonLine json = new AnswersJsonLine();
        List<String> lines = new ArrayList<>();
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(5)).rows(80).forEachRemaining(r ->
                lines.add(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())));
        // names a spreadsheet must not split or run, and an error row whose message has points and commas
        lines.set(3, lines.get(3).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Amt Süd; Nord, West\""));
        lines.set(4, lines.get(4).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"-1,5\""));
        lines.set(5, lines.get(5).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"=1+2\""));
        lines.set(6, "{\"questionnaire\":\"ozg-reifegrad\",\"version\":\"1.0.0\",\"respondent\":{\"ags\":\"9475123\"},\"answers\":{}}");
        input = String.join("\n", lines) + "\n";
    }

    @AfterAll
    static void stop() {
        typwerk.close();
    }

    private static byte[] run(CsvDialect dialect, int threads) throws IOException {
        BatchInput.Opening opening = new BatchInput(typwerk).open(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.CSV, Optional.empty(), threads, BatchDetail.COMPACT, dialect), BatchProgress.NONE);
        return out.toByteArray();
    }

    @Test
    void excel_de_starts_with_a_byte_order_mark_and_ends_every_line_with_cr_lf() throws IOException {
        byte[] bytes = run(CsvDialect.EXCEL_DE, 2);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("row;questionnaire;version;name;ags;kind;state;outcome;primary;second;margin;share.");
        assertThat(text).endsWith("\r\n").doesNotContain("\uFEFF");
        assertThat(text.split("\r\n", -1)).hasSize(82);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void excel_de_has_every_cell_of_the_standard_dialect_with_a_decimal_comma_in_its_numbers() throws IOException {
        List<List<String>> standard = cells(new String(run(CsvDialect.STANDARD, 1), StandardCharsets.UTF_8), ',', "\n");
        byte[] excel = run(CsvDialect.EXCEL_DE, 1);
        List<List<String>> german = cells(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8), ';', "\r\n");

        assertThat(german).hasSameSizeAs(standard);
        int decimals = 0;
        for (int r = 0; r < standard.size(); r++) {
            assertThat(german.get(r)).as("line %d", r + 1).hasSameSizeAs(standard.get(r));
            for (int c = 0; c < standard.get(r).size(); c++) {
                String cell = standard.get(r).get(c);
                boolean number = DECIMAL.matcher(cell).matches();
                if (number) decimals++;
                // a text that is a number in the German way only is no formula there, and needs no apostrophe
                String expected = number ? cell.replace('.', ',') : cell.equals("'-1,5") ? "-1,5" : cell;
                assertThat(german.get(r).get(c)).as("line %d, cell %d", r + 1, c + 1).isEqualTo(expected);
            }
        }
        assertThat(decimals).isGreaterThan(1000);
        // the error row's message keeps its points, a name with a semicolon is quoted, a formula still gets its apostrophe,
        // and a name that is a number with a decimal comma is no formula in either dialect
        String text = new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains(";\"Amt Süd; Nord, West\";").contains(";'=1+2;").contains(";-1,5;");
        assertThat(german.get(7)).contains("bad-ags");
    }

    @Test
    void the_number_of_threads_changes_no_byte_of_the_excel_de_output() throws IOException {
        assertThat(run(CsvDialect.EXCEL_DE, 4)).isEqualTo(run(CsvDialect.EXCEL_DE, 1));
    }

    @Test
    void the_standard_dialect_is_the_default_and_writes_what_csv_output_always_was() throws IOException {
        BatchInput.Opening opening = new BatchInput(typwerk).open(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        StringWriter out = new StringWriter();
        new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.CSV, Optional.empty(), 1, BatchDetail.COMPACT), BatchProgress.NONE);

        assertThat(out.toString()).isEqualTo(new String(run(CsvDialect.STANDARD, 1), StandardCharsets.UTF_8));
        assertThat(out.toString()).startsWith("row,questionnaire,").doesNotContain("\r").contains(",\"'-1,5\",");
    }

    @Test
    void a_dialect_is_named_by_its_id_in_any_case() {
        assertThat(CsvDialect.of("excel-de")).contains(CsvDialect.EXCEL_DE);
        assertThat(CsvDialect.of(" Standard ")).contains(CsvDialect.STANDARD);
        assertThat(CsvDialect.of("excel")).isEmpty();
        assertThat(CsvDialect.EXCEL_DE.id()).isEqualTo("excel-de");
    }

    /** The cells of each line, read as RFC 4180 says with the separator given. */
    private static List<List<String>> cells(String text, char separator, String lineEnd) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split(lineEnd)) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }
}
