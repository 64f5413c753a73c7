package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk batch}: one output row per input row, whatever is wrong with the rows; whole-input
 * problems refused once with exit 2 and nothing written; the same bytes every time.
 */
class BatchCommandTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static List<String> jsonl;
    static List<String> csv;

    @TempDir
    Path temp;

    @BeforeAll
    static void generate() throws IOException {
        Cli cli = new Cli(shared.resolve("home"));
        Cli.Result a = cli.run("generate", OEFIT, "--count", "10000", "--seed", "20", "--out", shared.resolve("g.jsonl").toString());
        Cli.Result b = cli.run("generate", OEFIT, "--count", "10000", "--seed", "21", "--format", "csv",
                "--out", shared.resolve("g.csv").toString());
        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(b.exitCode()).as(b.toString()).isZero();
        jsonl = Files.readAllLines(shared.resolve("g.jsonl"));
        csv = Files.readAllLines(shared.resolve("g.csv"));
    }

    private Cli cli() {
        return new Cli(temp.resolve("home")).locale(Locale.ENGLISH);
    }

    private Cli.Result batch(String... args) {
        List<String> all = new ArrayList<>(List.of("batch"));
        all.addAll(List.of(args));
        return cli().run(all.toArray(String[]::new));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.writeString(temp.resolve(name), String.join("\n", lines) + "\n");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static List<JsonNode> rows(Path output) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(output)) rows.add(JSON.readTree(line));
        return rows;
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    // --- 10,000 rows with 5 % damaged ---------------------------------------------------------

    /** Damage done to every 20th row, in turn: what it does to the line and the error it must give. */
    private enum JsonDamage {
        UNKNOWN_OPTION("unknown-option", "finanzierung") {
            String apply(String line) {
                return line.replaceFirst("\"finanzierung\":\"[a-z-]+\"", "\"finanzierung\":\"lotterie\"");
            }
        },
        TRUNCATED("truncated", null) {
            String apply(String line) {
                return line.substring(0, line.length() / 2);
            }
        },
        BAD_AGS("bad-ags", "/respondent/ags") {
            String apply(String line) {
                return line.replaceFirst("\"ags\":\"[0-9]{8}\"", "\"ags\":\"1234567\"");
            }
        },
        // a required number, which every generated row answers (the scales may be left open)
        WRONG_TYPE("wrong-kind", "einwohner") {
            String apply(String line) {
                return line.replaceFirst("\"einwohner\":[0-9]+", "\"einwohner\":\"drei\"");
            }
        },
        EXTRA_FIELD("unknown-key", "/extra") {
            String apply(String line) {
                return line.substring(0, line.length() - 1) + ",\"extra\":1}";
            }
        };

        final String code;
        final String where;

        JsonDamage(String code, String where) {
            this.code = code;
            this.where = where;
        }

        abstract String apply(String line);
    }

    @Test
    void ten_thousand_json_lines_with_five_percent_damaged_give_ten_thousand_rows_with_the_right_errors() throws IOException {
        List<String> damaged = new ArrayList<>(jsonl);
        for (int row = 20; row <= damaged.size(); row += 20) {
            JsonDamage damage = JsonDamage.values()[(row / 20) % JsonDamage.values().length];
            String broken = damage.apply(damaged.get(row - 1));
            assertThat(broken).as("damage %s applies to row %d", damage, row).isNotEqualTo(damaged.get(row - 1));
            damaged.set(row - 1, broken);
        }
        Path input = write("damaged.jsonl", damaged);
        Path output = temp.resolve("results.jsonl");

        Cli.Result r = batch(input.toString(), "--out", output.toString(), "--threads", "2");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(output);
        assertThat(rows).hasSize(10_000);
        for (int row = 1; row <= rows.size(); row++) {
            JsonNode out = rows.get(row - 1);
            assertThat(out.get("row").asInt()).isEqualTo(row);
            if (row % 20 != 0) {
                assertThat(out.has("error")).as("row %d: %s", row, out.path("error")).isFalse();
                assertThat(out.get("outcome").get("kind").asText()).isIn("primary", "mixed", "insufficient");
                continue;
            }
            JsonDamage damage = JsonDamage.values()[(row / 20) % JsonDamage.values().length];
            JsonNode error = out.get("error");
            assertThat(error.get("code").asText()).as("row %d (%s): %s", row, damage, error).isEqualTo(damage.code);
            assertThat(error.get("line").asInt()).isEqualTo(row);
            if (damage.where != null) {
                String where = error.has("question") ? error.get("question").asText() : error.get("pointer").asText();
                assertThat(where).as("row %d (%s)", row, damage).isEqualTo(damage.where);
            }
        }
        assertThat(r.err()).contains("typwerk batch: 10000 rows").containsPattern("errors +500");
    }

    @Test
    void ten_thousand_csv_rows_with_five_percent_damaged_give_ten_thousand_rows_with_the_right_errors() throws IOException {
        List<String> header = List.of(csv.get(0).split(",", -1));
        int finanzierung = header.indexOf("finanzierung");
        int ags = header.indexOf("ags");
        int fokus = header.indexOf("fokus");
        int name = header.indexOf("name");
        String[] codes = {"unknown-option", "field-count", "field-count", "bad-ags", "wrong-kind", "open-quote"};
        String[] columns = {"finanzierung", null, null, "ags", "fokus", null};
        List<String> damaged = new ArrayList<>(csv);
        for (int row = 20; row <= 10_000; row += 20) {
            int kind = (row / 20) % codes.length;
            List<String> cells = new ArrayList<>(List.of(damaged.get(row).split(",", -1)));
            assertThat(cells).as("generated rows need no quoting").hasSize(header.size());
            switch (kind) {
                case 0 -> cells.set(finanzierung, "lotterie");
                case 1 -> cells.add("extra");
                case 2 -> cells.remove(cells.size() - 1);
                case 3 -> cells.set(ags, "9162000");
                case 4 -> cells.set(fokus, "drei");
                default -> cells.set(name, "\"" + cells.get(name));
            }
            damaged.set(row, String.join(",", cells));
        }
        Path input = write("damaged.csv", damaged);
        Path output = temp.resolve("results.jsonl");

        Cli.Result r = batch(input.toString(), "--out", output.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(output);
        assertThat(rows).hasSize(10_000);
        for (int row = 1; row <= rows.size(); row++) {
            JsonNode out = rows.get(row - 1);
            assertThat(out.get("row").asInt()).isEqualTo(row);
            if (row % 20 != 0) {
                assertThat(out.has("error")).as("row %d: %s", row, out.path("error")).isFalse();
                continue;
            }
            int kind = (row / 20) % codes.length;
            JsonNode error = out.get("error");
            assertThat(error.get("code").asText()).as("row %d: %s", row, error).isEqualTo(codes[kind]);
            assertThat(error.get("line").asInt()).as("the header is line 1").isEqualTo(row + 1);
            if (columns[kind] != null) assertThat(error.get("column").asText()).isEqualTo(columns[kind]);
        }
    }

    // --- whole-input problems: exit 2, nothing written -----------------------------------------

    private void assertRefused(Cli.Result r, Path output, String message) throws IOException {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
        assertThat(output).doesNotExist();
        assertThat(filesIn(output.getParent())).as("no temporary file is left either").isEqualTo(filesIn(temp.resolve("in")));
    }

    private Path input(String name, String content) throws IOException {
        Files.createDirectories(temp.resolve("in"));
        return Files.writeString(temp.resolve("in").resolve(name), content);
    }

    @Test
    void says_on_standard_error_which_plugins_were_not_loaded_and_scores_the_rows_of_the_others() throws IOException {
        Path plugins = PluginFolder.goodAndCorrupt(temp);
        Path input = temp.resolve("amt.jsonl");
        Files.writeString(input, "{\"questionnaire\":\"test-amtstypen\",\"version\":\"2.1.0\","
                + "\"answers\":{\"q-strategie\":\"ja\",\"q-ziele\":[\"effizienz\",\"service\"]}}\n");

        Cli.Result en = new Cli(temp.resolve("home")).run("batch", input.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result de = new Cli(temp.resolve("home")).run("batch", input.toString(), "--plugins", plugins.toString());

        // the good plugin's questionnaire is read (it says nothing of scoring: one error row no-scoring)
        assertThat(en.out().lines()).as(en.toString()).hasSize(1).allSatisfy(row -> assertThat(row).contains("\"code\":\"no-scoring\""));
        // before the rows' summary, as list and serve say it: a row for the refused plugin's
        // questionnaire would otherwise only read "unknown questionnaire"
        assertThat(en.err()).startsWith("typwerk: not loaded: ").contains(PluginFolder.CORRUPT_JAR)
                .contains("(details: typwerk plugins)\ntypwerk batch: 1 row\n");
        assertThat(de.err()).startsWith("typwerk: nicht geladen: ").contains("(Einzelheiten: typwerk plugins)\n");
    }

    @Test
    void the_summary_counts_one_row_as_one_row_in_both_languages() throws IOException {
        Path input = write("one.jsonl", List.of(jsonl.get(0)));

        assertThat(batch(input.toString(), "--out", temp.resolve("one-en.jsonl").toString()).err())
                .contains("typwerk batch: 1 row\n");
        assertThat(cli().run("batch", input.toString(), "--out", temp.resolve("one-de.jsonl").toString(), "--lang", "de").err())
                .contains("typwerk batch: 1 Zeile\n");
    }

    @Test
    void refuses_an_empty_input_and_a_csv_with_a_header_but_no_rows() throws IOException {
        Path out = temp.resolve("in").resolve("out.jsonl");

        assertRefused(batch(input("empty.jsonl", "").toString(), "--out", out.toString()), out, "The input has no rows.");
        assertRefused(batch(input("blank.jsonl", "\n  \n").toString(), "--out", out.toString()), out, "The input has no rows.");
        assertRefused(batch(input("header.csv", csv.get(0) + "\n").toString(), "--out", out.toString()), out, "The input has no rows.");
    }

    @Test
    void refuses_an_input_saved_as_utf16_once_naming_its_encoding_instead_of_failing_every_row_or_the_header() throws IOException {
        Path out = temp.resolve("in").resolve("out.jsonl");
        Path jsonl = temp.resolve("in").resolve("utf16.jsonl");
        Path csvFile = temp.resolve("in").resolve("utf16.csv");
        Files.createDirectories(jsonl.getParent());
        Files.write(jsonl, ("\uFEFF" + String.join("\n", BatchCommandTest.jsonl) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Files.write(csvFile, ("\uFEFF" + String.join("\n", csv) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16BE));

        assertRefused(batch(jsonl.toString(), "--out", out.toString()), out,
                "typwerk: The input is UTF-16 (it starts with the byte order mark FF FE), not UTF-8. Please save it as UTF-8.\n");
        assertRefused(batch(csvFile.toString(), "--out", out.toString()), out,
                "typwerk: The input is UTF-16 (it starts with the byte order mark FE FF), not UTF-8. Please save it as UTF-8.\n");
    }

    @Test
    void refuses_a_csv_whose_header_misses_a_column_or_has_an_unknown_one_naming_each() throws IOException {
        String header = csv.get(0).replace(",fokus,", ",fokuss,").replace(",bewaehrtes,", ",");
        String row = csv.get(1);
        List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
        cells.remove(List.of(csv.get(0).split(",", -1)).indexOf("bewaehrtes"));
        Path out = temp.resolve("in").resolve("out.jsonl");

        Path file = input("columns.csv", header + "\n" + String.join(",", cells) + "\n");
        Cli.Result r = batch(file.toString(), "--out", out.toString());

        // each at its place, as a compiler says it: the heading's column, or the header's line for one missing;
        // 'fokuss' for the missing 'fokus' is one mistake, said once
        assertRefused(r, out, "typwerk: " + file + ":1:" + (header.indexOf(",fokuss,") + 2)
                + ": Unknown column 'fokuss': it is probably the column 'fokus', which is missing from the header.\n");
        assertThat(r.err()).contains("typwerk: " + file + ":1: The column 'bewaehrtes' is missing from the header.")
                .doesNotContain("The column 'fokus' is missing").doesNotContain("did you mean");
    }

    @Test
    void a_csv_header_of_100000_unknown_columns_names_the_first_100_and_counts_the_rest_in_one_line() throws IOException {
        // each was compared with every question id, and looked up again in the header: 46 seconds, 400 MB and
        // 100,000 lines on standard error (34 MB of problem+json at POST /v1/batch)
        StringBuilder header = new StringBuilder(csv.get(0));
        StringBuilder row = new StringBuilder(csv.get(1));
        for (int i = 0; i < 100_000; i++) {
            header.append(",x").append(i);
            row.append(',');
        }
        Path out = temp.resolve("in").resolve("out.jsonl");

        Path file = input("wide.csv", header + "\n" + row + "\n");
        Cli.Result r = batch(file.toString(), "--out", out.toString());

        String h = header.toString();
        assertRefused(r, out, "typwerk: " + file + ":1:" + (h.indexOf(",x100,") + 2) + ": From here on, 99900 more columns that "
                + "oefit-digitalisierungstypen@1.0.0 has no question for; after the first 100, none is named on its own.\n");
        assertThat(r.err()).contains("typwerk: " + file + ":1:" + (h.indexOf(",x99,") + 2) + ": Unknown column 'x99'");
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk: "))).hasSize(101);
    }

    @Test
    void a_csv_heading_that_only_looks_like_the_id_names_the_character_that_differs() throws IOException {
        // a zero-width space after a heading, as copied from a web page: the message read "Unknown column 'einwohner':
        // it is probably the column 'einwohner'", the difference invisible
        String header = csv.get(0).replace(",einwohner,", ",einwohner\u200b,");
        Path out = temp.resolve("in").resolve("out.jsonl");

        Path file = input("lookalike.csv", header + "\n" + csv.get(1) + "\n");
        Cli.Result r = batch(file.toString(), "--out", out.toString());

        assertRefused(r, out, "typwerk: " + file + ":1:" + (header.indexOf(",einwohner\u200b,") + 2)
                + ": Unknown column 'einwohner\\u200B': it is probably the column 'einwohner', which is missing from the header.\n");
    }

    @Test
    void a_csv_header_with_a_quote_left_open_or_a_column_twice_is_refused_at_its_place() throws IOException {
        Path open = input("open.csv", "questionnaire,\"version\n");
        Path twice = input("twice.csv", "questionnaire,version,\"questionnaire\"\n");
        Path out = temp.resolve("in").resolve("out.jsonl");

        assertRefused(batch(open.toString(), "--out", out.toString()), out,
                "typwerk: " + open + ":1:15: The header cannot be read: a quote is left open or the line is too long.\n");
        assertRefused(batch(twice.toString(), "--out", out.toString()), out,
                "typwerk: " + twice + ":1:23: The column 'questionnaire' appears twice in the header (columns 1 and 3).\n");
    }

    @Test
    void refuses_a_csv_whose_header_ends_in_columns_without_a_name_naming_their_numbers() throws IOException {
        int columns = csv.get(0).split(",", -1).length;
        String excel = csv.get(0) + ",,\r\n" + csv.get(1) + ",,\r\n";
        Path out = temp.resolve("in").resolve("out.jsonl");

        Cli.Result r = batch(input("excel.csv", excel).toString(), "--out", out.toString());

        assertRefused(r, out, "Column " + (columns + 1) + " of the header has no name (a spreadsheet writes it, as a comma at the end of"
                + " every line, for formatted cells beside the data); please delete the column.");
        assertThat(r.err()).contains("Column " + (columns + 2) + " of the header has no name").doesNotContain("twice").doesNotContain("Unknown");
    }

    @Test
    void refuses_a_csv_whose_rows_all_have_a_field_more_than_the_header_naming_the_first_line_and_the_counts() throws IOException {
        int columns = csv.get(0).split(",", -1).length;
        String rows = csv.get(0) + "\n" + csv.get(1) + ",\n" + csv.get(2) + ",\n";
        Path out = temp.resolve("in").resolve("out.jsonl");

        assertRefused(batch(input("trailing.csv", rows).toString(), "--out", out.toString()), out,
                "The columns cannot be checked because the first rows name no loaded questionnaire: Line 2 has " + (columns + 1)
                        + " fields, the header " + columns + ".");
    }

    @Test
    void refuses_a_csv_separated_by_tabs() throws IOException {
        String tabs = csv.get(0).replace(',', '\t') + "\n" + csv.get(1).replace(',', '\t') + "\n";
        Path out = temp.resolve("in").resolve("out.jsonl");

        assertRefused(batch(input("tabs.csv", tabs).toString(), "--out", out.toString()), out,
                "The header has a single column containing 'TAB': wrong delimiter? Expected ',' or ';'.");
    }

    @Test
    void a_csv_separated_by_semicolons_as_german_excel_writes_it_scores_like_the_same_rows_with_commas_reading_decimal_commas()
            throws IOException {
        List<String> header = List.of(csv.get(0).split(",", -1));
        List<List<String>> rows = csv.subList(1, csv.size()).stream().filter(l -> !l.contains("\""))
                .limit(3).map(l -> new ArrayList<>(List.of(l.split(",", -1)))).collect(java.util.stream.Collectors.toList());
        int personal = header.indexOf("it-personal");
        int inhabitants = header.indexOf("einwohner");
        List<String> commas = new ArrayList<>(List.of(String.join(",", header)));
        List<String> semicolons = new ArrayList<>(List.of(String.join(";", header)));
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i == 0) row.set(personal, "12.5");
            commas.add(String.join(",", row));
            if (i == 0) row.set(personal, "12,5");
            if (i == 1) row.set(inhabitants, "12.500");
            semicolons.add(String.join(";", row));
        }
        Path fromCommas = temp.resolve("commas.jsonl");
        Path fromSemicolons = temp.resolve("semicolons.jsonl");

        Cli.Result c = batch(write("commas.csv", commas).toString(), "--out", fromCommas.toString());
        Cli.Result r = batch(write("excel.csv", String.join("\r\n", semicolons) + "\r\n").toString(), "--out", fromSemicolons.toString());

        assertThat(c.exitCode()).as(c.toString()).isZero();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> expected = rows(fromCommas);
        List<JsonNode> got = rows(fromSemicolons);
        assertThat(got).hasSize(3);
        assertThat(got.get(0)).isEqualTo(expected.get(0));
        assertThat(got.get(1).get("error").get("code").asText()).isEqualTo("wrong-kind");
        assertThat(got.get(1).get("error").get("message").asText()).isEqualTo("Column einwohner holds 12.500: digits grouped by points,"
                + " a thousands separator in German, a decimal point in English; write the number without thousands separators,"
                + " such as 12500 or 12,5.");
        assertThat(got.get(2)).isEqualTo(expected.get(2));
    }

    @Test
    void csv_exported_from_german_excel_gives_csv_for_german_excel_with_csv_dialect_excel_de() throws IOException {
        // German Excel's "CSV UTF-8": a byte order mark, semicolons, CR LF; and back the same way, with decimal commas
        List<String> lines = csv.subList(0, 41).stream().map(l -> l.contains("\"") ? l : l.replace(',', ';')).filter(l -> !l.contains("\""))
                .toList();
        Path in = write("aus-excel.csv", "\uFEFF" + String.join("\r\n", lines) + "\r\n");
        Path out = temp.resolve("fuer-excel.csv");
        Path standard = temp.resolve("standard.csv");

        Cli.Result r = batch(in.toString(), "--csv-dialect", "excel-de", "--threads", "3", "--out", out.toString());
        Cli.Result s = batch(in.toString(), "--out", standard.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(s.exitCode()).as(s.toString()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        List<String> rows = List.of(text.split("\r\n"));
        List<String> rowsStandard = Files.readAllLines(standard);
        assertThat(rows).hasSize(lines.size()).hasSameSizeAs(rowsStandard);
        assertThat(rows.get(0)).isEqualTo(rowsStandard.get(0).replace(',', ';'));
        // a row of numbers and ids only: the same cells, with semicolons and decimal commas
        assertThat(rows.get(1)).isEqualTo(rowsStandard.get(1).replace(',', ';').replace('.', ',').replace(";1,0,0;", ";1.0.0;"));
        assertThat(rows.get(1)).matches(".*;0,[0-9]{6};.*");
    }

    @Test
    void csv_dialect_is_refused_for_json_lines_output_and_for_a_dialect_it_does_not_know() throws IOException {
        Path in = write("rows.csv", csv.subList(0, 3));
        Path out = temp.resolve("r.jsonl");

        Cli.Result jsonLines = batch(in.toString(), "--csv-dialect", "excel-de", "--out", out.toString());
        Cli.Result unknown = batch(in.toString(), "--csv-dialect", "excel", "--format", "csv");

        assertThat(jsonLines.exitCode()).as(jsonLines.toString()).isEqualTo(2);
        assertThat(jsonLines.err()).contains("--csv-dialect excel-de is for CSV output; give --format csv (or an --out file whose name ends in .csv).");
        assertThat(out).doesNotExist();
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("--csv-dialect must be standard or excel-de, not “excel”.");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void a_decimal_comma_without_digits_on_one_side_reads_as_the_same_number_with_a_point_does() throws IOException {
        // ,5 and 12, were refused as no number where .5 and 12. in a file with commas are 0.5 and 12
        List<String> header = List.of(csv.get(0).split(",", -1));
        List<List<String>> rows = csv.subList(1, csv.size()).stream().filter(l -> !l.contains("\""))
                .limit(2).map(l -> new ArrayList<>(List.of(l.split(",", -1)))).collect(java.util.stream.Collectors.toList());
        int personal = header.indexOf("it-personal");
        List<String> points = new ArrayList<>(List.of(String.join(",", header)));
        List<String> semicolons = new ArrayList<>(List.of(String.join(";", header)));
        List<String> pointed = List.of("0.5", "12");
        List<String> commas = List.of(",5", "12,");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            row.set(personal, pointed.get(i));
            points.add(String.join(",", row));
            row.set(personal, commas.get(i));
            semicolons.add(String.join(";", row));
        }
        Path fromPoints = temp.resolve("points.jsonl");
        Path fromSemicolons = temp.resolve("semicolons.jsonl");

        Cli.Result p = batch(write("points.csv", points).toString(), "--out", fromPoints.toString());
        Cli.Result r = batch(write("excel.csv", semicolons).toString(), "--out", fromSemicolons.toString());

        assertThat(p.exitCode()).as(p.toString()).isZero();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(rows(fromSemicolons)).isEqualTo(rows(fromPoints));
    }

    @Test
    void an_empty_row_as_a_spreadsheet_writes_below_its_data_is_an_error_row_naming_the_questionnaire_column() throws IOException {
        String empty = ",".repeat(csv.get(0).split(",", -1).length - 1);
        Path input = input("excel.csv", "\uFEFF" + csv.get(0) + "\r\n" + csv.get(1) + "\r\n" + empty + "\r\n");
        Path out = temp.resolve("out.csv");

        Cli.Result r = batch(input.toString(), "--format", "csv", "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        // the error columns, then the empty cells of answered, total, the scores and the dimensions
        assertThat(Files.readAllLines(out)).hasSize(3).last().asString().endsWith(
                ",missing-key,questionnaire,3,'questionnaire' is empty; it says which questionnaire (and which version of it) the answers are for."
                        + ",".repeat(2 + 4 + 4 * 6));
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_to_csv_as_text() throws IOException {
        String formula = "=HYPERLINK(\"http://example.org\",\"Gemeinde\")";
        List<String> rows = new ArrayList<>();
        for (String name : List.of(formula, "@SUM(1+1)", "-Nord", "+A1")) {
            com.fasterxml.jackson.databind.node.ObjectNode row = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(jsonl.get(0));
            ((com.fasterxml.jackson.databind.node.ObjectNode) row.get("respondent")).put("name", name);
            rows.add(row.toString());
        }
        Path out = temp.resolve("formulas.csv");

        Cli.Result r = batch(input("formulas.jsonl", String.join("\n", rows) + "\n").toString(), "--format", "csv", "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> names = Files.readAllLines(out).stream().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)[3]).toList();
        // an apostrophe first: Excel and LibreOffice show the text and run nothing
        assertThat(names).containsExactly("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Gemeinde\"\")\"", "'@SUM(1+1)", "'-Nord", "'+A1");
    }

    @Test
    void csv_rows_of_another_questionnaires_types_written_as_error_rows_count_as_errors_in_the_summary_and_the_exit_code()
            throws IOException {
        Path ozg = temp.resolve("ozg.jsonl");
        Cli.Result g = cli().run("generate", "ozg-reifegrad", "--count", "3", "--seed", "1", "--out", ozg.toString());
        assertThat(g.exitCode()).as(g.toString()).isZero();
        Path input = input("mixed.jsonl", Files.readString(ozg) + jsonl.get(0) + "\n" + jsonl.get(1) + "\n");
        Path out = temp.resolve("mixed.csv");

        Cli.Result r = batch(input.toString(), "--format", "csv", "--out", out.toString());

        // the CSV's columns are the stages of the first row's questionnaire: the ÖFIT rows are error rows
        assertThat(Files.readAllLines(out)).hasSize(6).last().asString().contains(",other-types,");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("typwerk batch: 5 rows").containsPattern("errors +2\n")
                .doesNotContainPattern("(bedaechtig|optimierer|serviceorientiert|community-manager) +[1-9]");
    }

    @Test
    void an_output_in_a_missing_folder_gets_it_and_a_refused_input_leaves_no_folder_behind() throws IOException {
        Path input = input("two.jsonl", jsonl.get(0) + "\n" + jsonl.get(1) + "\n");
        Path out = temp.resolve("no-such-folder").resolve("out.jsonl");

        Cli.Result r = batch(input.toString(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(out).isRegularFile();
        Path refusedOut = temp.resolve("other-folder").resolve("out.jsonl");
        Cli.Result refused = batch(input("survey.json", "{\"pages\":[{\"elements\":[]}]}\n").toString(), "--out", refusedOut.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
        assertThat(temp.resolve("other-folder")).doesNotExist();
        Cli.Result folder = batch(input.toString(), "--out", temp.resolve("in").toString());
        assertThat(folder.exitCode()).as(folder.toString()).isEqualTo(2);
    }

    @Test
    void a_refused_batch_leaves_the_previous_output_intact_and_a_good_one_replaces_it() throws IOException {
        Path out = Files.writeString(temp.resolve("out.jsonl"), "previous\n");

        // --force: an output that exists is replaced only when asked to, and then only by a batch that is not refused
        Cli.Result refused = batch(input("empty.jsonl", "").toString(), "--out", out.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(out).hasContent("previous");
        Cli.Result good = batch(input("one.jsonl", jsonl.get(0) + "\n").toString(), "--out", out.toString(), "--force");
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("{\"row\":1,\"questionnaire\":"));
        assertThat(filesIn(temp)).as("out.jsonl, in/ and home/ at most").isLessThanOrEqualTo(3);
    }

    @Test
    void refuses_an_unknown_strategy_and_a_missing_input() throws IOException {
        Path input = input("one.jsonl", jsonl.get(0) + "\n");

        Cli.Result strategy = batch(input.toString(), "--strategy", "astrologie");
        Cli.Result missing = batch(temp.resolve("nothing.jsonl").toString());

        assertThat(strategy.exitCode()).isEqualTo(2);
        assertThat(strategy.err()).contains("No strategy “astrologie” is loaded.");
        assertThat(missing.exitCode()).isEqualTo(2);
    }

    @Test
    void an_empty_strategy_is_a_usage_error_naming_the_option() throws IOException {
        Path input = input("one.jsonl", jsonl.get(0) + "\n");

        Cli.Result r = batch(input.toString(), "--strategy=");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: --strategy is empty; please name a strategy (loaded: levels, points, prototype)");
    }

    // --- row errors -------------------------------------------------------------------------

    @Test
    void a_json_line_cut_short_at_the_end_of_the_input_is_an_error_row() throws IOException {
        String last = jsonl.get(2);
        Path input = input("cut.jsonl", jsonl.get(0) + "\n" + jsonl.get(1) + "\n" + last.substring(0, last.length() - 10));
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input.toString(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(out);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get("error").get("code").asText()).isEqualTo("truncated");
        assertThat(rows.get(2).get("error").get("line").asInt()).isEqualTo(3);
    }

    @Test
    void a_json_line_with_a_byte_that_is_no_utf8_is_an_error_row_naming_its_line_column_and_byte_in_both_languages() throws IOException {
        // one byte of Windows-1252 inside a name after an umlaut, one between a key and its colon, where
        // the parser took it for the character ÿ and said a colon was missing
        String name = "Stadt Kleingrün";
        String first = "{\"questionnaire\":\"" + OEFIT + "\",\"respondent\":{\"name\":\"" + name;
        byte[] inName = (first + "\u00fcX\"}}").getBytes(StandardCharsets.UTF_8);
        inName[first.getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFC;
        String before = "{\"questionnaire\"";
        byte[] beforeColon = (before + "\u00ff:\"" + OEFIT + "\"}").getBytes(StandardCharsets.UTF_8);
        beforeColon[before.length()] = (byte) 0xFF;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((jsonl.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(inName, 0, first.getBytes(StandardCharsets.UTF_8).length + 1);
        bytes.write(("X\"}}\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(beforeColon, 0, before.length() + 1);
        bytes.write((":\"" + OEFIT + "\"}\n" + jsonl.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(temp.resolve("in"));
        Path input = Files.write(temp.resolve("in").resolve("latin1.jsonl"), bytes.toByteArray());
        int column = first.codePointCount(0, first.length()) + 1;

        Path out = temp.resolve("out.jsonl");
        Cli.Result r = batch(input.toString(), "--out", out.toString());
        Path aus = temp.resolve("aus.jsonl");
        Cli.Result de = new Cli(temp.resolve("home")).run("batch", input.toString(), "--out", aus.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(out);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get("error").get("code").asText()).isEqualTo("not-utf8");
        assertThat(rows.get(1).get("error").get("message").asText()).isEqualTo("Line 2 is not written in UTF-8: the byte 0xFC in column "
                + column + " means nothing in UTF-8 (such as an umlaut of a file saved in Windows-1252). Save the file as UTF-8.");
        assertThat(rows.get(2).get("error").get("code").asText()).isEqualTo("not-utf8");
        assertThat(rows.get(2).get("error").get("message").asText()).startsWith("Line 3 is not written in UTF-8: the byte 0xFF in column "
                + (before.length() + 1) + " ");
        assertThat(rows(aus).get(1).get("error").get("message").asText()).isEqualTo("Zeile 2 ist nicht in UTF-8 geschrieben: das Byte 0xFC in Spalte "
                + column + " bedeutet in UTF-8 nichts (etwa ein Umlaut einer Datei in Windows-1252). Die Datei als UTF-8 speichern.");
        assertThat(rows(aus).get(2).get("error").get("message").asText()).startsWith("Zeile 3 ist nicht in UTF-8 geschrieben: das Byte 0xFF in Spalte "
                + (before.length() + 1) + " ");
    }

    @Test
    void a_json_line_holding_two_documents_is_an_error_row_saying_a_line_holds_one_and_the_rows_around_it_are_scored() throws IOException {
        String rows = jsonl.get(0) + "\n" + jsonl.get(1) + " " + jsonl.get(2) + "\n" + jsonl.get(3) + "\n";
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input("two-on-a-line.jsonl", rows).toString(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> written = rows(out);
        assertThat(written).hasSize(3);
        assertThat(written.get(0).has("error")).isFalse();
        assertThat(written.get(1).get("error").get("code").asText()).isEqualTo("trailing-content");
        assertThat(written.get(1).get("error").get("message").asText()).isEqualTo("More content follows the end of the document;"
                + " an answers file holds exactly one document, and so does each line of JSON Lines.");
        assertThat(written.get(2).has("error")).isFalse();
    }

    @Test
    void every_code_of_an_error_record_is_in_the_row_errors_table_of_the_integrators_guide() throws IOException {
        String good = jsonl.get(0);
        String rows = good + "\nnull\n[1,2]\n{\"questionnaire\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}\n"
                + good.substring(0, good.length() - 1) + ",}\n" + good.replace("\"answers\":{", "\"answers\":{\"fokuss\":1,") + "\n"
                + good.substring(0, good.length() / 2);
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input("errors.jsonl", rows).toString(), "--out", out.toString());

        String guide = Files.readString(Repository.root().resolve("docs/integrators.md"));
        String table = guide.substring(guide.indexOf("### Row errors"), guide.indexOf("### Output: JSON Lines"));
        List<String> codes = rows(out).stream().filter(row -> row.has("error")).map(row -> row.get("error").get("code").asText()).toList();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(codes).containsExactly("not-a-mapping", "not-a-mapping", "too-large", "syntax", "unknown-question", "truncated");
        assertThat(codes).allSatisfy(code -> assertThat(table).as("the guide's table of row errors").contains("`" + code + "`"));
    }

    @Test
    void the_integrators_guide_shows_every_option_of_batch_with_the_values_it_takes() throws IOException {
        Cli.Result help = batch("--help");
        String usage = help.out().substring(help.out().indexOf("Usage:"), help.out().indexOf("INPUT"));
        String guide = Files.readString(Repository.root().resolve("docs/integrators.md"));
        String synopsis = guide.substring(guide.indexOf("typwerk batch <input>"), guide.indexOf("Reads JSON Lines or CSV"));

        Matcher option = Pattern.compile("--([a-z-]+)(?:=([a-z|]+))?").matcher(usage);
        List<String> missing = new ArrayList<>();
        int seen = 0;
        while (option.find()) {
            if (List.of("debug", "help", "version").contains(option.group(1))) continue;
            seen++;
            String shown = "--" + option.group(1) + (option.group(2) == null || !option.group(2).contains("|") ? "" : " " + option.group(2));
            if (!synopsis.contains(shown)) missing.add(shown);
        }
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(seen).isGreaterThan(10);
        assertThat(missing).as("options of batch --help the guide's synopsis leaves out").isEmpty();
    }

    @Test
    void the_integrators_guide_says_what_every_option_of_batch_does_below_its_synopsis() throws IOException {
        Cli.Result help = batch("--help");
        String usage = help.out().substring(help.out().indexOf("Usage:"), help.out().indexOf("INPUT"));
        String guide = Files.readString(Repository.root().resolve("docs/integrators.md"));
        int from = guide.indexOf("Reads JSON Lines or CSV");
        String prose = guide.substring(from, guide.indexOf("\n## ", from));

        Matcher option = Pattern.compile("--([a-z-]+)").matcher(usage);
        List<String> unexplained = new ArrayList<>();
        while (option.find()) {
            if (List.of("debug", "help", "version").contains(option.group(1))) continue;
            if (!prose.contains("`--" + option.group(1))) unexplained.add("--" + option.group(1));
        }
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(unexplained).as("options of batch --help that section 2 of the guide names only in its synopsis").isEmpty();
    }

    @Test
    void a_csv_row_cut_short_at_the_end_of_the_input_is_an_error_row() throws IOException {
        String last = csv.get(2);
        Path input = input("cut.csv", csv.get(0) + "\n" + csv.get(1) + "\n" + last.substring(0, last.indexOf(',', 100)));
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input.toString(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(out);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("error").get("code").asText()).isEqualTo("truncated");
        assertThat(rows.get(1).get("error").get("message").asText()).startsWith("The input ends in the middle of the row:");
    }

    @Test
    void compact_rows_are_the_default_and_carry_the_ids_and_numbers_of_full_rows_without_texts_and_cohort_reads_them_alike()
            throws IOException {
        List<String> lines = new ArrayList<>(jsonl.subList(0, 200));
        lines.set(3, lines.get(3).replace("\"answers\":{", "\"answers\":{\"no-such-question\":1,"));
        Path input = write("in.jsonl", lines);
        Path full = temp.resolve("full.jsonl");
        Path compact = temp.resolve("compact.jsonl");
        Path asked = temp.resolve("asked.jsonl");

        Cli.Result f = batch(input.toString(), "--out", full.toString(), "--threads", "2", "--detail", "full");
        Cli.Result c = batch(input.toString(), "--out", compact.toString(), "--threads", "2");
        Cli.Result k = batch(input.toString(), "--out", asked.toString(), "--threads", "2", "--detail", "compact");

        assertThat(c.exitCode()).as(c.toString()).isEqualTo(f.exitCode()).isEqualTo(k.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(compact)).isEqualTo(Files.readAllBytes(asked));
        List<JsonNode> fullRows = rows(full);
        List<JsonNode> compactRows = rows(compact);
        assertThat(compactRows).hasSameSizeAs(fullRows).hasSize(200);
        assertThat(Files.size(compact)).isLessThan(Files.size(full) / 3);
        for (int i = 0; i < fullRows.size(); i++) {
            JsonNode a = fullRows.get(i);
            JsonNode b = compactRows.get(i);
            if (a.has("error")) {
                assertThat(b).isEqualTo(a);
                continue;
            }
            assertThat(b.get("questionnaire").get("contentHash")).isEqualTo(a.get("questionnaire").get("contentHash"));
            for (String same : new String[] {"row", "strategy", "respondent", "answered", "total", "outcome", "coverage"}) {
                assertThat(b.get(same)).as(same).isEqualTo(a.get(same));
            }
            for (int t = 0; t < a.get("types").size(); t++) {
                for (String field : new String[] {"id", "score", "share", "rank"}) {
                    assertThat(b.get("types").get(t).get(field)).isEqualTo(a.get("types").get(t).get(field));
                }
            }
            for (int d = 0; d < a.get("dimensions").size(); d++) {
                for (String field : new String[] {"id", "value", "answers", "thin"}) {
                    assertThat(b.get("dimensions").get(d).get(field)).isEqualTo(a.get("dimensions").get(d).get(field));
                }
            }
            assertThat(b.get("reasons").findValuesAsText("question")).isEqualTo(a.get("reasons").findValuesAsText("question"));
            assertThat(b.findValues("contribution")).isEqualTo(a.findValues("contribution"));
            assertThat(b.findValues("title")).isEmpty();
            assertThat(b.findValues("name")).hasSizeLessThanOrEqualTo(1);
            // of the recommendations what the answers decide: per type the weak spots they confirm, by id
            assertThat(b.get("recommendations")).hasSameSizeAs(a.get("recommendations"));
            for (int r = 0; r < a.get("recommendations").size(); r++) {
                JsonNode fullRec = a.get("recommendations").get(r);
                JsonNode compactRec = b.get("recommendations").get(r);
                assertThat(compactRec.get("type")).isEqualTo(fullRec.get("type"));
                assertThat(compactRec.get("learnFrom").findValuesAsText("weakness")).isEqualTo(fullRec.get("learnFrom").findValuesAsText("weakness"));
                assertThat(compactRec.get("learnFrom")).allSatisfy(l -> assertThat(l.size()).isEqualTo(1));
            }
        }
        Cli.Result fromFull = cli().run("cohort", full.toString(), "--format", "json");
        Cli.Result fromCompact = cli().run("cohort", compact.toString(), "--format", "json");
        assertThat(fromCompact.exitCode()).as(fromCompact.toString()).isEqualTo(fromFull.exitCode());
        assertThat(fromCompact.out().replace("compact.jsonl", "X")).isEqualTo(fromFull.out().replace("full.jsonl", "X"));
    }

    @Test
    void refuses_a_detail_other_than_full_or_compact() throws IOException {
        Path input = write("in.jsonl", jsonl.subList(0, 2));
        Cli.Result r = batch(input.toString(), "--detail", "kurz");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--detail must be full or compact, not “kurz”.");
    }

    @Test
    void scores_each_row_of_a_json_lines_file_against_its_own_questionnaire_and_version() throws IOException {
        Path plugins = temp.resolve("plugins");
        PluginJar.of(Fixtures.path("plugin-versions"), plugins.resolve("kurztypen.jar"));
        String kurz = "{\"questionnaire\":\"test-kurztypen\",\"version\":\"%s\",\"answers\":{\"q-tempo\":\"tempo\"}}";
        Path input = input("mixed.jsonl", String.join("\n",
                kurz.formatted("1.0.0"), kurz.formatted("1.1.0"), kurz.formatted("1.0.5"), kurz.formatted("2.0.0"),
                jsonl.get(0), kurz.formatted("1.1.0").replace("}}", ",\"q-pruefen\":5}}"),
                kurz.formatted("1.0.0").replace("}}", ",\"q-pruefen\":5}}")) + "\n");
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input.toString(), "--out", out.toString(), "--plugins", plugins.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<JsonNode> rows = rows(out);
        assertThat(rows).extracting(n -> n.has("error") ? n.get("error").get("code").asText()
                        : n.get("questionnaire").get("id").asText() + "@" + n.get("questionnaire").get("version").asText())
                .containsExactly("test-kurztypen@1.0.0", "test-kurztypen@1.1.0", "test-kurztypen@1.1.0", "incompatible-version",
                        OEFIT + "@1.0.0", "test-kurztypen@1.1.0", "unknown-question");
        assertThat(rows.get(6).get("error").get("question").asText()).isEqualTo("q-pruefen");
    }

    @Test
    void a_strategy_the_questionnaire_has_no_parameters_for_is_named_with_its_plugin_in_every_row() throws IOException {
        Path input = write("two.jsonl", jsonl.subList(0, 2));
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input.toString(), "--strategy", "levels", "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(rows(out)).hasSize(2).allSatisfy(row -> {
            assertThat(row.at("/error/code").asText()).isEqualTo("strategy-not-offered");
            assertThat(row.at("/error/strategy").asText()).isEqualTo("levels");
            assertThat(row.at("/error/plugin").asText()).isEqualTo("typwerk-strategy-levels");
        });
    }

    @Test
    void writes_csv_with_one_share_column_per_type_and_error_columns() throws IOException {
        List<String> lines = new ArrayList<>(csv.subList(0, 4));
        lines.set(2, lines.get(2).replaceFirst(",[0-9]{8},", ",9162000,"));
        Path out = temp.resolve("out.csv");

        Cli.Result r = batch(write("three.csv", lines).toString(), "--out", out.toString(), "--format", "csv");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<String> written = Files.readAllLines(out);
        assertThat(written.get(0)).isEqualTo("row,questionnaire,version,name,ags,kind,state,outcome,primary,second,margin,"
                + "share.bedaechtig,share.optimierer,share.serviceorientiert,share.community-manager,"
                + "error_code,error_at,error_line,error_message,answered,total,"
                + "score.bedaechtig,score.optimierer,score.serviceorientiert,score.community-manager,"
                + "dimension.pflicht,dimension.verwaltung,dimension.service,dimension.gemeinschaft,dimension.kooperation,dimension.steuerung,"
                + "answers.pflicht,answers.verwaltung,answers.service,answers.gemeinschaft,answers.kooperation,answers.steuerung,"
                + "weightless.pflicht,weightless.verwaltung,weightless.service,weightless.gemeinschaft,weightless.kooperation,weightless.steuerung,"
                + "thin.pflicht,thin.verwaltung,thin.service,thin.gemeinschaft,thin.kooperation,thin.steuerung");
        assertThat(written).hasSize(4);
        assertThat(written.get(1)).matches("1,oefit-digitalisierungstypen,1\\.0\\.0,[^,]+,[0-9]{8},[a-z]+,[^,]+,"
                + "(primary|mixed),[a-z-]+,[a-z-]+,[0-9]\\.[0-9]{6},([0-9]\\.[0-9]{6},){4},,,,[0-9]+,[0-9]+,"
                + "([0-9]\\.[0-9]{6},){4}([0-9]\\.[0-9]{6},){6}([0-9]+,){12}(true|false)(,(true|false)){5}");
        // an error row keeps every column but row and the error's empty, the added ones too
        assertThat(written.get(2)).startsWith("2,,,,,,,,,,,,,,,bad-ags,ags,3,").endsWith(",".repeat(2 + 4 + 4 * 6));
    }

    @Test
    void a_csv_row_carries_the_counts_type_scores_and_every_dimension_as_the_json_row_of_the_same_answers() throws IOException {
        Path input = write("twenty.csv", csv.subList(0, 21));
        Path jsonOut = temp.resolve("twenty.jsonl");
        Path csvOut = temp.resolve("twenty-out.csv");

        assertThat(batch(input.toString(), "--out", jsonOut.toString()).exitCode()).isZero();
        assertThat(batch(input.toString(), "--out", csvOut.toString()).exitCode()).isZero();

        List<String> written = Files.readAllLines(csvOut);
        List<String> header = List.of(written.get(0).split(",", -1));
        List<JsonNode> results = rows(jsonOut);
        assertThat(written).hasSize(results.size() + 1);
        for (int i = 0; i < results.size(); i++) {
            JsonNode json = results.get(i);
            List<String> cells = List.of(written.get(i + 1).split(",", -1));
            java.util.function.Function<String, String> cell = column -> cells.get(header.indexOf(column));
            assertThat(cell.apply("answered")).isEqualTo(json.path("answered").asText());
            assertThat(cell.apply("total")).isEqualTo(json.path("total").asText());
            for (JsonNode type : json.path("types")) {
                assertThat(cell.apply("score." + type.path("id").asText())).isEqualTo(decimals(type.path("score")));
                assertThat(cell.apply("share." + type.path("id").asText())).isEqualTo(decimals(type.path("share")));
            }
            assertThat(json.path("dimensions")).hasSize(6);
            for (JsonNode dimension : json.path("dimensions")) {
                String id = dimension.path("id").asText();
                assertThat(cell.apply("dimension." + id)).as(id).isEqualTo(decimals(dimension.path("value")));
                assertThat(cell.apply("answers." + id)).as(id).isEqualTo(dimension.path("answers").asText());
                assertThat(cell.apply("weightless." + id)).as(id).isEqualTo(dimension.path("weightless").asText());
                assertThat(cell.apply("thin." + id)).as(id).isEqualTo(dimension.path("thin").asText());
            }
        }
    }

    /** A number of a JSON result as it is written there, six decimals. */
    private static String decimals(JsonNode number) {
        return number.decimalValue().setScale(6, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    @Test
    void an_ags_a_spreadsheet_took_for_a_number_is_told_to_format_the_column_as_text_not_to_quote_it() throws IOException {
        List<String> header = List.of(csv.get(0).split(",", -1));
        List<String> cells = new ArrayList<>(List.of(csv.get(1).split(",", -1)));
        cells.set(header.indexOf("ags"), "9162000");
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(write("excel.csv", List.of(csv.get(0), String.join(",", cells))).toString(), "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(rows(out).get(0).get("error").get("message").asText()).isEqualTo("The AGS (official municipality key) is exactly 8 digits,"
                + " e.g. 09162000, not 9162000; format the column ags as text in the spreadsheet, so that it keeps leading zeros."
                + " The leading zero is missing (a spreadsheet drops it from a number): 09162000.");
    }

    @Test
    void the_csv_template_is_the_header_that_batch_reads() {
        Cli.Result template = cli().run("template", OEFIT, "--format", "csv");

        assertThat(template.exitCode()).as(template.toString()).isZero();
        assertThat(template.out()).isEqualTo(csv.get(0) + "\n");
    }

    // --- the same bytes every time ---------------------------------------------------------------

    @Test
    void the_output_is_the_same_byte_for_byte_twice_with_any_number_of_threads_and_under_another_locale() throws IOException {
        Path input = write("part.jsonl", jsonl.subList(0, 400));
        Locale before = Locale.getDefault();
        List<byte[]> outputs = new ArrayList<>();
        try {
            for (String[] run : new String[][] {{"1", "de_DE"}, {"1", "de_DE"}, {"3", "de_DE"}, {"2", "tr_TR"}}) {
                String[] locale = run[1].split("_");
                Locale.setDefault(new Locale(locale[0], locale[1]));
                Path out = temp.resolve("out-" + outputs.size() + ".jsonl");
                Cli.Result r = batch(input.toString(), "--out", out.toString(), "--threads", run[0]);
                assertThat(r.exitCode()).as(r.toString()).isZero();
                outputs.add(Files.readAllBytes(out));
            }
        } finally {
            Locale.setDefault(before);
        }
        for (byte[] output : outputs) assertThat(output).isEqualTo(outputs.get(0));
    }

    @Test
    void the_largest_number_of_threads_scores_like_one_instead_of_failing_on_an_overflow() throws IOException {
        Path input = write("few.jsonl", jsonl.subList(0, 5));
        Path one = temp.resolve("one.jsonl");
        Path most = temp.resolve("most.jsonl");

        Cli.Result single = batch(input.toString(), "--out", one.toString(), "--threads", "1");
        Cli.Result r = batch(input.toString(), "--out", most.toString(), "--threads", String.valueOf(Integer.MAX_VALUE));

        assertThat(single.exitCode()).as(single.toString()).isZero();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readAllBytes(most)).isEqualTo(Files.readAllBytes(one));
    }

    @Test
    void a_time_limit_of_centuries_scores_as_without_one_instead_of_failing_on_an_overflow() throws IOException {
        Path input = write("few.jsonl", jsonl.subList(0, 5));
        Path one = temp.resolve("usual.jsonl");
        Path long_ = temp.resolve("centuries.jsonl");

        Cli.Result usual = batch(input.toString(), "--out", one.toString());
        Cli.Result r = cli().variable(Environment.SCORING_TIMEOUT_VARIABLE, "1e10").run("batch", input.toString(), "--out", long_.toString());

        assertThat(usual.exitCode()).as(usual.toString()).isZero();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).doesNotContain("overflow");
        assertThat(Files.readAllBytes(long_)).isEqualTo(Files.readAllBytes(one));
    }

    @Test
    void json_lines_given_as_a_limesurvey_export_are_refused_in_one_located_line_not_the_csv_parsers_two() throws IOException {
        Path input = write("rows.jsonl", jsonl.subList(0, 3));

        Cli.Result r = batch(input.toString(), "--input-format", "limesurvey", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).matches("typwerk: \\S*rows\\.jsonl:1:\\d+: The heading line is not CSV as LimeSurvey exports responses:"
                + " after a value in quotes, the separator “,” or the end of the line is expected \\(found “:”\\)\nHelp: typwerk batch --help\n")
                .doesNotContain("[Source:", "BufferedInputStream");
    }

    @Test
    void prints_a_summary_and_no_progress_bar_when_standard_error_is_not_a_terminal() throws IOException {
        Path input = write("part.jsonl", jsonl.subList(0, 50));

        Cli.Result r = batch(input.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(50);
        Matcher counts = Pattern.compile("(?m)^  (\\S+) +(\\d+)$").matcher(r.err());
        List<String> labels = new ArrayList<>();
        long total = 0;
        while (counts.find()) {
            labels.add(counts.group(1));
            if (!counts.group(1).equals("errors")) total += Long.parseLong(counts.group(2));
        }
        assertThat(labels).containsExactly("bedaechtig", "optimierer", "serviceorientiert", "community-manager",
                "mixed", "insufficient", "errors");
        assertThat(total).isEqualTo(50);
        assertThat(r.err().lines()).hasSize(8);
        assertThat(r.err()).doesNotContain("%").doesNotContain("MiB").doesNotContain("\r");
    }

    @Test
    void scores_with_another_strategy_where_the_definition_has_parameters_for_it() throws IOException {
        Path input = write("part.jsonl", jsonl.subList(0, 5));
        Path out = temp.resolve("out.jsonl");

        Cli.Result r = batch(input.toString(), "--strategy", "points", "--out", out.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(rows(out)).allSatisfy(n -> assertThat(n.get("strategy").get("id").asText()).isEqualTo("points"));
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    // --- outputs that would destroy something ---------------------------------------------------

    @Test
    void an_output_that_is_the_input_under_any_spelling_is_refused_and_the_input_is_kept() throws IOException {
        Path input = write("answers.jsonl", jsonl.subList(0, 3));
        Files.createDirectories(temp.resolve("dir"));
        Path nested = write("dir/answers.jsonl", jsonl.subList(0, 3));
        Path link = Files.createSymbolicLink(temp.resolve("link.jsonl"), input);
        Path hardLink = Files.createLink(temp.resolve("hard.jsonl"), input);
        String before = Files.readString(input);

        for (String[] pair : new String[][] {
            {input.toString(), input.toString()},
            {nested.toString(), temp.resolve("dir/../dir/./answers.jsonl").toString()},
            {input.toString(), link.toString()},
            {input.toString(), hardLink.toString()}}) {
            Cli.Result r = batch(pair[0], "--out", pair[1]);

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(r.toString()).startsWith("typwerk: The output “" + pair[1] + "” is the same file as the input “" + pair[0]
                    + "” and would replace it; choose another file with --out.");
        }
        assertThat(input).hasContent(before);
        assertThat(nested).hasContent(before);
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void a_device_as_output_is_written_to_and_stays_a_device() throws IOException {
        Path input = write("answers.jsonl", jsonl.subList(0, 3));

        Cli.Result r = batch(input.toString(), "--out", "/dev/null");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
    }
}
