package de.typwerk.applications.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.applications.batch.CsvText;
import de.typwerk.engine.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cohort of {@code cohort/results.jsonl} written as text, CSV and JSON. */
class CohortFormatsTest {

    private static Cohort cohort() throws IOException {
        return Cohort.of(CohortTest.TYPOLOGY, CohortTest.rows(CohortTest.file()), Optional.of("wo"), 2);
    }

    private static String expected(String resource) {
        return new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
    }




    @Test
    void csv_has_the_distribution_in_long_form_and_one_row_per_partner() throws IOException {
        assertThat(CohortTest.csv(cohort())).isEqualTo(expected("cohort/expected.csv"));
    }

    @Test
    void csv_for_german_excel_is_the_standard_csv_with_a_byte_order_mark_semicolons_decimal_commas_and_cr_lf() throws IOException {
        Cohort cohort = cohort();
        String standard = CohortTest.csv(cohort);
        String excel = CohortTest.written(w -> new CohortCsv(CohortTest.GERMAN).write(cohort, EnumSet.allOf(CohortSection.class), w,
                CsvDialect.EXCEL_DE));

        assertThat(excel).startsWith("\uFEFFby;group;group_name;total;outcome;outcome_name;count;percent;hint\r\n").endsWith("\r\n");
        List<String> lines = List.of(excel.substring(1).split("\r\n", -1));
        List<String> expected = List.of(standard.split("\n", -1));
        assertThat(lines).hasSameSizeAs(expected);
        int decimals = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = cells(expected.get(i), ',');
            List<String> german = new ArrayList<>();
            for (String cell : cells) {
                boolean number = cell.matches("-?[0-9]+\\.[0-9]+");
                if (number) decimals++;
                german.add(number ? cell.replace('.', ',') : cell);
            }
            assertThat(cells(lines.get(i), ';')).as("line %d", i + 1).isEqualTo(german);
        }
        assertThat(decimals).as("numbers with decimals").isPositive();
        // a text with a semicolon (a weakness's strengths, "Ist schnell; Kann Technik") is quoted, one with a comma need not be
        assertThat(excel).contains(";\"Ist schnell; Kann Technik\"\r\n");
    }

    /** The cells of one line, read as RFC 4180 says with {@code separator}. */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void csv_writes_one_clean_table_per_section_when_asked_for_one() throws IOException {
        Cohort cohort = cohort();
        String peers = CohortTest.written(w -> new CohortCsv(CohortTest.GERMAN).write(cohort, EnumSet.of(CohortSection.PEERS), w));

        assertThat(peers.lines().findFirst()).contains(String.join(",", CohortCsv.PEERS_HEADER));
        assertThat(peers.lines()).noneMatch(String::isEmpty).allMatch(l -> l.split(",", -1).length == CohortCsv.PEERS_HEADER.size());
    }

    @Test
    void csv_quotes_fields_with_commas_quotes_line_breaks_and_spaces_at_either_end() {
        assertThat(CsvText.cell("Stadt, Kreis")).isEqualTo("\"Stadt, Kreis\"");
        assertThat(CsvText.cell("der \"Kleine\"")).isEqualTo("\"der \"\"Kleine\"\"\"");
        assertThat(CsvText.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvText.cell(" Au ")).isEqualTo("\" Au \"");
        assertThat(CsvText.cell("plain")).isEqualTo("plain");
    }

    @Test
    void csv_for_a_spreadsheet_writes_a_text_that_starts_like_a_formula_as_text_and_numbers_as_numbers() {
        assertThat(CsvText.forSpreadsheet("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvText.forSpreadsheet("@A1")).isEqualTo("'@A1");
        assertThat(CsvText.forSpreadsheet("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvText.forSpreadsheet("-Nord, Süd")).isEqualTo("\"'-Nord, Süd\"");
        assertThat(CsvText.forSpreadsheet("-0.25")).isEqualTo("-0.25");
        assertThat(CsvText.forSpreadsheet("+3")).isEqualTo("+3");
        assertThat(CsvText.forSpreadsheet("Gemeinde = Kommune")).isEqualTo("Gemeinde = Kommune");
    }

    @Test
    void csv_peers_name_a_municipality_whose_name_starts_like_a_formula_as_text() throws IOException {
        String file = CohortTest.file().replace("\"respondent\":{\"name\":\"", "\"respondent\":{\"name\":\"=");
        Cohort cohort = Cohort.of(CohortTest.TYPOLOGY, CohortTest.rows(file), Optional.of("wo"), 2);

        String peers = CohortTest.written(w -> new CohortCsv(CohortTest.GERMAN).write(cohort, EnumSet.of(CohortSection.PEERS), w));

        assertThat(peers).contains(",'=Kiel,").doesNotContain(",=");
    }

    @Test
    void json_carries_counts_distributions_hints_and_partners_in_a_fixed_order() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CohortTest.json(cohort()));

        assertThat(json.fieldNames()).toIterable().containsExactly("questionnaire", "language", "strategy", "rows", "hintTopic", "types",
                "distribution", "partnersPerWeakness", "peers");
        assertThat(json.at("/rows/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/types/0/hint").asText()).isEqualTo("Oft in Städten.");
        assertThat(json.at("/distribution/byState/groups/2/group").asText()).isEqualTo("unknown");
        assertThat(json.at("/distribution/byKind/all/counts/ruhig/percent").decimalValue()).isEqualByComparingTo("30.0");
        JsonNode flensburg = json.at("/peers/0");
        assertThat(flensburg.at("/name").asText()).isEqualTo("Flensburg");
        assertThat(flensburg.at("/lessons/0/topic").asText()).isEqualTo("Ist langsam");
        assertThat(flensburg.at("/lessons/0/partners/0/name").asText()).isEqualTo("A-Dorf");
        assertThat(flensburg.at("/lessons/0/partners/0/proximity").asText()).isEqualTo("kreis");
        assertThat(flensburg.at("/lessons/0/partners/1/proximity").asText()).isEqualTo("state");
        // what to learn: the strength the weakness names of the partner's type, not all it has
        assertThat(flensburg.at("/lessons/0/partners/0/strengths")).hasSize(1);
        assertThat(flensburg.at("/lessons/0/partners/0/strengths/0/id").asText()).isEqualTo("tempo");
        assertThat(flensburg.at("/lessons/0/partners/0/strengths/0/text").asText()).isEqualTo("Ist schnell");
    }

    @Test
    void json_names_the_strategy_that_scored_the_results_and_leaves_it_out_where_they_name_none() throws IOException {
        JsonNode scored = new ObjectMapper().readTree(CohortTest.json(cohort()));
        String file = CohortTest.file().replace("\"strategy\":{\"id\":\"points\",\"version\":\"1.0.0\"},", "");
        JsonNode unnamed = new ObjectMapper().readTree(CohortTest.json(Cohort.of(CohortTest.TYPOLOGY, CohortTest.rows(file), Optional.of("wo"), 2)));

        assertThat(scored.path("strategy").asText()).isEqualTo("points");
        assertThat(file).doesNotContain("\"strategy\"");
        assertThat(unnamed.has("strategy")).isFalse();
        assertThat(unnamed.path("peers")).isNotEmpty();
    }
}