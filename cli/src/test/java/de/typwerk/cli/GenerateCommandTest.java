package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.CsvLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typwerk generate}: reproducible synthetic answers that {@code typwerk batch} reads. */
class GenerateCommandTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home")).locale(Locale.ENGLISH);
    }

    @Test
    void the_same_seed_gives_the_same_bytes_under_any_default_locale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Cli.Result german = cli().run("generate", OEFIT, "--count", "300", "--seed", "4", "--format", "csv");
            Locale.setDefault(new Locale("tr", "TR"));
            Cli.Result turkish = cli().run("generate", OEFIT, "--count", "300", "--seed", "4", "--format", "csv");
            Cli.Result other = cli().run("generate", OEFIT, "--count", "300", "--seed", "5", "--format", "csv");

            assertThat(german.exitCode()).as(german.toString()).isZero();
            assertThat(turkish.out()).isEqualTo(german.out());
            assertThat(other.out()).isNotEqualTo(german.out());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void writes_the_csv_layout_of_the_questionnaire_and_one_line_per_row() {
        Cli.Result r = cli().run("generate", OEFIT, "--count", "25", "--seed", "1", "--format", "csv");

        try (Typwerk engine = Typwerk.builder().build()) {
            String header = new CsvLayout(engine.questionnaire(OEFIT).orElseThrow().questionnaire()).header();
            assertThat(r.out().lines().findFirst()).contains(header);
        }
        assertThat(r.out().lines()).hasSize(26);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void an_output_file_ending_in_csv_gets_csv_as_batch_reads_it_unless_format_says_otherwise() throws IOException {
        Path csv = temp.resolve("answers.csv");
        Path asked = temp.resolve("asked.csv");
        Cli.Result generated = cli().run("generate", OEFIT, "--count", "3", "--seed", "1", "--out", csv.toString());
        Cli.Result jsonl = cli().run("generate", OEFIT, "--count", "3", "--seed", "1", "--out", asked.toString(), "--format", "jsonl");
        Path results = temp.resolve("results.csv");
        Cli.Result scored = cli().run("batch", csv.toString(), "--out", results.toString());

        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("questionnaire,version,");
        assertThat(Files.readAllLines(asked).get(0)).startsWith("{\"questionnaire\":");
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        assertThat(Files.readAllLines(results)).hasSize(4).first().asString().startsWith("row,questionnaire,version,");
    }

    @Test
    void csv_dialect_excel_de_writes_answers_for_german_excel_which_batch_scores_as_the_standard_file() throws IOException {
        // a German office opens the file in Excel, fills in or corrects it and saves it back: ';', a decimal comma, CR LF
        Path excel = temp.resolve("antworten.csv");
        Path standard = temp.resolve("standard.csv");
        Cli.Result generated = cli().run("generate", OEFIT, "--count", "60", "--seed", "3", "--csv-dialect", "excel-de", "--out", excel.toString());
        Cli.Result plain = cli().run("generate", OEFIT, "--count", "60", "--seed", "3", "--out", standard.toString());
        Cli.Result fromExcel = cli().run("batch", excel.toString(), "--format", "jsonl", "--threads", "3");
        Cli.Result fromStandard = cli().run("batch", standard.toString(), "--format", "jsonl");

        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n", -1));
        List<String> standardLines = Files.readAllLines(standard);
        assertThat(lines).hasSize(62).last().isEqualTo("");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(lines.get(0)).isEqualTo(standardLines.get(0).replace(',', ';'));
        // a number with a decimal comma (IT posts: 11,2), the version as it is
        int personal = List.of(lines.get(0).split(";")).indexOf("it-personal");
        assertThat(lines.subList(1, 61)).allSatisfy(l -> assertThat(l).startsWith("oefit-digitalisierungstypen;1.0.0;"))
                .anySatisfy(l -> assertThat(l.split(";", -1)[personal]).matches("[0-9]+,[0-9]+"));
        assertThat(standardLines.subList(1, 61)).anySatisfy(l -> assertThat(l.split(",", -1)[personal]).matches("[0-9]+\\.[0-9]+"));

        assertThat(fromExcel.exitCode()).as(fromExcel.toString()).isZero();
        assertThat(fromExcel.out()).isEqualTo(fromStandard.out()).doesNotContain("\"error\"");
        assertThat(fromExcel.out().lines()).hasSize(60);
    }

    @Test
    void csv_dialect_is_refused_for_json_lines_and_for_a_dialect_it_does_not_know() {
        Cli.Result jsonLines = cli().run("generate", OEFIT, "--count", "3", "--seed", "1", "--csv-dialect", "excel-de");
        Cli.Result unknown = cli().run("generate", OEFIT, "--count", "3", "--seed", "1", "--format", "csv", "--csv-dialect", "excel");

        assertThat(jsonLines.exitCode()).isEqualTo(2);
        assertThat(jsonLines.err()).contains("--csv-dialect excel-de is for CSV output; give --format csv (or an --out file whose name ends in .csv).");
        assertThat(jsonLines.out()).isEmpty();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--csv-dialect must be standard or excel-de, not “excel”.");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void what_it_writes_scores_without_a_single_error_and_mostly_as_the_drawn_type() throws IOException {
        Path answers = temp.resolve("answers.jsonl");
        Cli.Result generated = cli().run("generate", OEFIT, "--count", "400", "--seed", "8", "--out", answers.toString(),
                "--mix", "optimierer=1");
        Cli.Result scored = cli().run("batch", answers.toString(), "--format", "csv");

        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        long optimierer = scored.out().lines().skip(1).filter(l -> l.contains(",primary,optimierer,")).count();
        assertThat(optimierer).as("drawn around the Optimierer, most score as one").isGreaterThan(320);
    }

    @Test
    void the_landkreis_variant_generated_with_kind_kreis_gets_only_landkreise() throws IOException {
        Cli.Result r = cli().run("generate", "oefit-kreise", "--count", "400", "--seed", "7", "--kind", "kreis");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(400);
        for (String line : lines) {
            JsonNode respondent = new ObjectMapper().readTree(line).path("respondent");
            assertThat(respondent.path("kind").asText()).as(line).isEqualTo("kreis");
            assertThat(respondent.path("name").asText()).as(line).startsWith("Landkreis ");
            // a Kreis's AGS ends in 000, and no city state (Berlin, Hamburg, Bremen) is a Kreis
            assertThat(respondent.path("ags").asText()).as(line).endsWith("000");
            assertThat(respondent.path("ags").asText().substring(0, 2)).as(line).isNotIn("02", "04", "11");
        }
        // the ÖFIT questionnaire asks the kind: the answer is the respondent's
        Cli.Result oefit = cli().run("generate", OEFIT, "--count", "50", "--seed", "7", "--kind", "Gemeinde");
        assertThat(oefit.out().lines()).hasSize(50).allSatisfy(line -> assertThat(line).contains("\"kind\":\"gemeinde\"", "\"art\":\"gemeinde\""));
        // without --kind, the rows are drawn as they always were
        assertThat(cli().run("generate", "oefit-kreise", "--count", "400", "--seed", "7").out()).contains("\"kind\":\"gemeinde\"");
    }

    @Test
    void a_generated_gemeinde_stadt_or_kreis_has_inhabitants_and_it_posts_of_its_kind() throws IOException {
        // where a Gemeinde had millions of inhabitants and a Landkreis a few hundred, and 600 IT posts
        // went with 555 inhabitants
        Cli.Result r = cli().run("generate", OEFIT, "--count", "1500", "--seed", "3");
        Cli.Result kreise = cli().run("generate", "oefit-kreise", "--count", "200", "--seed", "3", "--kind", "kreis");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        Map<String, double[]> inhabitants = Map.of("gemeinde", new double[] {300, 25000}, "stadt", new double[] {3000, 500000},
                "kreis", new double[] {60000, 600000});
        Map<String, double[]> posts = Map.of("gemeinde", new double[] {0.2, 8}, "stadt", new double[] {1, 150},
                "kreis", new double[] {8, 80});
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String line : (r.out() + kreise.out()).lines().toList()) {
            JsonNode row = new ObjectMapper().readTree(line);
            String kind = row.path("respondent").path("kind").asText();
            seen.merge(kind, 1, Integer::sum);
            double people = row.path("answers").path("einwohner").asDouble();
            assertThat(people).as(line).isBetween(inhabitants.get(kind)[0], inhabitants.get(kind)[1]);
            JsonNode it = row.path("answers").path("it-personal");
            if (!it.isMissingNode()) {
                assertThat(it.asDouble()).as(line).isBetween(posts.get(kind)[0], posts.get(kind)[1]);
                // more inhabitants, more IT posts: a Gemeinde near the top of its range is not at the bottom of the other
                if (kind.equals("gemeinde") && people > 15000) assertThat(it.asDouble()).as(line).isGreaterThan(2);
            }
        }
        assertThat(seen).containsKeys("gemeinde", "stadt", "kreis");
    }

    @Test
    void a_kind_that_is_none_of_gemeinde_stadt_kreis_is_a_usage_error_in_the_users_language() {
        Cli.Result english = cli().run("generate", "oefit-kreise", "--count", "1", "--seed", "1", "--kind", "landkreis");
        Cli.Result german = new Cli(temp.resolve("home")).run("generate", "oefit-kreise", "--count", "1", "--seed", "1",
                "--kind", "dorf", "--lang", "de");

        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.out()).isEmpty();
        assertThat(english.err()).contains("“landkreis” is not a valid value for --kind; expected: gemeinde, stadt or kreis.");
        assertThat(german.exitCode()).isEqualTo(2);
        assertThat(german.err()).contains("„dorf“ ist für --kind kein gültiger Wert; erwartet: gemeinde, stadt oder kreis.");
    }

    @Test
    void refuses_bad_arguments_as_usage_errors() {
        assertThat(cli().run("generate", "nope", "--count", "1", "--seed", "1").exitCode()).isEqualTo(2);
        assertThat(cli().run("generate", OEFIT, "--count", "-1", "--seed", "1").exitCode()).isEqualTo(2);
        assertThat(cli().run("generate", OEFIT, "--count", "1", "--seed", "1", "--gaps", "1.5").exitCode()).isEqualTo(2);
        Cli.Result mix = cli().run("generate", OEFIT, "--count", "1", "--seed", "1", "--mix", "optimist=1");
        assertThat(mix.exitCode()).isEqualTo(2);
        assertThat(mix.err()).contains("--mix names the type “optimist”");
        Cli.Result twice = cli().run("generate", OEFIT, "--count", "1", "--seed", "1", "--mix", "optimierer=1,optimierer=0");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).startsWith("typwerk: --mix names the type “optimierer” more than once; each type has one weight.\n");
        assertThat(cli().run("generate", OEFIT, "--count", "1", "--seed", "1", "--mix", "optimierer").exitCode()).isEqualTo(2);
    }

    @Test
    void out_into_a_folder_that_does_not_exist_makes_it() throws java.io.IOException {
        Cli.Result out = cli().run("generate", OEFIT, "--count", "2", "--seed", "1", "--out", temp.resolve("x/y.jsonl").toString());

        assertThat(out.exitCode()).as(out.toString()).isZero();
        assertThat(java.nio.file.Files.readAllLines(temp.resolve("x/y.jsonl"))).hasSize(2);
    }

    @Test
    void a_mix_with_an_empty_entry_or_a_weight_that_is_no_decimal_number_is_a_usage_error_saying_which() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("optimierer=1,", "typwerk: --mix “optimierer=1,” has an empty entry at position 2 (a comma too many?); expected TYPE=WEIGHT, separated by commas.\n");
        expected.put("optimierer=1,,", "typwerk: --mix “optimierer=1,,” has an empty entry at position 2");
        expected.put(",optimierer=1", "typwerk: --mix “,optimierer=1” has an empty entry at position 1");
        expected.put("", "typwerk: --mix is empty; expected TYPE=WEIGHT, separated by commas, e.g. optimierer=2 (types: bedaechtig, ");
        expected.put(" ", "typwerk: --mix is empty;");
        for (String weight : List.of("", "-1", "NaN", "Infinity", "0x1p3", "2d", "1e400", "1=2")) {
            expected.put("optimierer=" + weight, "typwerk: --mix expects TYPE=WEIGHT, separated by commas, with weights of 0 or more, not “optimierer=" + weight + "”.\n");
        }

        expected.forEach((mix, message) -> {
            Cli.Result r = cli().run("generate", OEFIT, "--count", "1", "--seed", "1", "--mix", mix);

            assertThat(r.exitCode()).as(mix).isEqualTo(2);
            assertThat(r.out()).as(mix).isEmpty();
            assertThat(r.err()).as(mix).startsWith(message);
        });
        assertThat(cli().run("generate", OEFIT, "--count", "1", "--seed", "1", "--mix", "optimierer = 1.5, bedaechtig=+2e-1").exitCode()).isZero();
    }

    @Test
    void a_zero_count_writes_an_empty_file_and_csv_only_its_header() throws IOException {
        Path out = temp.resolve("none.jsonl");

        assertThat(cli().run("generate", OEFIT, "--count", "0", "--seed", "1", "--out", out.toString()).exitCode()).isZero();

        assertThat(out).isEmptyFile();
        assertThat(cli().run("generate", OEFIT, "--count", "0", "--seed", "1", "--format", "csv").out().lines()).hasSize(1);
        assertThat(List.of(temp.toFile().list())).doesNotContain(".none.jsonl.part");
    }
}
