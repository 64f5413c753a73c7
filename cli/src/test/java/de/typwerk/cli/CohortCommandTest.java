package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk cohort}, on hand-written ÖFIT results: seven municipalities in Bavaria and North
 * Rhine-Westphalia, one without a valid AGS, and one error row. The analysis itself is specified in
 * core ({@code CohortTest}); here: the command, its options and exit codes.
 */
class CohortCommandTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    private static String results() {
        return Fixtures.path("cohort/oefit-results.jsonl").toString();
    }

    @Test
    void shows_the_distribution_beside_a_profile_topic_and_the_nearest_partners() {
        Cli.Result r = cli().run("cohort", results(), "--hint-topic", "verbreitung", "--partners", "1");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Zeilen: 8 gelesen, 7 Ergebnisse, 1 Fehlerzeile übersprungen, 0 unlesbar",
                "Typen nach Art der Kommune", "09 Bayern", "05 Nordrhein-Westfalen", "unbekanntes Land",
                "WO FINDET MAN MICH?", "Auffallend oft ein Kreis.");
        // Aschheim (Bedächtiger) learns about data from the Optimierer that is its own Landkreis, and
        // about fibre from the Community Manager in the kreisfreie city next door, in its state; and
        // what: the strengths the weak spot names of that type
        // the example of docs/cohort.md
        assertThat(r.out()).contains("""
                09184112 Aschheim (Gemeinde, Bayern) – Der Bedächtige
                  Verwaltungsdaten bleiben weitgehend ungenutzt, etwa für Steuerung, Personalplanung oder Automatisierung
                    1. 09184000 Landkreis München (Kreis, Bayern) – Der Optimierer (55 %) – gleicher Kreis – zu lernen: Kommunale Daten kennen und nutzen – für den Personaleinsatz, zur Automatisierung und als Open Data
                  Für einen zukunftsfesten Glasfaserausbau bisher wenig Erfahrungsaustausch mit Kommunen, die selbst Netze bauen – deren Erfahrung hilft Ihnen, die Anforderungen vor Ort einzubringen, auch wo Kreis, Land oder Unternehmen bauen oder Sie den Ausbau mit Fördermitteln vorantreiben
                    1. 09162000 München (Stadt, Bayern) – Der Community Manager (55 %) – gleiches Land – zu lernen: Erfahrung mit digitaler Infrastruktur in kommunaler Hand, vom Glasfasernetz eigener Unternehmen bis zum freien WLAN
                """);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_municipality_is_told_the_weak_spots_its_own_answers_confirm_from_compact_and_full_rows_alike() throws IOException {
        // Gemeinde Weidenheim (OZG stage 0) describes one service online: for some services nobody can
        // look up what they need, but it is not true that none is described
        Path compact = temp.resolve("ozg-compact.jsonl");
        Path full = temp.resolve("ozg-full.jsonl");
        assertThat(cli().run("batch", corpus("ozg-reifegrad"), "--out", compact.toString()).exitCode()).isZero();
        assertThat(cli().run("batch", corpus("ozg-reifegrad"), "--detail", "full", "--out", full.toString())
                .exitCode()).isZero();

        for (Path results : new Path[] {compact, full}) {
            Cli.Result r = cli().run("cohort", results.toString(), "--only", "peers", "--partners", "1");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            String weidenheim = block(r.out(), "01056110 Gemeinde Weidenheim");
            assertThat(weidenheim).as(results.getFileName().toString())
                    .contains("Für manche Leistungen kann niemand vorab nachlesen, was nötig ist.")
                    .doesNotContain("Keine Leistung ist online beschrieben");
            // an Amt whose answers confirm no weak spot of its stage is told so, not given the typical ones
            assertThat(block(r.out(), "07135080 Gemeinde Waldthal")).contains("Keine der typischen Schwachstellen zeigt sich in ihren Antworten.");
        }
    }

    @Test
    void each_learner_has_the_lessons_of_the_weak_spots_its_result_recommends_for_ozg_and_oefit() throws IOException {
        for (String corpus : new String[] {"ozg-reifegrad", "oefit-digitalisierungstypen"}) {
            Path compact = temp.resolve(corpus + "-compact.jsonl");
            Path full = temp.resolve(corpus + "-full.jsonl");
            assertThat(cli().run("batch", corpus(corpus), "--out", compact.toString()).exitCode()).isZero();
            assertThat(cli().run("batch", corpus(corpus), "--detail", "full", "--out",
                    full.toString()).exitCode()).isZero();
            // what each full row recommends: its types' weak spots its answers confirm, by line
            java.util.Map<Long, java.util.List<String>> recommended = new java.util.HashMap<>();
            java.util.List<String> lines = Files.readAllLines(full);
            ObjectMapper json = new ObjectMapper();
            for (int i = 0; i < lines.size(); i++) {
                JsonNode row = json.readTree(lines.get(i));
                if (!row.has("recommendations")) continue;
                java.util.List<String> spots = new java.util.ArrayList<>();
                for (JsonNode rec : row.get("recommendations")) {
                    for (JsonNode lesson : rec.get("learnFrom")) spots.add(rec.get("type").asText() + "/" + lesson.get("weakness").asText());
                }
                recommended.put(i + 1L, spots);
            }
            for (Path results : new Path[] {compact, full}) {
                Cli.Result r = cli().run("cohort", results.toString(), "--format", "json", "--partners", "0");
                assertThat(r.exitCode()).as(r.toString()).isZero();
                JsonNode peers = json.readTree(r.out()).get("peers");
                assertThat(peers).as(corpus).isNotEmpty();
                for (JsonNode learner : peers) {
                    java.util.List<String> lessons = new java.util.ArrayList<>();
                    for (JsonNode lesson : learner.get("lessons")) lessons.add(lesson.get("type").asText() + "/" + lesson.get("weakness").asText());
                    assertThat(lessons).as(corpus + " " + results.getFileName() + " line " + learner.get("line"))
                            .isEqualTo(recommended.get(learner.get("line").asLong()));
                }
            }
            // the check has teeth: rows that do not say which weak spots their answers confirm (results
            // written before compact rows named them) are given every typical weak spot, which is more
            Path unsaid = temp.resolve(corpus + "-unsaid.jsonl");
            java.util.List<String> stripped = new java.util.ArrayList<>();
            for (String line : lines) {
                com.fasterxml.jackson.databind.node.ObjectNode row = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
                row.remove("recommendations");
                stripped.add(json.writeValueAsString(row));
            }
            Files.write(unsaid, stripped);
            int typical = json.readTree(cli().run("cohort", unsaid.toString(), "--format", "json", "--partners", "0").out())
                    .findValues("weakness").size();
            int confirmed = json.readTree(cli().run("cohort", full.toString(), "--format", "json", "--partners", "0").out())
                    .findValues("weakness").size();
            assertThat(confirmed).as(corpus).isPositive().isLessThan(typical);
        }
    }

    @Test
    void results_of_the_levels_strategy_are_stages_in_text_csv_and_html_in_german_and_english_and_oefit_types_stay_types()
            throws IOException {
        Path ozg = temp.resolve("ozg.jsonl");
        Path oefit = temp.resolve("oefit.jsonl");
        assertThat(cli().run("batch", corpus("ozg-reifegrad"), "--out", ozg.toString()).exitCode()).isZero();
        assertThat(cli().run("batch", corpus("oefit-digitalisierungstypen"), "--out", oefit.toString()).exitCode()).isZero();

        Cli.Result de = cli().run("cohort", ozg.toString(), "--partners", "1");
        Cli.Result en = cli().run("cohort", ozg.toString(), "--partners", "1", "--lang", "en");
        assertThat(de.exitCode()).as(de.toString()).isZero();
        assertThat(de.out()).contains("\nStufen nach Art der Kommune\n", "\nStufen nach Bundesland (aus den ersten zwei Stellen des AGS)\n",
                        "\nStufen und ihr Profil\nSTUFE ", "Neben jeder Stufe kann der Text eines Profilthemas stehen",
                        "AN DER SCHWELLE", "(größter Anteil ihrer Stufe)")
                .doesNotContain("Typen", "TYP ", "jedem Typ", "GEMISCHT", "ihres Typs");
        assertThat(en.out()).contains("\nStages by kind of municipality\n", "\nStages by state (", "\nStages and their profile\nSTAGE ",
                        "beside each stage", "ON THE THRESHOLD", "(largest share of their stage)")
                .doesNotContain("Types", "TYPE ", "each type", "MIXED", "their type)");

        Cli.Result csv = cli().run("cohort", ozg.toString(), "--format", "csv", "--only", "distribution");
        // the column names stay ids, the outcome's name is worded
        assertThat(csv.out()).startsWith("by,group,group_name,total,outcome,outcome_name,count,percent,hint\n")
                .contains(",mixed,an der Schwelle,").doesNotContain("gemischt");

        Cli.Result html = cli().run("cohort", ozg.toString(), "--format", "html");
        Cli.Result htmlEn = cli().run("cohort", ozg.toString(), "--format", "html", "--lang", "en");
        assertThat(html.out()).contains(">Stufen nach Art der Kommune<", ">Stufen in der Kohorte<", ">Stufe</th>", ">an der Schwelle<")
                .doesNotContain(">Typen", ">Typ<", "gemischt");
        assertThat(htmlEn.out()).contains(">Stages by kind of municipality<", ">Stages in the cohort<", ">Stage</th>", ">on the threshold<")
                .doesNotContain(">Types", ">Type<", ">mixed<");

        // the same questionnaire's words for a peer typology: types
        Cli.Result types = cli().run("cohort", oefit.toString(), "--partners", "1");
        assertThat(types.out()).contains("\nTypen nach Art der Kommune\n", "\nTypen und ihr Profil\nTYP ", "GEMISCHT")
                .doesNotContain("Stufe");
        assertThat(cli().run("cohort", oefit.toString(), "--format", "html").out()).contains(">Typen in der Kohorte<", ">gemischt<")
                .doesNotContain("Stufe");
    }

    /** The answers of the fixed corpus of {@code questionnaire} ({@code ResultCorpusTest}'s). */
    private static String corpus(String questionnaire) {
        return Path.of("src/test/resources/corpus", questionnaire + ".jsonl").toAbsolutePath().toString();
    }

    /** The block of the learner whose line starts with {@code head}, up to the next empty line. */
    private static String block(String out, String head) {
        int start = out.indexOf("\n" + head);
        assertThat(start).as(head).isNotNegative();
        int end = out.indexOf("\n\n", start + 1);
        return out.substring(start, end < 0 ? out.length() : end);
    }

    @Test
    void boroughs_of_berlin_are_partners_in_the_same_city_not_the_same_kreis_which_they_lack() throws IOException {
        // the Bezirke give their city's AGS (docs/cohort.md): Berlin is one Gemeinde and no Kreis
        Path boroughs = temp.resolve("bezirke.jsonl");
        Files.writeString(boroughs, Files.readString(Path.of(results()))
                .replace("\"name\": \"München\", \"ags\": \"09162000\"", "\"name\": \"Bezirksamt Pankow\", \"ags\": \"11000000\"")
                .replace("\"name\": \"Aschheim\", \"ags\": \"09184112\"", "\"name\": \"Bezirksamt Spandau\", \"ags\": \"11000000\""),
                StandardCharsets.UTF_8);

        Cli.Result de = cli().run("cohort", boroughs.toString(), "--only", "peers", "--partners", "1");
        Cli.Result en = cli().run("cohort", boroughs.toString(), "--only", "peers", "--partners", "1", "--lang", "en");
        Cli.Result json = cli().run("cohort", boroughs.toString(), "--only", "peers", "--partners", "1", "--format", "json");

        assertThat(de.exitCode()).as(de.toString()).isZero();
        assertThat(de.out()).contains("""
                11000000 Bezirksamt Spandau (Gemeinde, Berlin) – Der Bedächtige
                """, """
                    1. 11000000 Bezirksamt Pankow (Stadt, Berlin) – Der Community Manager (55 %) – gleiche Stadt – zu lernen: \
                """).doesNotContain("Bezirksamt Pankow (Stadt, Berlin) – Der Community Manager (55 %) – gleicher Kreis");
        assertThat(en.out()).contains("11000000 Bezirksamt Pankow (city or town (Stadt), Berlin) – The Community Manager (55 %) – same city – ")
                .doesNotContain("Berlin) – The Community Manager (55 %) – same Kreis");
        // a Gemeinde and its Landkreis in the same file are still in the same Kreis
        assertThat(de.out()).contains("09184000 Landkreis München (Kreis, Bayern) – Der Optimierer (55 %) – gleicher Kreis – ");
        // CSV and JSON keep the id of the nearness: the Bezirk's "Kreis" is its city
        assertThat(new ObjectMapper().readTree(json.out()).findValues("proximity")).extracting(JsonNode::asText)
                .contains("kreis").doesNotContain("city");
    }

    @Test
    void csv_dialect_excel_de_writes_the_csv_for_german_excel_and_goes_with_csv_only() throws IOException {
        Path standard = temp.resolve("standard.csv");
        Path excel = temp.resolve("excel.csv");

        Cli.Result a = cli().run("cohort", results(), "--format", "csv", "--out", standard.toString());
        Cli.Result b = cli().run("cohort", results(), "--format", "csv", "--csv-dialect", "excel-de", "--out", excel.toString());
        Cli.Result text = cli().run("cohort", results(), "--csv-dialect", "excel-de", "--lang", "en");
        Cli.Result unknown = cli().run("cohort", results(), "--format", "csv", "--csv-dialect", "excel", "--lang", "en");

        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(b.exitCode()).as(b.toString()).isZero();
        String german = Files.readString(excel, StandardCharsets.UTF_8);
        assertThat(german).startsWith("\uFEFFby;group;group_name;total;outcome;outcome_name;count;percent;hint\r\n").endsWith("\r\n");
        assertThat(german.substring(1).split("\r\n", -1)).hasSameSizeAs(Files.readString(standard, StandardCharsets.UTF_8).split("\n", -1));
        // percentages with a decimal comma, as German Excel reads a number (22.5 it took for a date, the 22nd of May)
        assertThat(german).containsPattern(";[0-9]+,[0-9];").doesNotContainPattern(";[0-9]+\\.[0-9]+;");
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(2);
        assertThat(text.err()).contains("--csv-dialect excel-de is for CSV output; give --format csv.");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("--csv-dialect must be standard or excel-de, not “excel”.");
    }

    @Test
    void writes_csv_and_json_in_english_into_a_file() throws IOException {
        Path csv = temp.resolve("cohort.csv");
        Path json = temp.resolve("cohort.json");

        Cli.Result a = cli().run("cohort", results(), "--format", "csv", "--only", "peers", "--out", csv.toString(), "--lang", "en");
        Cli.Result b = cli().run("cohort", results(), "--format", "json", "--out", json.toString(), "--lang", "en");

        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(a.out()).isEmpty();
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(table).startsWith("ags,name,kind,state,outcome,type,weakness,topic,rank,partner_ags,");
        assertThat(table).contains("09184112,Aschheim,gemeinde,09,primary,bedaechtig,glasfaser,");
        assertThat(b.exitCode()).as(b.toString()).isZero();
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertThat(tree.at("/language").asText()).isEqualTo("en");
        assertThat(tree.at("/rows/errors").asInt()).isEqualTo(1);
        assertThat(tree.at("/distribution/byState/groups/0/group").asText()).isEqualTo("05");
        assertThat(tree.at("/distribution/byState/groups/0/name").asText()).isEqualTo("05 Nordrhein-Westfalen");
        assertThat(temp).isDirectoryNotContaining("glob:**.tmp");
        if (Files.getFileAttributeView(csv, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            // not the private rw------- of a temporary file: a report is meant to be passed on
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void the_same_results_give_the_same_output() {
        Cli.Result first = cli().run("cohort", results(), "--format", "json");
        Cli.Result second = cli().run("cohort", results(), "--format", "json");

        assertThat(second.out()).isEqualTo(first.out()).isNotEmpty();
    }

    @Test
    void results_piped_into_standard_input_as_a_dash_give_what_the_file_gives_and_damaged_lines_are_located_at_stdin()
            throws IOException {
        String lines = Files.readString(Path.of(results()));

        Cli.Result file = cli().run("cohort", results(), "--hint-topic", "verbreitung");
        Cli.Result piped = cli().input(lines).run("cohort", "-", "--hint-topic", "verbreitung");
        Cli.Result damaged = cli().input(lines + "{\"truncated\": \n").run("cohort", "-", "--only", "distribution");

        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        assertThat(piped.out()).isEqualTo(file.out()).isNotEmpty();
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.err()).contains("<stdin>:9:15: error: Kein gültiges JSON");
    }

    @Test
    void counts_damaged_lines_reports_them_with_their_line_and_exits_1() throws IOException {
        Path damaged = temp.resolve("damaged.jsonl");
        Files.writeString(damaged, Files.readString(Path.of(results())) + "{\"truncated\": \n", StandardCharsets.UTF_8);

        Cli.Result r = cli().run("cohort", damaged.toString(), "--only", "distribution");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("1 unlesbar");
        assertThat(r.err()).contains("damaged.jsonl:9:15: error: Kein gültiges JSON");
    }

    @Test
    void a_result_whose_name_holds_an_escape_sequence_or_an_override_is_an_unreadable_line_not_a_row_of_the_table() throws IOException {
        // the table printed the name as the line had it: the terminal obeyed its escape sequence, an override turned the row around
        String lines = Files.readString(Path.of(results()));
        assertThat(lines).contains("\"name\": \"M\u00fcnchen\"", "\"name\": \"Aschheim\"");
        Path hostile = Files.writeString(temp.resolve("hostile.jsonl"), lines
                .replace("\"name\": \"M\u00fcnchen\"", "\"name\": \"M\u00fcnchen\\u001b]0;pwned\\u0007\"")
                .replace("\"name\": \"Aschheim\"", "\"name\": \"Aschheim \\u202E\""), StandardCharsets.UTF_8);

        Cli.Result de = cli().run("cohort", hostile.toString(), "--only", "distribution");
        Cli.Result en = cli().run("cohort", hostile.toString(), "--only", "distribution", "--lang", "en");

        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        assertThat(de.out() + de.err()).doesNotContain("\u001b", "\u0007", "\u202e");
        assertThat(de.out()).contains("Zeilen: 8 gelesen, 5 Ergebnisse, 1 Fehlerzeile \u00fcbersprungen, 2 unlesbar");
        assertThat(de.err()).contains(hostile + ":1: error: Das Ergebnis enth\u00e4lt in respondent.name an Stelle 8 ein Steuerzeichen"
                + " (U+001B), dem ein Terminal folgen w\u00fcrde; ein Ergebnis, wie Typwerk es schreibt, enth\u00e4lt keines.\n");
        assertThat(en.err()).contains(hostile + ":2: error: The result holds a control of the text direction (U+202E RIGHT-TO-LEFT"
                + " OVERRIDE) in respondent.name at position 10, which turns the text after it around; no result Typwerk writes holds one.\n");
    }

    @Test
    void a_line_cut_off_is_located_at_its_line_and_column_as_typwerk_report_locates_it() throws IOException {
        Path part = Files.writeString(temp.resolve("part.jsonl"), "{\"questi\n", StandardCharsets.UTF_8);

        Cli.Result cohort = cli().run("cohort", part.toString());
        Cli.Result report = cli().run("report", part.toString());

        assertThat(cohort.err()).as(cohort.toString()).contains(part + ":1:9: error: Kein gültiges JSON");
        assertThat(report.out() + report.err()).as(report.toString()).contains(part + ":1:9: error");
    }

    @Test
    void an_unknown_hint_topic_is_a_usage_error_that_lists_the_topics() {
        Cli.Result r = cli().run("cohort", results(), "--hint-topic", "wo");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("kein Profilthema „wo“", "verbreitung");
        // in English with the same quotation marks as every other message names what the user gave
        Cli.Result en = cli().run("cohort", results(), "--hint-topic", "wo", "--lang", "en");
        assertThat(en.err()).contains("has no profile topic \u201cwo\u201d.");
        Cli.Result empty = cli().input("").run("cohort", "-", "--lang", "en");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).isEqualTo("typwerk: \u201c<stdin>\u201d is empty: no line but blank ones. typwerk cohort reads what "
                + "typwerk batch writes as JSON Lines, one result a line." + System.lineSeparator());
        Cli.Result blank = cli().input("\n\n").run("cohort", "-");
        assertThat(blank.err()).startsWith("typwerk: \u201e<stdin>\u201c ist leer: keine Zeile außer Leerzeilen.");
    }

    @Test
    void results_of_the_landkreis_variant_beside_base_results_are_skipped_with_one_line_saying_why_and_how_to_analyse_them()
            throws IOException {
        // an association's Gemeinden (base ÖFIT) and Kreise (oefit-kreise) scored into one file
        Path gemeinden = temp.resolve("gemeinden.jsonl");
        Path kreise = temp.resolve("kreise.jsonl");
        assertThat(cli().run("generate", "oefit-digitalisierungstypen", "--count", "4", "--seed", "1", "--out", gemeinden.toString()).exitCode()).isZero();
        assertThat(cli().run("generate", "oefit-kreise", "--count", "3", "--seed", "2", "--out", kreise.toString()).exitCode()).isZero();
        Cli.Result base = cli().run("batch", gemeinden.toString());
        Cli.Result variant = cli().run("batch", kreise.toString());
        Path all = temp.resolve("verband ergebnisse.jsonl");
        Files.writeString(all, base.out() + variant.out());

        Cli.Result en = cli().run("cohort", all.toString(), "--only", "distribution", "--lang", "en");
        Cli.Result de = cli().run("cohort", all.toString(), "--only", "distribution");

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).contains("Lines: 7 read, 4 results, 0 error rows skipped, 0 unreadable, 3 for another questionnaire.");
        assertThat(en.err()).contains(":5: error: Result for oefit-kreise@1.0.0, but the cohort is oefit-digitalisierungstypen@1.0.0")
                .contains("typwerk: 3 results of oefit-kreise@1.0.0 were skipped: a cohort holds the results of one questionnaire, "
                        + "here oefit-digitalisierungstypen@1.0.0 (the file’s first result). A cohort of their own: "
                        + "grep -F '\"questionnaire\":{\"id\":\"oefit-kreise\",\"version\":\"1.0.0\"' '" + all + "' > oefit-kreise.jsonl"
                        + " && typwerk cohort oefit-kreise.jsonl oefit-kreise@1.0.0 is a variant of oefit-digitalisierungstypen@1.0.0, "
                        + "with the same types; still each questionnaire is a cohort of its own")
                .contains("Compare the two cohorts’ tables side by side: their columns are the same types.");
        assertThat(de.err()).contains("typwerk: 3 Ergebnisse von oefit-kreise@1.0.0 übersprungen: eine Kohorte hält die Ergebnisse eines Fragebogens",
                "oefit-kreise@1.0.0 ist eine Variante von oefit-digitalisierungstypen@1.0.0, mit denselben Typen");

        // the line's command gives the variant's cohort
        Path split = temp.resolve("oefit-kreise.jsonl");
        Files.write(split, Files.readAllLines(all).stream()
                .filter(l -> l.contains("\"questionnaire\":{\"id\":\"oefit-kreise\",\"version\":\"1.0.0\"")).toList());
        Cli.Result own = cli().run("cohort", split.toString(), "--only", "distribution", "--lang", "en");
        assertThat(own.exitCode()).as(own.toString()).isZero();
        assertThat(own.out()).contains("Lines: 3 read, 3 results");
    }

    @Test
    void results_of_one_questionnaire_scored_with_two_strategies_are_two_cohorts_as_two_questionnaires_are_in_every_format()
            throws IOException {
        // one corpus scored twice, by prototype and by points, into one file: shares of two strategies are not comparable
        Path prototype = temp.resolve("prototype.jsonl");
        Path points = temp.resolve("points.jsonl");
        String corpus = corpus("oefit-digitalisierungstypen");
        assertThat(cli().run("batch", corpus, "--strategy", "prototype", "--out", prototype.toString()).exitCode()).isZero();
        assertThat(cli().run("batch", corpus, "--strategy", "points", "--out", points.toString()).exitCode()).isZero();
        Path mixed = temp.resolve("beide strategien.jsonl");
        Files.writeString(mixed, Files.readString(prototype) + Files.readString(points));
        long n = Files.readAllLines(prototype).size();

        Cli.Result de = cli().run("cohort", mixed.toString(), "--only", "distribution");
        Cli.Result en = cli().run("cohort", mixed.toString(), "--only", "distribution", "--lang", "en");

        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(de.out()).contains("Zeilen: " + 2 * n + " gelesen, " + n + " Ergebnisse, 0 Fehlerzeilen übersprungen, 0 unlesbar, "
                + "0 zu einem anderen Fragebogen. " + n + " Ergebnisse mit einer anderen Strategie als prototype übersprungen.\n");
        assertThat(en.out()).contains("Lines: " + 2 * n + " read, " + n + " results, 0 error rows skipped, 0 unreadable, "
                + "0 for another questionnaire. " + n + " results scored with another strategy than prototype skipped.\n");
        assertThat(de.err()).contains(":" + (n + 1) + ": error: Ergebnis mit der Strategie points bewertet, die Kohorte aber mit prototype"
                        + " (das erste Ergebnis der Datei, das eine nennt); übersprungen.")
                .contains("typwerk: " + n + " Ergebnisse von oefit-digitalisierungstypen@1.0.0 mit der Strategie points übersprungen: "
                        + "eine Kohorte hält die Ergebnisse einer Strategie, hier prototype");
        String command = "grep -F '\"questionnaire\":{\"id\":\"oefit-digitalisierungstypen\",\"version\":\"1.0.0\"' '" + mixed + "'"
                + " | grep -F '\"strategy\":{\"id\":\"points\",' > oefit-digitalisierungstypen-points.jsonl"
                + " && typwerk cohort oefit-digitalisierungstypen-points.jsonl";
        assertThat(en.err()).contains(":" + (n + 1) + ": error: Result scored with the strategy points, but the cohort with prototype")
                .contains("typwerk: " + n + " results of oefit-digitalisierungstypen@1.0.0 scored with the strategy points were skipped: "
                        + "a cohort holds the results of one strategy, here prototype (the file’s first result that names one), since the "
                        + "shares and scores of two strategies are not comparable. A cohort of their own: " + command + "\n");

        // the cohort is the prototype results' alone, in CSV; JSON counts the others; HTML says so
        Cli.Result csv = cli().run("cohort", mixed.toString(), "--format", "csv", "--only", "distribution");
        Cli.Result alone = cli().run("cohort", prototype.toString(), "--format", "csv", "--only", "distribution");
        assertThat(alone.exitCode()).as(alone.toString()).isZero();
        assertThat(csv.out()).isEqualTo(alone.out());
        JsonNode rows = new ObjectMapper().readTree(cli().run("cohort", mixed.toString(), "--format", "json").out()).path("rows");
        assertThat(rows.path("results").asLong()).isEqualTo(n);
        assertThat(rows.path("otherQuestionnaire").asLong()).isZero();
        assertThat(rows.path("otherStrategy").asLong()).isEqualTo(n);
        assertThat(cli().run("cohort", mixed.toString(), "--format", "html", "--lang", "en").out())
                .contains(", 0 for another questionnaire, " + n + " results scored with another strategy than prototype");

        // the line's command gives the points results' cohort, the same as the points file's
        Path split = temp.resolve("oefit-digitalisierungstypen-points.jsonl");
        Files.write(split, Files.readAllLines(mixed).stream()
                .filter(l -> l.contains("\"questionnaire\":{\"id\":\"oefit-digitalisierungstypen\",\"version\":\"1.0.0\""))
                .filter(l -> l.contains("\"strategy\":{\"id\":\"points\",")).toList());
        Cli.Result own = cli().run("cohort", split.toString(), "--format", "csv", "--only", "distribution");
        assertThat(own.exitCode()).as(own.toString()).isZero();
        assertThat(own.out()).isEqualTo(cli().run("cohort", points.toString(), "--format", "csv", "--only", "distribution").out())
                .isNotEqualTo(alone.out());
    }

    @Test
    void results_of_a_questionnaire_that_is_not_loaded_are_a_usage_error() throws IOException {
        Path other = temp.resolve("other.jsonl");
        Files.writeString(other, "{\"questionnaire\":{\"id\":\"nirgends\",\"version\":\"1.0.0\"},\"outcome\":{\"kind\":\"insufficient\"}}\n");

        Cli.Result r = cli().run("cohort", other.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("nirgends@1.0.0", "oefit-digitalisierungstypen@1.0.0");
    }

    @Test
    void a_file_with_only_error_rows_has_nothing_to_analyse() throws IOException {
        Path errors = temp.resolve("errors.jsonl");
        Files.writeString(errors, "{\"row\":1,\"error\":{}}\n{\"row\":2,\"errors\":[]}\n");

        Cli.Result r = cli().run("cohort", errors.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("kein Ergebnis (2 Fehlerzeilen)");
        Files.writeString(errors, "{\"row\":1,\"error\":{}}\n");
        assertThat(cli().run("cohort", errors.toString()).err()).contains("kein Ergebnis (1 Fehlerzeile)");
        assertThat(cli().run("cohort", errors.toString(), "--lang", "en").err()).contains("holds no result (1 error row);");
        // lines that are no result row at all are counted beside the error rows, not left out of the sum
        Files.writeString(errors, "{\"row\":1,\"error\":{}}\nkaputt\n{\"x\":\nnoch kaputter\n");
        Cli.Result unread = cli().run("cohort", errors.toString());
        assertThat(unread.exitCode()).as(unread.toString()).isEqualTo(1);
        assertThat(unread.err()).endsWith("enthält kein Ergebnis (1 Fehlerzeile, 3 Zeilen, die keine Ergebniszeilen sind);"
                + " es gibt nichts auszuwerten.\n");
        Files.writeString(errors, "kaputt\n");
        assertThat(cli().run("cohort", errors.toString(), "--lang", "en").err())
                .endsWith("holds no result (0 error rows, 1 line that is no result row); there is nothing to analyse.\n");
    }

    @Test
    void the_csv_of_typwerk_batch_is_one_usage_error_saying_cohort_reads_its_json_lines_not_an_error_per_line() throws IOException {
        Path csv = temp.resolve("results.csv");
        Files.writeString(csv, "\uFEFFrow,questionnaire,version,name,ags,kind,state,outcome,primary,second,margin\n"
                + "1,oefit-digitalisierungstypen,1.0.0,A,,,,primary,optimierer,,0.1\n");

        Cli.Result r = cli().run("cohort", csv.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: “" + csv + "” is CSV as typwerk batch --format csv writes it; typwerk cohort reads"
                + " the JSON Lines typwerk batch writes (--format jsonl, the default).\n").doesNotContain(":1: error");
    }

    @Test
    void the_csv_of_typwerk_batch_for_german_excel_is_the_same_one_usage_error() throws IOException {
        Path csv = temp.resolve("ergebnisse.csv");
        Files.writeString(csv, "\uFEFFrow;questionnaire;version;name;ags;kind;state;outcome;primary;second;margin\r\n"
                + "1;oefit-digitalisierungstypen;1.0.0;A;;;;primary;optimierer;;0,1\r\n");

        Cli.Result r = cli().run("cohort", csv.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: “" + csv + "” is CSV as typwerk batch --format csv writes it; typwerk cohort reads"
                + " the JSON Lines typwerk batch writes (--format jsonl, the default).\n").doesNotContain(":1: error");
    }

    @Test
    void results_saved_as_utf16_are_one_usage_error_naming_the_encoding_not_an_unreadable_line_each() throws IOException {
        Path utf16 = temp.resolve("results-utf16.jsonl");
        Files.write(utf16, ("\uFEFF" + Files.readString(Path.of(results()))).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        Cli.Result r = cli().run("cohort", utf16.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: “" + utf16 + "” is UTF-16 (it starts with the byte order mark FF FE), not UTF-8 as"
                + " typwerk batch writes it. Please save it as UTF-8.\n").doesNotContain(":1: error");
    }

    @Test
    void results_saved_as_utf16_without_a_byte_order_mark_are_one_usage_error_naming_the_encoding() throws IOException {
        Path utf16 = temp.resolve("results-utf16le.jsonl");
        Files.write(utf16, Files.readString(Path.of(results())).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        Cli.Result r = cli().run("cohort", utf16.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: “" + utf16 + "” is UTF-16LE (without a byte order mark, as the zero bytes at its start"
                + " show), not UTF-8 as typwerk batch writes it. Please save it as UTF-8.\n").doesNotContain(":1: error");
    }

    @Test
    void a_missing_file_and_a_negative_limit_are_usage_errors() {
        assertThat(cli().run("cohort", temp.resolve("nope.jsonl").toString()).exitCode()).isEqualTo(2);
        assertThat(cli().run("cohort", results(), "--partners", "-1").exitCode()).isEqualTo(2);
    }

    @Test
    void an_output_that_is_the_results_file_is_refused_and_the_results_are_kept() throws IOException {
        Path results = Files.copy(Path.of(results()), temp.resolve("results.jsonl"));
        String before = Files.readString(results);

        Cli.Result r = cli().run("cohort", results.toString(), "--out", temp.resolve("./results.jsonl").toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("is the same file as the input");
        assertThat(results).hasContent(before);
    }
}
