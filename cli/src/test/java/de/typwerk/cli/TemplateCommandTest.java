package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk template}: an empty answers file with a comment per question that, filled in the
 * way a person would (the value after each question's key), {@code typwerk score} accepts.
 */
class TemplateCommandTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    private JsonNode optimiserAnswers() throws IOException {
        return YAML.readTree(Repository.persona("optimierer").toFile()).path("answers");
    }

    @Test
    void the_yaml_template_names_every_question_with_text_kind_options_and_condition() throws IOException {
        Cli.Result r = cli().run("template", OEFIT, "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("# Answers to “Digital municipalities")
                .contains("questionnaire: " + OEFIT + "\nversion: \"1.0.0\"\n", "\nanswers:\n",
                        "  # 1. What kind of local authority are you answering for?\n"
                                + "  #    Mainly for context; it counts only a little towards the type.",
                        "  #    single choice · required · one option id\n"
                                + "  #      gemeinde = Municipality",
                        "  art:\n", "  #    Only if: ", "ranking · required · exactly 3 option ids as a list");
        JsonNode tree = YAML.readTree(r.out());
        assertThat(tree.path("answers").size()).isEqualTo(32);
        tree.path("answers").forEach(v -> assertThat(v.isNull()).isTrue());
    }

    @Test
    void a_district_filling_in_its_template_is_told_which_ags_to_give_and_not_asked_for_a_municipalitys_name() {
        // a Landkreis has no Gemeindeschlüssel of its own: its Kreisschlüssel with 000, whose first
        // five digits typwerk cohort reads as its Kreis; "municipality" does not name a district in English
        String german = cli().run("template", "oefit-kreise").out();
        String english = cli().run("template", "oefit-kreise", "--lang", "en").out();

        assertThat(german).contains("  ags:     # Amtlicher Gemeindeschlüssel, 8 Ziffern in Anführungszeichen, z. B. \"09162000\""
                + " (freiwillig; ein Kreis gibt seinen Kreisschlüssel mit 000 an, z. B. \"09184000\"; ein Bezirk");
        assertThat(english).contains("  name:    # Name of the local authority (optional)\n",
                "(optional; a district gives its district key (Kreisschlüssel) followed by 000, e.g. \"09184000\"; a borough")
                .doesNotContain("Name of the municipality");
    }

    @Test
    void whoever_fills_in_the_template_reads_each_questions_help_as_take_shows_it() throws IOException {
        // a Gemeinde with few projects for want of staff leaves fokus open (else it counts for the
        // Optimierer); a Gemeinde in an Amt answers about the Amt's administration
        String german = cli().run("template", OEFIT).out();
        String english = cli().run("template", OEFIT, "--lang", "en").out();

        assertThat(german.replaceAll("\\n  #\\s+", " ")).contains(
                "Haben Sie nur wenige Vorhaben, weil Personal oder Geld für mehr fehlen, oder bisher keine, lassen Sie die Frage offen",
                "wo nach Ihrer Verwaltung gefragt wird, ist dann diese gemeinsame Verwaltung gemeint",
                "FIM liefert einheitliche Beschreibungen von Verwaltungsleistungen");
        assertThat(english.replaceAll("\\n  #\\s+", " ")).contains(
                "If you have only a few projects because you lack the staff or money for more, or none so far, leave the question open");
        assertThat(YAML.readTree(german).path("answers").size()).isEqualTo(32);
    }

    @Test
    void the_template_filled_in_is_accepted_by_score_and_gives_the_personas_result() throws IOException {
        String template = cli().run("template", OEFIT).out();
        StringBuilder filled = new StringBuilder();
        JsonNode answers = optimiserAnswers();
        for (String line : template.split("\n", -1)) {
            String key = line.strip().endsWith(":") && line.startsWith("  ") && !line.startsWith("   ")
                    ? line.strip().substring(0, line.strip().length() - 1) : "";
            JsonNode value = answers.path(key);
            filled.append(value.isMissingNode() ? line : line + " " + JSON.writeValueAsString(value)).append('\n');
        }
        Path file = Files.writeString(temp.resolve("ausgefuellt.yaml"), filled);

        Cli.Result filledIn = cli().run("score", file.toString(), "--format", "json");
        Cli.Result persona = cli().run("score", Repository.persona("optimierer").toString(), "--format", "json");

        assertThat(filledIn.exitCode()).as(filledIn.toString()).isZero();
        ObjectNode a = (ObjectNode) JSON.readTree(filledIn.out());
        ObjectNode b = (ObjectNode) JSON.readTree(persona.out());
        a.remove("respondent");
        b.remove("respondent");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void the_json_template_lists_every_question_with_null_and_filled_in_is_accepted() throws IOException {
        Cli.Result r = cli().run("template", OEFIT, "--format", "json");

        assertThat(r.exitCode()).isZero();
        ObjectNode tree = (ObjectNode) JSON.readTree(r.out());
        assertThat(tree.fieldNames()).toIterable().containsExactly("questionnaire", "version", "respondent", "answers");
        ObjectNode answers = (ObjectNode) tree.path("answers");
        assertThat(answers.size()).isEqualTo(32);
        optimiserAnswers().properties().forEach(e -> answers.set(e.getKey(), e.getValue()));
        Path file = Files.writeString(temp.resolve("ausgefuellt.json"), JSON.writeValueAsString(tree));

        Cli.Result scored = cli().run("score", file.toString());

        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        assertThat(scored.out()).contains("Ihr Typ: Der Optimierer");
    }

    @Test
    void the_empty_template_scored_names_each_missing_required_answer_on_one_line() throws IOException {
        Path file = temp.resolve("leer.yaml");
        assertThat(cli().run("template", OEFIT, "--out", file.toString()).exitCode()).isZero();

        Cli.Result r = cli().run("score", file.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("^" + java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: error: Question '[a-z-]+' must be answered: expected .+$"));
    }

    @Test
    void out_writes_the_file_and_never_overwrites_one() throws IOException {
        Path file = temp.resolve("vorlage.yaml");

        Cli.Result first = cli().run("template", OEFIT, "--out", file.toString());
        Cli.Result second = cli().run("template", OEFIT, "--out", file.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("Vorlage geschrieben: " + file, "typwerk score " + file);
        assertThat(Files.readString(file)).contains("# Auswerten: typwerk score " + file);
        assertThat(second.exitCode()).isEqualTo(2);
    }

    @Test
    void the_command_it_suggests_keeps_the_plugins_folders_given_so_the_questionnaire_is_found_again() throws IOException {
        Path plugins = PluginFolder.good(temp);
        Path file = temp.resolve("amt.yaml");

        Cli.Result r = cli().run("template", "test-amtstypen", "--plugins", plugins.toString(), "--out", file.toString(),
                "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String next = "typwerk score " + file + " --plugins " + plugins;
        assertThat(r.err()).contains("Fill it in, then: " + next);
        assertThat(Files.readString(file)).contains("# Score: " + next + "\n");
    }

    @Test
    void the_csv_template_for_german_excel_has_a_byte_order_mark_semicolons_and_cr_lf_and_batch_reads_it_back() throws IOException {
        Path excel = temp.resolve("vorlage.csv");
        Cli.Result r = cli().run("template", OEFIT, "--format", "csv", "--csv-dialect", "excel-de", "--out", excel.toString());
        Cli.Result standard = cli().run("template", OEFIT, "--format", "csv");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String header = standard.out().strip();
        assertThat(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(header.replace(',', ';') + "\r\n");
        assertThat(r.err()).contains("typwerk batch " + excel);

        // filled in as Excel saves it: the batch reads the row as it reads the same row separated by commas
        List<String> columns = List.of(header.split(","));
        String[] row = new String[columns.size()];
        java.util.Arrays.fill(row, "");
        JsonNode answers = optimiserAnswers();
        row[0] = OEFIT;
        row[1] = "1.0.0";
        answers.fields().forEachRemaining(e -> row[columns.indexOf(e.getKey())] = e.getValue().isArray()
                ? String.join("|", JSON.convertValue(e.getValue(), String[].class)) : e.getValue().asText());
        String[] excelRow = row.clone();
        excelRow[columns.indexOf("it-personal")] = "31,5";
        row[columns.indexOf("it-personal")] = "31.5";
        Path filled = temp.resolve("ausgefuellt.csv");
        Files.write(filled, (new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + String.join(";", excelRow) + "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path commas = temp.resolve("kommas.csv");
        Files.writeString(commas, standard.out() + String.join(",", row) + "\n");
        Cli.Result fromExcel = cli().run("batch", filled.toString(), "--format", "jsonl");
        Cli.Result fromCommas = cli().run("batch", commas.toString(), "--format", "jsonl");
        assertThat(fromExcel.exitCode()).as(fromExcel.toString()).isZero();
        assertThat(fromExcel.out()).isEqualTo(fromCommas.out()).contains("\"type\":\"optimierer\"");
    }

    @Test
    void csv_dialect_with_a_yaml_or_json_template_or_a_dialect_it_does_not_know_is_a_usage_error() {
        Cli.Result yaml = cli().run("template", OEFIT, "--csv-dialect", "excel-de", "--lang", "en");
        Cli.Result unknown = cli().run("template", OEFIT, "--format", "csv", "--csv-dialect", "excel", "--lang", "en");

        assertThat(yaml.exitCode()).isEqualTo(2);
        assertThat(yaml.err()).contains("--csv-dialect excel-de is for the template as CSV; give --format csv.");
        assertThat(yaml.out()).isEmpty();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--csv-dialect must be standard or excel-de, not “excel”.");
    }

    @Test
    void an_unknown_questionnaire_is_a_usage_error() {
        Cli.Result r = cli().run("template", "gibt-es-nicht");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(OEFIT);
    }
}
