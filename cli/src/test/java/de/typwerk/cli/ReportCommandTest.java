package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.result.Result;
import de.typwerk.presentation.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk report}: a result file or an answers file to the report, as text or as one
 * self-contained HTML page whose report is the fragment the server embeds; a result file that does
 * not read gets one located line, never a stack trace.
 */
class ReportCommandTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    /** {@code typwerk score PERSONA --format json}, written to a file as a user would. */
    private Path resultFile(String persona) throws IOException {
        Cli.Result scored = cli().run("score", Repository.persona(persona).toString(), "--format", "json");
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        Path file = temp.resolve(persona + "-result.json");
        Files.writeString(file, scored.out(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void coverage_lists_an_answer_that_does_not_count_such_as_not_with_us_without_calling_it_unanswered_or_dont_know() {
        String amt = Repository.root().resolve("questionnaires/ozg-reifegrad/src/test/resources/personas/stufe-1-amt.yaml").toString();

        // the Kita question is answered "Nicht bei uns: …", which counts as little as "weiß nicht"
        String text = cli().run("report", amt, "--lang", "de").out().replaceAll("\\s+", " ");
        assertThat(text).contains("Ohne bewertbare Antwort (offen oder etwa mit „weiß nicht“ beantwortet): - ")
                .contains("[q-kita]").doesNotContain("Unbeantwortet oder mit „weiß nicht“ beantwortet");
        String english = cli().run("report", amt, "--lang", "en").out().replaceAll("\\s+", " ");
        assertThat(english).contains("Without an answer that counts (open, or answered “don’t know” or the like): - ").contains("[q-kita]");
        Document page = Jsoup.parse(cli().run("report", amt, "--format", "html", "--lang", "de").out());
        assertThat(page.select(".tw-coverage").text()).contains("Ohne bewertbare Antwort").doesNotContain("Unbeantwortet oder");
    }

    @Test
    void a_maturity_model_speaks_of_the_stage_reached_and_of_learning_from_higher_stages_not_of_peer_types() {
        String gemeinde = Repository.root().resolve("questionnaires/ozg-reifegrad/src/test/resources/personas/stufe-1-amt.yaml").toString();

        String text = cli().run("report", gemeinde, "--lang", "de").out();
        assertThat(text).contains("Ihre Stufe: Stufe 1: Information (100,0 % Anteil).", "Empfehlungen für „Stufe 1: Information“",
                        "Lernen Sie von „Stufe 2: Formular-Download“", "Die Stufen bauen aufeinander auf")
                .doesNotContain("Ihr Typ", "Kein Typ ist besser", "vor dem Typ", "vom Typ", "für den Typ");
        String english = cli().run("report", gemeinde, "--lang", "en").out();
        assertThat(english).contains("Your stage: Stage 1: Information (share 100.0%).", "Learn from “Stage 2: Forms to download”",
                        "The stages build on one another")
                .doesNotContain("Your type", "No type is better", "the type “");

        Document page = Jsoup.parse(cli().run("report", gemeinde, "--format", "html", "--lang", "de").out());
        assertThat(page.select("h1, h2").text()).contains("Ihre Stufe: Stufe 1: Information");
        assertThat(page.select(".tw-team").text()).startsWith("Die Stufen bauen aufeinander auf");
        assertThat(page.text()).doesNotContain("Ihr Typ", "Kein Typ ist besser", "vor dem Typ", "vom Typ");

        // the ÖFIT typology keeps its peer types
        assertThat(cli().run("report", Repository.persona("optimierer").toString(), "--lang", "de").out())
                .contains("Ihr Typ: ", "Kein Typ ist besser als ein anderer").doesNotContain("Ihre Stufe");
    }

    @Test
    void a_maturity_model_heads_its_shares_stages_in_text_and_html_and_explains_them_of_the_stage() {
        String gemeinde = Repository.root().resolve("questionnaires/ozg-reifegrad/src/test/resources/personas/stufe-1-gemeinde.yaml").toString();

        String text = cli().run("score", gemeinde, "--lang", "de").out();
        assertThat(text).contains("\nStufen\n------\n", "wie sich die Zuordnung auf die Stufen verteilt", "wie nah Ihre Antworten der Stufe kommen")
                .doesNotContain("\nTypen\n", "auf die Typen", "dem Typ kommen");
        String english = cli().run("score", gemeinde, "--lang", "en").out();
        assertThat(english).contains("\nStages\n------\n", "divides among the stages", "come to the stage,")
                .doesNotContain("\nTypes\n", "among the types", "to the type,");

        Document page = Jsoup.parse(cli().run("report", gemeinde, "--format", "html", "--lang", "de").out());
        assertThat(page.select("#tw-types-heading").text()).isEqualTo("Stufen");
        assertThat(page.select("#tw-types-caption").text()).isEqualTo("Anteile der Stufen in Zahlen");
        assertThat(page.select(".tw-types thead th").first().text()).isEqualTo("Stufe");
        assertThat(page.text()).contains("Anteile der Stufen", "auf die Stufen verteilt").doesNotContain("Anteile der Typen", "auf die Typen");
        Document englishPage = Jsoup.parse(cli().run("report", gemeinde, "--format", "html", "--lang", "en").out());
        assertThat(englishPage.select("#tw-types-heading").text()).isEqualTo("Stages");
        assertThat(englishPage.text()).contains("Shares of the stages", "among the stages").doesNotContain("of the types", "among the types");

        // the ÖFIT typology keeps its types
        assertThat(cli().run("score", Repository.persona("optimierer").toString(), "--lang", "de").out())
                .contains("\nTypen\n-----\n", "auf die Typen verteilt").doesNotContain("Stufen");
    }

    @Test
    void a_maturity_result_on_the_threshold_of_the_next_stage_is_headed_so_in_html_not_mixed_as_two_types() throws IOException {
        // the Großstadt at stage 4, but with three in four applications processed without re-typing: 7 of 9 criteria at
        // stage 4 and end-to-end processing at 3.67, so stage 4 is missed by a hair (4.2 points apart)
        Path grossstadt = Repository.root().resolve("questionnaires/ozg-reifegrad/src/test/resources/personas/stufe-4-grossstadt.yaml");
        Path threshold = temp.resolve("schwelle.yaml");
        Files.writeString(threshold, Files.readString(grossstadt, StandardCharsets.UTF_8).replace("q-medienbruch: 4", "q-medienbruch: 3"),
                StandardCharsets.UTF_8);
        assertThat(cli().run("score", threshold.toString(), "--lang", "de").out()).contains("An der Schwelle: „Stufe 3: Online-Antrag“");

        Document page = Jsoup.parse(cli().run("report", threshold.toString(), "--format", "html", "--lang", "de").out());
        assertThat(page.select("#tw-outcome-heading").text())
                .isEqualTo("An der Schwelle: „Stufe 3: Online-Antrag“ und „Stufe 4: Ende-zu-Ende digital“");
        assertThat(page.title()).contains("An der Schwelle: ").doesNotContain("Gemischt");
        assertThat(page.text()).doesNotContain("Gemischt");
        Document english = Jsoup.parse(cli().run("report", threshold.toString(), "--format", "html", "--lang", "en").out());
        assertThat(english.select("#tw-outcome-heading").text())
                .isEqualTo("On the threshold: “Stage 3: Online application” and “Stage 4: Digital end to end”");
        assertThat(english.text()).doesNotContain("Mixed");

        // mixed ÖFIT types stay mixed
        assertThat(Jsoup.parse(cli().run("report", Repository.persona("mixed-optimierer-serviceorientiert").toString(), "--format", "html",
                "--lang", "de").out()).select("#tw-outcome-heading").text()).startsWith("Gemischt: ");
    }

    @Test
    void a_result_file_becomes_one_html_page_whose_report_is_the_fragment_the_server_embeds() throws IOException {
        Path result = resultFile("optimierer");
        Path page = temp.resolve("out/report.html");
        Files.createDirectories(page.getParent());

        Cli.Result r = cli().run("report", result.toString(), "--format", "html", "--out", page.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"de\">");
        try (Typwerk engine = Typwerk.builder().build()) {
            Result scored = ((ScoreRun.Done) engine.score(Repository.persona("optimierer"))).result();
            Optional<de.typwerk.api.model.Questionnaire> questionnaire = engine.questionnaire("oefit-digitalisierungstypen")
                    .map(LoadedQuestionnaire::questionnaire);
            HtmlReport report = new HtmlReport();
            var strategy = engine.strategies().find(scored.strategy().id());
            assertThat(html).contains(report.fragment(scored, questionnaire, strategy, Locale.GERMAN));
            assertThat(html).isEqualTo(report.page(scored, questionnaire, strategy, Locale.GERMAN));
        }
        // how it was scored, in words: the strategy's own description, after its id and version
        assertThat(org.jsoup.Jsoup.parse(html).select(".tw-facts dd").eachText()).contains("Verfahren „prototype“, Version 1.0.0: "
                + "Die Antworten verorten die Kommune auf Dimensionen; jeder Typ hat dort einen Prototyp; aus den Abständen werden Anteile (Fuzzy-c-Means).");
        assertThat(Files.list(page.getParent())).as("no temporary file left").containsExactly(page);
    }

    @Test
    void an_answers_file_is_scored_and_gives_the_same_page_as_its_result_file_in_either_language() throws IOException {
        Path result = resultFile("mixed-optimierer-serviceorientiert");
        Path answers = Repository.persona("mixed-optimierer-serviceorientiert");

        for (String lang : new String[] {"de", "en"}) {
            Cli.Result fromResult = cli().run("report", result.toString(), "--format", "html", "--lang", lang);
            Cli.Result fromAnswers = cli().run("report", answers.toString(), "--format", "html", "--lang", lang);

            assertThat(fromResult.exitCode()).as(fromResult.toString()).isZero();
            assertThat(fromAnswers.exitCode()).as(fromAnswers.toString()).isZero();
            assertThat(fromAnswers.out()).isEqualTo(fromResult.out()).contains("<html lang=\"" + lang + "\">");
        }
    }

    @Test
    void the_english_pages_source_marks_the_german_title_of_the_study_and_the_name_of_its_authors_as_german_and_the_german_page_marks_nothing() {
        String persona = Repository.persona("optimierer").toString();
        Document english = Jsoup.parse(cli().run("report", persona, "--format", "html", "--lang", "en").out());
        Document german = Jsoup.parse(cli().run("report", persona, "--format", "html", "--lang", "de").out());

        // a screen reader reads the title and the Kompetenzzentrum's name with a German voice (an English one
        // mispronounced the name), the English sentence around them with an English one
        assertThat(english.select(".tw-source p [lang]").eachAttr("lang")).containsOnly("de");
        assertThat(english.select(".tw-source p [lang=de]").eachText())
                .containsExactly("Digitale Kommunen – Eine Typfrage?", "Kompetenzzentrum Öffentliche IT");
        assertThat(english.selectFirst(".tw-source p").text()).startsWith("Typology based on the study “Digitale Kommunen – Eine Typfrage?” (Digital");
        assertThat(german.select(".tw-source [lang]")).isEmpty();
    }

    @Test
    void as_text_a_result_file_reads_as_typwerk_score_prints_it() throws IOException {
        Path result = resultFile("optimierer");

        Cli.Result report = cli().run("report", result.toString(), "--lang", "en");
        Cli.Result score = cli().run("score", Repository.persona("optimierer").toString(), "--lang", "en");

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).isEqualTo(score.out()).contains("Your type: The Optimiser");
    }

    @Test
    void a_result_of_a_questionnaire_that_is_not_loaded_says_how_to_load_its_plugin() throws IOException {
        // a plugin author's result, reported without the --plugins it was scored with
        Path result = resultFile("optimierer");
        Path foreign = temp.resolve("verband-result.json");
        Files.writeString(foreign, Files.readString(result, StandardCharsets.UTF_8)
                .replaceFirst("\"oefit-digitalisierungstypen\"", "\"kreistypen\""), StandardCharsets.UTF_8);

        Cli.Result report = cli().run("report", foreign.toString(), "--lang", "en");

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.err()).isEqualTo("Note: kreistypen@1.0.0 is not loaded (or not in this version); the report leaves out"
                + " profile, motto and source. Plugins from a folder are loaded with --plugins DIR; typwerk plugins shows what"
                + " is loaded and what is not." + System.lineSeparator());
    }

    @Test
    void a_result_or_answers_piped_into_standard_input_as_a_dash_give_the_report_of_the_same_file() throws IOException {
        Path result = resultFile("optimierer");
        Path answers = Repository.persona("optimierer");

        for (String format : List.of("text", "html")) {
            Cli.Result fromFile = cli().run("report", result.toString(), "--format", format, "--lang", "en");
            Cli.Result pipedResult = cli().input(Files.readString(result)).run("report", "-", "--format", format, "--lang", "en");
            Cli.Result pipedAnswers = cli().input(Files.readString(answers)).run("report", "-", "--format", format, "--lang", "en");

            assertThat(pipedResult.exitCode()).as(pipedResult.toString()).isZero();
            assertThat(pipedResult.out()).isEqualTo(fromFile.out());
            assertThat(pipedAnswers.exitCode()).as(pipedAnswers.toString()).isZero();
            assertThat(pipedAnswers.out()).isEqualTo(fromFile.out());
        }
    }

    @Test
    void broken_json_on_standard_input_is_located_at_stdin() {
        Cli.Result r = cli().input("{\"outcome\": [\n").run("report", "-", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).startsWith("<stdin>:2:1: error: ");
    }

    @Test
    void a_result_file_saved_with_a_byte_order_mark_reads_as_without_one_whatever_its_name() throws IOException {
        Path result = resultFile("optimierer");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path json = temp.resolve("bom.json");
        Path txt = temp.resolve("bom.txt");
        for (Path file : List.of(json, txt)) {
            Files.write(file, bom);
            Files.write(file, Files.readAllBytes(result), java.nio.file.StandardOpenOption.APPEND);
        }

        Cli.Result plain = cli().run("report", result.toString());
        for (Path file : List.of(json, txt)) {
            Cli.Result r = cli().run("report", file.toString());

            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).isEqualTo(plain.out());
        }
    }

    @Test
    void the_same_result_gives_the_same_bytes_on_every_run() throws IOException {
        Path result = resultFile("bedaechtig");

        String first = cli().run("report", result.toString(), "--format", "html").out();
        String second = cli().locale(Locale.US).run("report", result.toString(), "--format", "html", "--lang", "de").out();

        assertThat(second).isEqualTo(first).isNotEmpty();
    }

    @Test
    void json_that_does_not_parse_gets_one_located_line_and_exit_1() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"questionnaire\": {\"id\": \"oefit-digitalisierungstypen\",\n  \"outcome\": \n}\n");

        Cli.Result r = cli().run("report", broken.toString(), "--format", "html", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines().toList()).as(r.toString()).singleElement().asString()
                .startsWith(broken + ":4:1: error: Not valid JSON: ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_results_line_cut_off_inside_a_text_is_said_to_be_cut_off_as_cohort_says_not_a_control_character() throws IOException {
        Path cut = temp.resolve("cut.json");
        String line = "{\"questionnaire\": {\"id\": \"oefit-digitalisierungstypen\", \"version\": \"1.0.0\"}, \"respondent\": {\"name\": \"Mün";
        Files.writeString(cut, line + "\n");

        Cli.Result report = cli().run("report", cut.toString(), "--lang", "en");
        Cli.Result cohort = cli().run("cohort", cut.toString(), "--lang", "en");

        String said = cut + ":1:" + (line.length() + 1) + ": error: Not valid JSON: the document ends inside a text, before its closing"
                + " double quote (cut off?)";
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(1);
        assertThat(report.out().lines().toList()).as(report.toString()).containsExactly(said);
        assertThat(cohort.err().lines().toList()).as(cohort.toString()).contains(said);
    }

    @Test
    void json_that_is_no_result_gets_one_located_line_naming_where_and_exit_1() throws IOException {
        Path wrong = temp.resolve("wrong.json");
        Files.writeString(wrong, "{\n  \"questionnaire\": {\"id\": \"x\", \"version\": 7},\n  \"outcome\": {\"kind\": \"best\"}\n}\n");

        Cli.Result r = cli().run("report", wrong.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines().toList()).as(r.toString()).singleElement().asString()
                .matches(java.util.regex.Pattern.quote(wrong.toString()) + ":\\d+:\\d+: error: Not a result as typwerk score --format json writes it \\(at /.*\\): .*");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_result_file_that_is_wrong_inside_or_nested_too_deep_is_named_in_words_without_the_engines_classes() throws IOException {
        Path noKind = temp.resolve("no-kind.json");
        Files.writeString(noKind, "{\"questionnaire\": {\"id\": \"x\"}, \"outcome\": 5}");
        Path deep = temp.resolve("deep.json");
        Files.writeString(deep, "{\"a\":".repeat(100) + "1" + "}".repeat(100));

        Cli.Result wrong = cli().run("report", noKind.toString(), "--lang", "en");
        Cli.Result nested = cli().run("report", deep.toString(), "--lang", "en");

        assertThat(wrong.out().strip()).isEqualTo(noKind + ":1:43: error: Not a result as typwerk score --format json writes it"
                + " (at /outcome): 'kind' is missing there or names no kind a result has.");
        assertThat(nested.out().strip()).isEqualTo(deep + ":1:321: error: Not valid JSON: nested deeper than allowed (65 levels, at most 64)");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(nested.exitCode()).isEqualTo(1);
    }

    @Test
    void refused_answers_get_their_located_lines_as_typwerk_score_gives_them() {
        Path answers = Repository.answers("unknown-option.yaml");

        Cli.Result report = cli().run("report", answers.toString(), "--format", "html", "--lang", "en");
        Cli.Result score = cli().run("score", answers.toString(), "--lang", "en");

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.out()).isEqualTo(score.out()).contains(":12:17: error: ");
    }

    @Test
    void an_input_over_the_engines_document_limit_is_refused_with_its_size_and_the_limit_without_being_read_whole() throws IOException {
        Path huge = temp.resolve("huge.json");
        Files.writeString(huge, "{\"outcome\":\"primary\"" + " ".repeat(5 * 1024 * 1024) + "}");

        Cli.Result r = cli().run("report", huge.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(huge + ": error: The file is too large at " + Files.size(huge)
                + " bytes; at most 4194304 bytes are allowed.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_result_file_saved_as_utf16_is_named_by_its_encoding_not_read_as_garbled_json() throws IOException {
        Path result = resultFile("optimierer");
        Path utf16 = temp.resolve("result-utf16.json");
        Files.write(utf16, ("\uFEFF" + Files.readString(result)).getBytes(StandardCharsets.UTF_16LE));

        Cli.Result r = cli().run("report", utf16.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(utf16 + ":1:1: error: The file is UTF-16 (it starts with the byte order mark FF FE), not UTF-8."
                + " Please save it as UTF-8.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_result_file_saved_as_utf16_without_a_byte_order_mark_is_named_by_its_encoding_not_a_control_character() throws IOException {
        Path utf16 = temp.resolve("result-utf16le.json");
        Files.write(utf16, Files.readString(resultFile("optimierer")).getBytes(StandardCharsets.UTF_16LE));

        Cli.Result r = cli().run("report", utf16.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(utf16 + ":1:1: error: The file is UTF-16LE (without a byte order mark, as the zero bytes at its"
                + " start show), not UTF-8. Please save it as UTF-8.\n");
    }

    @Test
    void a_result_file_missing_a_field_is_named_at_the_place_that_lacks_it_not_a_null_pointer_failure() throws IOException {
        Path result = resultFile("optimierer");
        String text = Files.readString(result);
        Path noTitle = temp.resolve("no-title.json");
        Files.writeString(noTitle, text.replaceFirst("\"title\" : \\{[^}]*\\},", ""));
        Path noStrategy = temp.resolve("no-strategy.json");
        Files.writeString(noStrategy, text.replaceFirst("\"strategy\" : \\{[^}]*\\},", ""));

        Cli.Result title = cli().run("report", noTitle.toString(), "--lang", "en");
        Cli.Result strategy = cli().run("report", noStrategy.toString(), "--lang", "en");

        assertThat(title.exitCode()).as(title.toString()).isEqualTo(1);
        assertThat(title.out()).startsWith(noTitle + ":2:21: error: Not a result as typwerk score --format json writes it (at /questionnaire): ")
                .contains("title").hasLineCount(1);
        assertThat(title.err()).isEmpty();
        assertThat(strategy.exitCode()).as(strategy.toString()).isEqualTo(1);
        assertThat(strategy.out()).startsWith(noStrategy + ":1:1: error: Not a result as typwerk score --format json writes it (at /): ")
                .contains("strategy").hasLineCount(1);
    }

    @Test
    void a_result_whose_outcome_names_a_type_it_does_not_hold_is_refused_where_it_names_it_not_reported_with_no_share() throws IOException {
        Path result = resultFile("optimierer");
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(result));
        assertThat(tree.at("/outcome/type").asText()).isEqualTo("optimierer");
        // edited by hand: the schema takes a result without its type scores
        tree.putArray("types");
        Path edited = temp.resolve("edited.json");
        Files.writeString(edited, tree.toPrettyString());
        String text = Files.readString(edited);
        int line = (int) text.substring(0, text.indexOf("\"type\" : \"optimierer\"")).lines().count();

        Cli.Result r = cli().run("report", edited.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().strip()).startsWith(edited + ":" + line + ":")
                .endsWith(": error: Not a result as typwerk score --format json writes it (at /outcome/type): "
                        + "it names the type \u201coptimierer\u201d, which it does not hold under /types.");
        assertThat(r.out()).doesNotContain("Your type");
        assertThat(cli().run("report", edited.toString()).out()).contains("den es unter /types nicht f\u00fchrt");
    }

    @Test
    void a_result_whose_texts_hold_an_escape_sequence_or_a_right_to_left_override_is_refused_where_it_stands_not_printed() throws IOException {
        // the report printed the respondent's name as the file had it, and the terminal obeyed its
        // escape sequence (the window's title, colours); an override turned the report's words around
        Path result = resultFile("optimierer");
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(result));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("respondent")).put("name", "Kreis\u001b]0;pwned\u0007\u001b[31m");
        Path escape = temp.resolve("escape.json");
        Files.writeString(escape, tree.toPrettyString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("respondent")).put("name", "Landkreis Musterkreis");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/types/0/name")).put("de", "Der Optimierer \u202e");
        Path override = temp.resolve("override.json");
        Files.writeString(override, tree.toPrettyString());
        int nameLine = (int) Files.readString(escape).substring(0, Files.readString(escape).indexOf("\"name\" : \"Kreis")).lines().count();
        int typeLine = (int) Files.readString(override).substring(0, Files.readString(override).indexOf("\"de\" : \"Der Optimierer \u202e")).lines().count();

        Cli.Result en = cli().run("report", escape.toString(), "--lang", "en");
        Cli.Result de = cli().run("report", override.toString(), "--format", "html");

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(escape + ":" + nameLine + ":14: error: Not a result as typwerk score --format json writes it"
                + " (at /respondent/name): the text there holds a control character (U+001B) at position 6, which a terminal would"
                + " obey; no result Typwerk writes holds one.\n");
        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        assertThat(de.out()).isEqualTo(override + ":" + typeLine + ":14: error: Kein Ergebnis, wie typwerk score --format json es"
                + " schreibt (bei /types/0/name/de): der Text dort enth\u00e4lt an Stelle 16 ein Steuerzeichen der Schreibrichtung"
                + " (U+202E RIGHT-TO-LEFT OVERRIDE), das den Text danach umdreht; ein Ergebnis, wie Typwerk es schreibt, enth\u00e4lt keines.\n");
    }

    @Test
    void an_empty_strategy_for_an_answers_file_is_a_usage_error_naming_the_option() {
        Cli.Result r = cli().run("report", Repository.persona("optimierer").toString(), "--strategy", "");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: --strategy ist leer;");
    }

    @Test
    void an_output_that_is_the_input_or_a_missing_input_is_a_wrong_command_line() throws IOException {
        Path result = resultFile("optimierer");

        Cli.Result same = cli().run("report", result.toString(), "--format", "html", "--out", result.toString());
        Cli.Result missing = cli().run("report", temp.resolve("nope.json").toString());
        Cli.Result strategy = cli().run("report", result.toString(), "--strategy", "points");

        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("dieselbe Datei");
        assertThat(Files.readString(result)).startsWith("{");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(strategy.exitCode()).isEqualTo(2);
        assertThat(strategy.err()).contains("--strategy");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void the_launched_process_writes_the_same_page_under_a_foreign_locale_and_encoding() throws Exception {
        Path result = resultFile("community-manager");
        Path page = temp.resolve("report.html");
        String expected = cli().run("report", result.toString(), "--format", "html", "--lang", "en").out();

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + temp.resolve("home"), "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "report", result.toString(), "--format", "html", "--lang", "en", "--out", page.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("log").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(temp.resolve("log"))).isZero();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** {@code typwerk generate} answers for {@code count} municipalities, and {@code typwerk batch} of them with {@code detail}. */
    private Path[] batch(int count, String detail) throws IOException {
        Path answers = temp.resolve("answers.jsonl");
        Path results = temp.resolve("results-" + detail + ".jsonl");
        Cli.Result generated = cli().run("generate", "oefit-digitalisierungstypen", "--count", String.valueOf(count), "--seed", "7",
                "--out", answers.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        Cli.Result scored = cli().run("batch", answers.toString(), "--detail", detail, "--out", results.toString());
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        return new Path[] {answers, results};
    }

    @Test
    void one_row_of_a_batchs_full_output_or_of_its_input_gives_the_report_of_that_municipality() throws IOException {
        Path[] files = batch(6, "full");
        // what that municipality's own answers file gives
        Path alone = temp.resolve("row4.json");
        Files.writeString(alone, Files.readAllLines(files[0]).get(3) + "\n", StandardCharsets.UTF_8);
        Cli.Result expected = cli().run("report", alone.toString(), "--format", "html", "--lang", "en");
        assertThat(expected.exitCode()).as(expected.toString()).isZero();

        Cli.Result fromOutput = cli().run("report", files[1].toString(), "--row", "4", "--format", "html", "--lang", "en");
        Cli.Result fromInput = cli().run("report", files[0].toString(), "--row", "4", "--format", "html", "--lang", "en");
        // a batch's output filtered down (grep, head) is still picked by its row number, not its line
        Path filtered = temp.resolve("filtered.jsonl");
        Files.write(filtered, Files.readAllLines(files[1]).subList(2, 5), StandardCharsets.UTF_8);
        Cli.Result fromFiltered = cli().run("report", filtered.toString(), "--row", "4", "--format", "html", "--lang", "en");

        assertThat(fromOutput.exitCode()).as(fromOutput.toString()).isZero();
        assertThat(fromOutput.out()).isEqualTo(expected.out()).contains("<html lang=\"en\">");
        assertThat(fromInput.out()).isEqualTo(expected.out());
        assertThat(fromFiltered.out()).isEqualTo(expected.out());
    }

    @Test
    void a_batch_output_whose_keys_a_tool_sorted_or_moved_is_still_picked_by_its_row_field() throws IOException {
        Path[] files = batch(4, "full");
        Cli.Result expected = cli().run("report", files[1].toString(), "--row", "3", "--format", "html", "--lang", "en");
        assertThat(expected.exitCode()).as(expected.toString()).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> sorted = new java.util.ArrayList<>();
        List<String> rowLast = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(files[1], StandardCharsets.UTF_8)) {
            com.fasterxml.jackson.databind.node.ObjectNode row = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
            // as jq -S writes it: the keys in order, "row" among them
            com.fasterxml.jackson.databind.node.ObjectNode byKey = json.createObjectNode();
            java.util.TreeSet<String> keys = new java.util.TreeSet<>();
            row.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> byKey.set(k, row.get(k)));
            sorted.add(json.writeValueAsString(byKey));
            com.fasterxml.jackson.databind.node.ObjectNode last = row.deepCopy();
            last.set("row", last.remove("row"));
            rowLast.add(json.writeValueAsString(last));
        }
        Path bySortedKeys = temp.resolve("sorted.jsonl");
        Files.write(bySortedKeys, sorted.subList(1, 4), StandardCharsets.UTF_8);
        Path byRowLast = temp.resolve("row-last.jsonl");
        Files.write(byRowLast, rowLast, StandardCharsets.UTF_8);

        Cli.Result fromSorted = cli().run("report", bySortedKeys.toString(), "--row", "3", "--format", "html", "--lang", "en");
        Cli.Result fromRowLast = cli().run("report", byRowLast.toString(), "--row", "3", "--format", "html", "--lang", "en");
        Cli.Result missing = cli().run("report", bySortedKeys.toString(), "--row", "1", "--lang", "en");

        assertThat(fromSorted.exitCode()).as(fromSorted.toString()).isZero();
        assertThat(fromSorted.out()).isEqualTo(expected.out());
        assertThat(fromRowLast.exitCode()).as(fromRowLast.toString()).isZero();
        assertThat(fromRowLast.out()).isEqualTo(expected.out());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("typwerk: \u201c" + bySortedKeys + "\u201d has no row 1; 3 rows were read.");
    }

    @Test
    void a_batch_input_whose_first_row_is_cut_short_is_still_json_lines_its_rows_picked_and_the_cut_one_located() throws IOException {
        Path[] files = batch(3, "compact");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(files[0], StandardCharsets.UTF_8));
        Path alone = temp.resolve("row2.json");
        Files.writeString(alone, lines.get(1) + "\n", StandardCharsets.UTF_8);
        Cli.Result expected = cli().run("report", alone.toString(), "--lang", "en");
        lines.set(0, lines.get(0).substring(0, lines.get(0).length() / 2));
        Path cut = temp.resolve("cut.jsonl");
        Files.write(cut, lines, StandardCharsets.UTF_8);

        Cli.Result second = cli().run("report", cut.toString(), "--row", "2", "--lang", "en");
        Cli.Result broken = cli().run("report", cut.toString(), "--row", "1", "--lang", "en");

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).isEqualTo(expected.out());
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.out()).startsWith(cut + ":1:").contains("error:").doesNotContain("single document");
        assertThat(broken.out().lines()).hasSize(1);
    }

    @Test
    void a_batch_file_without_row_a_compact_row_an_error_row_or_a_row_not_there_each_get_one_line_saying_what_to_do()
            throws IOException {
        Path[] compact = batch(5, "compact");
        Path answers = compact[0];
        // row 2 with an AGS of three digits: the batch writes an error record for it
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(answers));
        lines.set(1, lines.get(1).replaceFirst("\"ags\":\"\\d{8}\"", "\"ags\":\"123\""));
        Path withError = temp.resolve("with-error.jsonl");
        Files.write(withError, lines, StandardCharsets.UTF_8);
        Path full = temp.resolve("with-error-results.jsonl");
        assertThat(cli().run("batch", withError.toString(), "--detail", "full", "--out", full.toString(), "--lang", "en").exitCode()).as("an error record makes the batch exit 1").isEqualTo(1);

        Cli.Result whole = cli().run("report", full.toString(), "--lang", "en");
        Cli.Result compactRow = cli().run("report", compact[1].toString(), "--row", "3", "--lang", "en");
        Cli.Result errorRow = cli().run("report", full.toString(), "--row", "2", "--lang", "en");
        Cli.Result errorInput = cli().run("report", withError.toString(), "--row", "2", "--lang", "en");
        Cli.Result beyond = cli().run("report", full.toString(), "--row", "9", "--lang", "en");
        Cli.Result single = cli().run("report", Repository.persona("optimierer").toString(), "--row", "1", "--lang", "en");

        assertThat(whole.exitCode()).isEqualTo(1);
        assertThat(whole.out()).isEqualTo(full + ":2:1: error: The file holds several JSON documents, one per line (JSON Lines, "
                + "as typwerk batch reads and writes them); a report is of one of them: choose its row with --row N.\n");
        assertThat(compactRow.exitCode()).isEqualTo(1);
        assertThat(compactRow.out()).startsWith(compact[1] + ":3:1: error: Row 3 is a compact result row")
                .contains("--detail full", "typwerk report ANSWERS.jsonl --row 3");
        assertThat(errorRow.exitCode()).isEqualTo(1);
        assertThat(errorRow.out()).startsWith(full + ":2:1: error: Row 2 is an error record of the batch, not a result: "
                + "The AGS (official municipality key) is exactly 8 digits");
        // the answers row's finding stands at its line and column in the file, as typwerk batch names the line
        assertThat(errorInput.exitCode()).isEqualTo(1);
        assertThat(errorInput.out()).matches("(?s)" + java.util.regex.Pattern.quote(withError.toString())
                + ":2:\\d+: error: The AGS \\(official municipality key\\) is exactly 8 digits.*");
        int column = Integer.parseInt(errorInput.out().split(":")[2]);
        assertThat(lines.get(1).substring(column - 1)).startsWith("\"ags\":\"123\"");
        assertThat(beyond.exitCode()).isEqualTo(2);
        assertThat(beyond.err()).startsWith("typwerk: \u201c" + full + "\u201d has no row 9; 5 rows were read.");
        assertThat(single.exitCode()).isEqualTo(2);
        assertThat(single.err()).contains("is a single document, not a JSON Lines file", "leave out --row");
        for (Cli.Result r : List.of(whole, compactRow, errorRow, errorInput, beyond, single)) {
            assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
        }
    }
}
