package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code typwerk score} on answers files that are wrong in one way each: exactly one compiler-style
 * line naming the question and what was expected, exit 1, nothing else printed. And the ways the
 * strategy can be wrong: one the questionnaire has no parameters for (a wrong command line, exit
 * 2), one that throws or runs too long (reported by id, exit 1, no stack trace).
 */
class ScoreCommandTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-questionnaire.yaml | 2  | 1  | Unknown questionnaire 'oefit-digitalisierungstyp' (did you mean 'oefit-digitalisierungstypen'?)
            incompatible-version.yaml  | 3  | 1  | version 2.0.0, but oefit-digitalisierungstypen is loaded only in version 1.0.0
            unknown-question.yaml      | 10 | 3  | has no question 'fokuss' (did you mean 'fokus'?)
            unknown-option.yaml        | 12 | 17 | Question 'finanzierung': there is no option 'haushalt'; expected one of the option ids haushalt-nutzen,
            wrong-kind.yaml            | 10 | 10 | Question 'fokus': expected a whole number from 1 to 5, not "sehr".
            out-of-range.yaml          | 24 | 19 | Question 'rollenklarheit': expected a whole number from 1 to 5, not 7.
            not-asked.yaml             | 23 | 3  | Question 'cdo-aufgaben' is not asked with these answers (only when one of cdo, cio, beide is chosen for 'cdo-cio')
            missing-required.yaml      | 4  | 1  | Question 'ozg-umsetzung' must be answered: expected one of the option ids prozesse, nebenbei, nachnutzen, nutzerzentriert, weiss-nicht, kaum-begonnen.
            duplicate-answer.yaml      | 36 | 3  | The question 'fokus' is answered twice (first on line 10).
            empty.yaml                 | 1  | 1  | The answers file is empty; expected the keys questionnaire, version and answers
            truncated.yaml             | 9  | 39 | The answers file ends in the middle of the document (cut off?): the YAML is incomplete here.
            truncated.json             | 2  | 1  | The answers file ends in the middle of the document (cut off?): the JSON is incomplete here.
            """)
    void a_bad_answers_file_gives_exactly_one_located_line_and_exit_1(String file, int line, int column, String message) {
        Path answers = Repository.answers(file);

        Cli.Result r = cli().run("score", answers.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines().toList()).as(r.toString()).singleElement()
                .isEqualTo(answers + ":" + line + ":" + column + ": error: " + r.out().strip().split(": error: ", 2)[1])
                .asString().contains(message);
        // an unknown questionnaire may be one of a plugins folder not given: the one hint, on standard error
        String hint = file.startsWith("unknown-questionnaire")
                ? "Plugins from a folder are loaded with --plugins DIR; typwerk plugins shows what is loaded and what is not."
                : "";
        assertThat(r.err().strip()).isEqualTo(hint);
    }

    @Test
    void the_baseline_of_the_bad_files_is_good() {
        Cli.Result r = cli().run("score", Repository.answers("good.yaml").toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void problems_are_in_german_by_default() {
        Cli.Result r = cli().run("score", Repository.answers("wrong-kind.yaml").toString());

        assertThat(r.out()).isEqualTo(Repository.answers("wrong-kind.yaml")
                + ":10:10: error: Frage „fokus“: erwartet eine ganze Zahl von 1 bis 5, nicht \"sehr\".\n");
    }

    @Test
    void as_json_problems_are_an_array_for_tools() {
        Cli.Result r = cli().run("score", Repository.answers("out-of-range.yaml").toString(), "--format", "json");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("\"code\" : \"out-of-range\"", "\"line\" : 24");
    }

    @Test
    void a_strategy_the_questionnaire_has_no_parameters_for_is_a_usage_error_naming_the_possible_ones() {
        Cli.Result r = cli().run("score", Repository.persona("optimierer").toString(), "--strategy", "levels", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: The questionnaire oefit-digitalisierungstypen@1.0.0 has no parameters for the strategy 'levels'; it provides for: prototype, points."
                // what a strategy's author does to score a questionnaire of Typwerk's with it
                + " To score it with 'levels', its definition must give that strategy parameters under scoring.alternatives.levels;"
                + " to a questionnaire you do not maintain, a variant adds them in its overlay (docs/definition-format.md, \"Variants\").");
    }

    @Test
    void a_strategy_that_is_not_loaded_is_a_usage_error_naming_the_loaded_ones_before_the_answers_are_read() {
        for (String answers : List.of(Repository.persona("optimierer").toString(), Repository.answers("out-of-range.yaml").toString())) {
            Cli.Result r = cli().run("score", answers, "--strategy", "point", "--lang", "en");

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("typwerk: No strategy \u201cpoint\u201d is loaded. Loaded: levels, points, prototype."
                    + " Did you mean: points?");
        }
        // German alike; a name close to none of the loaded ones is told none
        assertThat(cli().run("score", Repository.persona("optimierer").toString(), "--strategy", "punkte").err())
                .startsWith("typwerk: Eine Strategie \u201epunkte\u201c ist nicht geladen. Geladen: levels, points, prototype. Plugins aus einem Ordner")
                .doesNotContain("Gemeint");
        assertThat(cli().run("score", Repository.persona("optimierer").toString(), "--strategy", "prototyp").err())
                .startsWith("typwerk: Eine Strategie \u201eprototyp\u201c ist nicht geladen. Geladen: levels, points, prototype. Gemeint: prototype?");
    }

    @Test
    void a_strategy_a_loaded_questionnaire_offers_but_no_jar_provides_is_said_to_miss_its_plugins_jar() throws java.io.IOException {
        // a variant's plugin folder: the definition offers zaehler as an alternative, the strategy's jar is not there
        Path staging = temp.resolve("staging");
        Path plugins = temp.resolve("p2");
        PluginJar.offeringZaehler(staging, plugins);
        Path answers = java.nio.file.Files.writeString(temp.resolve("a.yaml"), "questionnaire: kreis\nanswers:\n  q: o\n");

        Cli.Result english = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--strategy", "zaehler", "--lang", "en");
        Cli.Result german = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--strategy", "zaehler");

        assertThat(english.exitCode()).as(english.toString()).isEqualTo(2);
        assertThat(english.err()).startsWith("typwerk: No strategy \u201czaehler\u201d is loaded. Loaded: levels, points, prototype."
                + " It is offered by kreis@1.0.0, so the jar of the plugin that provides it is missing from the plugin folders.");
        assertThat(german.err()).startsWith("typwerk: Eine Strategie \u201ezaehler\u201c ist nicht geladen. Geladen: levels, points, prototype."
                + " Angeboten wird sie von kreis@1.0.0: Das Jar des Plugins, das sie liefert, fehlt in den Plugin-Ordnern.");
        // a strategy no loaded questionnaire offers is told nothing of the kind
        assertThat(cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--strategy", "median", "--lang", "en").err())
                .doesNotContain("offered");
    }

    @Test
    void a_plugin_whose_strategy_no_jar_provides_is_refused_saying_where_the_strategys_jar_goes() throws java.io.IOException {
        // an author's plugins folder with the questionnaire's jar and without the jar of the strategy it is scored by
        Path plugins = temp.resolve("only-questionnaire");
        PluginJar.scoredByZaehler(temp.resolve("staging"), plugins);
        Path answers = java.nio.file.Files.writeString(temp.resolve("a.yaml"), "questionnaire: kreis\nversion: 1.0.0\nanswers:\n  q: o\n");

        Cli.Result english = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result german = cli().run("score", answers.toString(), "--plugins", plugins.toString());
        Cli.Result take = cli().run("take", "kreis", "--plugins", plugins.toString(), "--lang", "en");

        assertThat(english.exitCode()).as(english.toString()).isEqualTo(1);
        assertThat(english.out()).contains("Unknown scoring strategy 'zaehler'; known: levels, points, prototype."
                + " No loaded plugin provides it: put the jar of the plugin that provides it into " + plugins
                + ", beside kreis-1.0.0.jar, which names it.");
        assertThat(german.out()).contains("Unbekannte Bewertungsstrategie \u201ezaehler\u201c; bekannt: levels, points, prototype."
                + " Kein geladenes Plugin stellt sie bereit: Legen Sie das Jar des Plugins, das sie bereitstellt, nach " + plugins
                + " neben kreis-1.0.0.jar, das sie nennt.");
        // take, which names no answers file, says it as well, in its one line
        assertThat(take.exitCode()).as(take.toString()).isEqualTo(2);
        assertThat(take.err()).contains("put the jar of the plugin that provides it into " + plugins + ", beside kreis-1.0.0.jar");
        // typwerk validate of the folder keeps saying it in its own words
        assertThat(cli().run("validate", plugins.toString(), "--lang", "en").out())
                .contains("No jar in " + plugins + " provides it, nor does a loaded plugin").doesNotContain("No loaded plugin provides it");
    }

    @Test
    void a_variant_whose_base_no_jar_provides_is_refused_saying_where_the_bases_jar_goes() throws java.io.IOException {
        // an author's plugins folder with the variant's jar and without the jar of the questionnaire it extends
        Path staging = temp.resolve("staging-variant");
        java.nio.file.Files.createDirectories(staging.resolve("META-INF/typwerk"));
        java.nio.file.Files.createDirectories(staging.resolve("questionnaires"));
        java.nio.file.Files.writeString(staging.resolve("META-INF/typwerk/plugin.yaml"), """
                id: test-kreis-kurz
                version: 1.0.0
                api: "[1.0,2.0)"
                name: Kreis kurz (test fixture)
                vendor: Typwerk tests
                questionnaires:
                  - questionnaires/kreis-kurz.yaml
                """);
        java.nio.file.Files.writeString(staging.resolve("questionnaires/kreis-kurz.yaml"), """
                id: kreis-kurz
                version: 1.0.0
                extends: kreis@[1.0,2.0)
                locales: [de, en]
                title: {de: Kreis kurz, en: District short}
                """);
        Path plugins = temp.resolve("only-variant");
        PluginJar.of(staging, plugins.resolve("kreis-kurz-1.0.0.jar"));
        Path answers = java.nio.file.Files.writeString(temp.resolve("a.yaml"), "questionnaire: kreis-kurz\nversion: 1.0.0\nanswers:\n  q: o\n");

        Cli.Result english = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result german = cli().run("score", answers.toString(), "--plugins", plugins.toString());

        assertThat(english.exitCode()).as(english.toString()).isEqualTo(1);
        assertThat(english.out()).contains("'kreis-kurz' extends 'kreis', but no questionnaire 'kreis' is loaded; loaded:"
                + " oefit-digitalisierungstypen, oefit-kreise, ozg-reifegrad. No loaded plugin provides it: put the jar of the plugin"
                + " that provides it into " + plugins + ", beside kreis-kurz-1.0.0.jar, which extends it.");
        assertThat(german.out()).contains("Kein geladenes Plugin stellt ihn bereit: Legen Sie das Jar des Plugins, das ihn bereitstellt, nach "
                + plugins + " neben kreis-kurz-1.0.0.jar, das ihn erweitert.");
        // the base's jar beside it, refused: that plugin and why, not where a jar goes that is there
        PluginJar.scoredByZaehler(temp.resolve("staging"), plugins);
        assertThat(cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en").out())
                .contains("'kreis-kurz' extends 'kreis', but no questionnaire 'kreis' is loaded; loaded: oefit-digitalisierungstypen,"
                        + " oefit-kreise, ozg-reifegrad. It would have come from a plugin that is not loaded: test-kreis (")
                .doesNotContain("which extends it");
    }

    @Test
    void a_variant_whose_overlay_names_a_strategy_no_jar_provides_is_refused_saying_where_the_strategys_jar_goes()
            throws java.io.IOException {
        // a Land's variant of ÖFIT scored by a strategy of its own, in a plugins folder without the strategy's jar
        Path staging = temp.resolve("staging-overlay");
        java.nio.file.Files.createDirectories(staging.resolve("META-INF/typwerk"));
        java.nio.file.Files.createDirectories(staging.resolve("questionnaires"));
        java.nio.file.Files.writeString(staging.resolve("META-INF/typwerk/plugin.yaml"), """
                id: test-oefit-land
                version: 1.0.0
                api: "[1.0,2.0)"
                name: ÖFIT Land (test fixture)
                vendor: Typwerk tests
                questionnaires:
                  - questionnaires/oefit-land.yaml
                """);
        java.nio.file.Files.writeString(staging.resolve("questionnaires/oefit-land.yaml"), """
                id: oefit-land
                version: 1.0.0
                extends: oefit-digitalisierungstypen@[1.0,2.0)
                locales: [de, en]
                title: {de: ÖFIT Land, en: ÖFIT Land}
                overlay:
                  scoring:
                    strategy: zaehler
                """);
        Path plugins = temp.resolve("only-overlay");
        PluginJar.of(staging, plugins.resolve("oefit-land-1.0.0.jar"));
        Path answers = java.nio.file.Files.writeString(temp.resolve("a.yaml"), "questionnaire: oefit-land\nversion: 1.0.0\nanswers:\n  art: stadt\n");

        Cli.Result english = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result german = cli().run("score", answers.toString(), "--plugins", plugins.toString());

        assertThat(english.exitCode()).as(english.toString()).isEqualTo(1);
        assertThat(english.out()).contains("Unknown scoring strategy 'zaehler'; known: levels, points, prototype."
                + " No loaded plugin provides it: put the jar of the plugin that provides it into " + plugins
                + ", beside oefit-land-1.0.0.jar, which names it.");
        assertThat(german.out()).contains("Kein geladenes Plugin stellt sie bereit: Legen Sie das Jar des Plugins, das sie bereitstellt, nach "
                + plugins + " neben oefit-land-1.0.0.jar, das sie nennt.");
        // typwerk plugins gives it as the reason the variant's plugin was refused
        assertThat(cli().run("plugins", "--plugins", plugins.toString(), "--lang", "en").out())
                .contains("beside oefit-land-1.0.0.jar, which names it.");
    }

    @Test
    void an_empty_strategy_is_a_usage_error_naming_the_option_not_the_questionnaires_own_strategy() {
        String persona = Repository.persona("optimierer").toString();

        Cli.Result empty = cli().run("score", persona, "--strategy", "", "--lang", "en");
        Cli.Result equals = cli().run("score", persona, "--strategy=");
        Cli.Result blank = cli().run("score", persona, "--strategy", " ", "--lang", "en");

        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).startsWith("typwerk: --strategy is empty; please name a strategy (loaded: levels, points, prototype)"
                + " or leave the option out for the questionnaire’s own.\nHelp: typwerk score --help");
        assertThat(equals.exitCode()).isEqualTo(2);
        assertThat(equals.err()).startsWith("typwerk: --strategy ist leer;");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).startsWith("typwerk: --strategy is empty;");
    }

    @Test
    void a_json_answers_file_saved_as_utf16_is_refused_naming_its_encoding_as_a_yaml_one_is() throws IOException {
        Path json = temp.resolve("antworten.json");
        Cli.Result template = cli().run("template", "oefit-digitalisierungstypen", "--format", "json", "--out", json.toString());
        assertThat(template.exitCode()).as(template.toString()).isZero();
        Path utf16 = temp.resolve("antworten-utf16.json");
        Files.write(utf16, ("\uFEFF" + Files.readString(json)).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        Cli.Result r = cli().run("score", utf16.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(utf16 + ":1:1: error: The answers file is UTF-16 (it starts with the byte order mark FF FE), not UTF-8."
                + " Please save it as UTF-8.\n");
    }

    @Test
    void answers_piped_into_standard_input_as_a_dash_score_as_the_same_file_does() throws IOException {
        Path persona = Repository.persona("optimierer");
        String yaml = Files.readString(persona);

        for (String format : List.of("text", "json")) {
            Cli.Result file = cli().run("score", persona.toString(), "--format", format, "--lang", "en");
            Cli.Result piped = cli().input(yaml).run("score", "-", "--format", format, "--lang", "en");

            assertThat(piped.exitCode()).as(piped.toString()).isZero();
            assertThat(piped.out()).isEqualTo(file.out());
            assertThat(piped.err()).isEqualTo(file.err());
        }
    }

    @Test
    void at_a_terminal_score_dash_first_says_that_it_reads_what_is_typed_and_how_to_end_it() throws IOException {
        Path persona = Repository.persona("optimierer");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal typing = new Terminal(new ByteArrayInputStream(Files.readAllBytes(persona)), true, Optional.empty());

        int code = new Main(new Environment(Map.of(), temp.resolve("home"), Locale.GERMANY), typing)
                .run(new String[] {"score", "-", "--lang", "en"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEqualTo("typwerk: Reading what you type or paste from standard input; end it with Ctrl-D "
                + "(on Windows Ctrl-Z, then Enter).\n");
        assertThat(out.toString()).isEqualTo(cli().run("score", persona.toString(), "--lang", "en").out());
    }

    @Test
    void bad_answers_on_standard_input_are_located_at_stdin_and_read_as_what_their_content_is() throws IOException {
        String json = Files.readString(Repository.answers("truncated.json"));

        Cli.Result truncated = cli().input(json).run("score", "-", "--lang", "en");
        Cli.Result empty = cli().input("").run("score", "-", "--lang", "en");
        Cli.Result tooLarge = cli().input("#".repeat(4 * 1024 * 1024 + 1)).run("score", "-", "--lang", "en");

        assertThat(truncated.exitCode()).as(truncated.toString()).isEqualTo(1);
        // the JSON reader's message: the content, not a file ending, told the format
        assertThat(truncated.out()).isEqualTo("<stdin>:2:1: error: The answers file ends in the middle of the document (cut off?): "
                + "the JSON is incomplete here.\n");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.out()).startsWith("<stdin>:1:1: error: The answers file is empty;");
        assertThat(tooLarge.exitCode()).isEqualTo(1);
        assertThat(tooLarge.out()).isEqualTo("<stdin>: error: The answers are larger than the 4194304 bytes allowed (read up to there).\n");
    }

    @Test
    void out_writes_the_report_or_the_result_to_a_file_that_report_reads_and_nothing_to_standard_output() throws IOException {
        Path persona = Repository.persona("optimierer");

        for (String format : List.of("text", "json")) {
            Path file = temp.resolve("result." + format);
            Cli.Result plain = cli().run("score", persona.toString(), "--format", format, "--lang", "en");

            Cli.Result r = cli().run("score", persona.toString(), "--format", format, "--lang", "en", "--out", file.toString());

            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo(plain.err());
            assertThat(file).hasContent(plain.out());
        }
        Cli.Result report = cli().run("report", temp.resolve("result.json").toString(), "--lang", "en");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).isEqualTo(cli().run("score", persona.toString(), "--lang", "en").out());
        // the written file is refused as every command refuses one, and replaced with --force
        Cli.Result again = cli().run("score", persona.toString(), "--out", temp.resolve("result.text").toString());
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(2);
        assertThat(again.err()).startsWith("typwerk: \u201e" + temp.resolve("result.text") + "\u201c gibt es schon und wird nicht überschrieben");
        assertThat(temp.resolve("result.text")).hasContent(cli().run("score", persona.toString(), "--lang", "en").out());
        Cli.Result german = cli().run("score", persona.toString(), "--out", temp.resolve("result.text").toString(), "--force");
        assertThat(german.exitCode()).as(german.toString()).isZero();
        assertThat(temp.resolve("result.text")).hasContent(cli().run("score", persona.toString()).out());
    }

    @Test
    void out_with_refused_answers_writes_no_file_and_gives_the_lines_on_standard_output_as_without_it() {
        Path answers = Repository.answers("unknown-option.yaml");
        Path file = temp.resolve("result.json");

        Cli.Result plain = cli().run("score", answers.toString(), "--lang", "en");
        Cli.Result r = cli().run("score", answers.toString(), "--lang", "en", "--out", file.toString());
        Cli.Result piped = cli().input("questionnaire: nix\n").run("score", "-", "--lang", "en", "--out", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(plain.out()).contains(":12:17: error: ");
        assertThat(piped.exitCode()).as(piped.toString()).isEqualTo(1);
        assertThat(piped.out()).startsWith("<stdin>:");
        assertThat(file).doesNotExist();
        assertThat(temp).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));
    }

    @Test
    void out_naming_the_answers_is_a_usage_error_before_anything_is_scored_and_one_in_a_missing_folder_makes_it() throws IOException {
        Path answers = temp.resolve("answers.yaml");
        Files.copy(Repository.persona("optimierer"), answers);
        String before = Files.readString(answers);

        Cli.Result same = cli().run("score", answers.toString(), "--out", answers.toString(), "--force", "--lang", "en");
        Cli.Result noFolder = cli().run("score", answers.toString(), "--out", temp.resolve("fehlt/result.json").toString(), "--lang", "en");

        assertThat(same.exitCode()).as(same.toString()).isEqualTo(2);
        assertThat(same.out()).isEmpty();
        assertThat(same.err()).startsWith("typwerk: The output \u201c" + answers + "\u201d is the same file as the input \u201c" + answers
                + "\u201d and would replace it; choose another file with --out.");
        assertThat(answers).hasContent(before);
        // a missing folder is made, as every command that writes a file makes it (docs/operators.md)
        assertThat(noFolder.exitCode()).as(noFolder.toString()).isZero();
        assertThat(noFolder.out()).isEmpty();
        assertThat(temp.resolve("fehlt/result.json")).content().contains("oefit-digitalisierungstypen 1.0.0");
    }

    @Test
    void a_file_that_does_not_exist_is_a_usage_error() {
        Cli.Result r = cli().run("score", temp.resolve("fehlt.yaml").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("fehlt.yaml");
    }

    private Path brokenStrategies() throws IOException {
        return PluginFolder.brokenStrategies(temp);
    }

    @Test
    void a_strategy_that_throws_is_reported_by_its_id_and_its_plugin_with_exit_1_and_no_stack_trace() throws IOException {
        Path plugins = brokenStrategies();
        Path answers = Repository.answers("kaputt/a.yaml");
        Path jar = plugins.resolve("broken-strategies.jar");

        Cli.Result r = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result german = cli().run("score", answers.toString(), "--plugins", plugins.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(answers + ": error: The scoring strategy 'boom' of the plugin 'test-broken-strategies' ("
                + jar + ") failed (kaputt). The answers are not at fault: score them with another strategy the questionnaire"
                + " provides for (picky, sleepy, spinning), or ask the plugin’s maker to fix it.\n");
        // for the plugin's maker: where the exception came from, with --debug
        assertThat(r.err()).isEqualTo("(Add --debug to see the stack trace of what the strategy threw.)\n");
        assertThat(german.err()).isEqualTo("(Mit --debug erscheint der Stack-Trace dessen, was die Strategie warf.)\n");
        assertThat(german.out()).contains(": Die Bewertungsstrategie „boom“ aus dem Plugin „test-broken-strategies“ ("
                + jar + ") ist mit einem Fehler abgebrochen (kaputt). An den Antworten liegt es nicht: Bewerten Sie sie mit"
                + " einer anderen Strategie, die der Fragebogen vorsieht (picky, sleepy, spinning), oder bitten Sie den"
                + " Hersteller des Plugins, den Fehler zu beheben.\n").hasLineCount(1);
    }

    @Test
    void with_debug_a_strategy_that_throws_shows_its_stack_trace_on_standard_error_and_the_same_finding() throws IOException {
        Path plugins = brokenStrategies();
        Path answers = Repository.answers("kaputt/a.yaml");

        Cli.Result plain = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result debug = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en", "--debug");

        assertThat(debug.exitCode()).as(debug.toString()).isEqualTo(1);
        assertThat(debug.out()).isEqualTo(plain.out());
        assertThat(debug.err()).startsWith("typwerk: debug: the scoring strategy 'boom' (plugin 'test-broken-strategies') threw:\n"
                        + "java.lang.IllegalStateException: kaputt\n")
                .contains("de.typwerk.cli.strategies.BoomStrategy.score(BoomStrategy.java:");
        // without --debug, nothing of it but the hint at --debug
        assertThat(plain.err()).isEqualTo("(Add --debug to see the stack trace of what the strategy threw.)\n");
        assertThat(debug.err()).doesNotContain("Add --debug");
    }

    @Test
    void with_debug_a_batch_row_whose_strategy_throws_shows_the_stack_trace_and_the_same_error_record() throws IOException {
        Path plugins = brokenStrategies();
        Path input = temp.resolve("rows.jsonl");
        Files.writeString(input, "{\"questionnaire\":\"test-kaputt\",\"version\":\"1.0.0\",\"answers\":{\"q\":\"a\"}}\n");

        Cli.Result plain = cli().run("batch", input.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result debug = cli().run("batch", input.toString(), "--plugins", plugins.toString(), "--lang", "en", "--debug");

        assertThat(debug.exitCode()).as(debug.toString()).isEqualTo(1);
        assertThat(debug.out()).isEqualTo(plain.out());
        assertThat(debug.err()).contains("typwerk: debug: the scoring strategy 'boom' (plugin 'test-broken-strategies') threw:\n"
                        + "java.lang.IllegalStateException: kaputt\n")
                .contains("de.typwerk.cli.strategies.BoomStrategy.score(BoomStrategy.java:");
        assertThat(plain.err()).doesNotContain("\tat ");
    }

    @Test
    void a_strategy_that_runs_too_long_is_stopped_and_reported_by_its_id_and_its_plugin() throws IOException {
        Path plugins = brokenStrategies();

        Cli.Result r = cli().variable(Environment.SCORING_TIMEOUT_VARIABLE, "0.5")
                .run("score", Repository.answers("kaputt/a.yaml").toString(), "--plugins", plugins.toString(),
                        "--strategy", "sleepy", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("error: The scoring strategy 'sleepy' of the plugin 'test-broken-strategies' ("
                        + plugins.resolve("broken-strategies.jar") + ") gave no result within 0.5 s and was stopped.")
                .doesNotContain("\tat ");
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void a_batch_row_whose_strategy_throws_names_the_strategy_and_its_plugin_after_the_error_records_fields() throws IOException {
        Path plugins = brokenStrategies();
        Path input = temp.resolve("rows.jsonl");
        Files.writeString(input, "{\"questionnaire\":\"test-kaputt\",\"version\":\"1.0.0\",\"answers\":{\"q\":\"a\"}}\n".repeat(2));

        Cli.Result r = cli().run("batch", input.toString(), "--plugins", plugins.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("The scoring strategy 'boom' of the plugin 'test-broken-strategies' (")
                .containsPattern("\"error\":\\{\"code\":\"strategy-failed\",\"line\":\\d+,\"message\":\"[^\"]*\",\"more\":0,"
                        + "\"strategy\":\"boom\",\"plugin\":\"test-broken-strategies\"\\}\\}$"));
    }

    @Test
    // a batch that waits for ever on a hung strategy must fail here, not hang the build
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_batch_writes_a_timeout_record_naming_the_strategy_and_its_plugin_for_every_row_whose_strategy_never_returns_and_goes_on()
            throws IOException {
        Path plugins = brokenStrategies();
        // more rows than workers: every worker is given up, and the batch still ends
        String row = "{\"questionnaire\":\"test-kaputt\",\"version\":\"1.0.0\",\"answers\":{\"q\":\"a\"}}\n";
        Path input = temp.resolve("rows.jsonl");
        Files.writeString(input, row.repeat(5));

        Cli.Result r = cli().variable(Environment.SCORING_TIMEOUT_VARIABLE, "1")
                .run("batch", input.toString(), "--plugins", plugins.toString(), "--strategy", "sleepy",
                        "--threads", "2", "--detail", "compact", "--lang", "en");

        assertThat(r.out().lines()).as(r.toString()).hasSize(5).allSatisfy(line -> assertThat(line)
                .contains("\"strategy-timeout\"", "Scoring the row with the strategy 'sleepy' of the plugin 'test-broken-strategies' ("
                        + plugins.resolve("broken-strategies.jar") + ") gave no result within 1 s and was stopped.")
                // the fields of an error record as before, the strategy and its plugin added at the end
                .containsPattern("\"error\":\\{\"code\":\"strategy-timeout\",\"line\":\\d+,\"message\":\"[^\"]*\",\"more\":0,"
                        + "\"strategy\":\"sleepy\",\"plugin\":\"test-broken-strategies\"\\}\\}$"));
        assertThat(r.out().lines().map(line -> line.substring(0, line.indexOf(','))))
                .containsExactly("{\"row\":1", "{\"row\":2", "{\"row\":3", "{\"row\":4", "{\"row\":5");
    }

    @Test
    // a batch that waits for ever on a hung strategy must fail here, not hang the build
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_batch_times_out_exactly_the_rows_whose_strategy_hangs_and_keeps_every_row_around_them_in_order() throws IOException {
        Path plugins = brokenStrategies();
        // 150 rows: several chunks of work; the strategy hangs on the B rows, a chunk's last and the next one's first among them
        List<Integer> hanging = List.of(3, 64, 65, 130);
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            rows.append("{\"questionnaire\":\"test-kaputt\",\"version\":\"1.0.0\",\"answers\":{\"q\":\"")
                    .append(hanging.contains(i) ? "b" : "a").append("\"}}\n");
        }
        Path input = temp.resolve("rows.jsonl");
        Files.writeString(input, rows);

        Cli.Result r = cli().variable(Environment.SCORING_TIMEOUT_VARIABLE, "1")
                .run("batch", input.toString(), "--plugins", plugins.toString(), "--strategy", "picky",
                        "--threads", "2", "--detail", "compact", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as(r.toString()).hasSize(150);
        for (int i = 1; i <= 150; i++) {
            String line = lines.get(i - 1);
            assertThat(line).startsWith("{\"row\":" + i + ",");
            if (hanging.contains(i)) {
                assertThat(line).as("row %d", i).contains("\"strategy-timeout\"");
            } else {
                assertThat(line).as("row %d", i).contains("\"outcome\":{\"kind\":\"primary\",\"type\":\"a\"");
            }
        }
        assertThat(r.err()).containsPattern("errors +4\n");
    }

    @Test
    void a_scoring_timeout_that_is_not_a_number_is_a_usage_error() {
        Cli.Result r = cli().variable(Environment.SCORING_TIMEOUT_VARIABLE, "bald")
                .run("score", Repository.answers("good.yaml").toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("TYPWERK_SCORING_TIMEOUT must be a positive number of seconds");
    }

    @Test
    void a_scoring_timeout_too_long_to_count_in_milliseconds_is_the_longest_not_a_usage_error_saying_it_is_not_positive() {
        for (String huge : java.util.List.of("9223372036854775807", "99999999999999999999", "1e30")) {
            Cli.Result r = cli().variable(Environment.SCORING_TIMEOUT_VARIABLE, huge)
                    .run("score", Repository.answers("good.yaml").toString(), "--lang", "en");

            assertThat(r.exitCode()).as(huge + ": " + r).isZero();
            assertThat(r.err()).as(huge).isEmpty();
        }
    }

    // --- inputs without an end -------------------------------------------------------------------

    @Test
    @Timeout(60)
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void an_endless_device_is_read_up_to_the_limit_and_refused_as_too_large_in_one_line() {
        Cli.Result r = cli().run("score", "/dev/zero", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("/dev/zero: error: The answers are larger than the 4194304 bytes allowed (read up to there).\n");
    }

    @Test
    void another_tools_response_over_the_limit_is_refused_with_its_own_size_as_an_answers_file_is() throws IOException {
        // SurveyJS data whose name is 5 MB: "No JSON from line 1, column 1: a text of 4256936 characters", neither its place nor its size
        Path big = temp.resolve("survey.json");
        Files.writeString(big, "{\"typwerkQuestionnaire\": \"oefit-digitalisierungstypen@1.0.0\", \"art\": \"stadt\", \"name\": \""
                + "x".repeat(5_000_000) + "\"}");
        long size = Files.size(big);

        Cli.Result r = cli().run("score", big.toString(), "--lang", "en");
        Cli.Result named = cli().run("score", "--input-format", "surveyjs", big.toString(), "--lang", "en");
        Cli.Result endless = cli().run("score", "--input-format", "surveyjs", "/dev/zero", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(big + ": error: The answers file is too large at " + size + " bytes; at most 4194304 bytes are allowed.\n");
        assertThat(named.out()).isEqualTo(r.out());
        assertThat(endless.exitCode()).as(endless.toString()).isEqualTo(1);
        assertThat(endless.out()).isEqualTo("/dev/zero: error: The answers are larger than the 4194304 bytes allowed (read up to there).\n");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_its_own_size_and_the_limit() throws IOException {
        Path big = temp.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[5_000_000]);
        }

        Cli.Result r = cli().run("score", big.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(big + ": error: The answers file is too large at 5000000 bytes; at most 4194304 bytes are allowed.\n");
    }

    @Test
    void a_byte_that_is_no_utf8_between_a_key_and_its_colon_is_named_as_such_not_as_a_missing_colon() throws IOException {
        // outside a text the JSON parser read the byte as the character ÿ and said a colon was missing before it
        Path answers = temp.resolve("latin1.json");
        Files.write(answers, new byte[] {'{', '"', 'q', '"', ' ', (byte) 0xFF, ':', ' ', '1', '}', '\n'});

        Cli.Result en = cli().run("score", answers.toString(), "--lang", "en");
        Cli.Result de = cli().run("score", answers.toString());

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(answers + ":1:6: error: The answers file is not UTF-8: byte 0xFF is not valid UTF-8. Please save it as UTF-8.\n");
        assertThat(de.out()).isEqualTo(answers
                + ":1:6: error: Die Antwortdatei ist nicht in UTF-8 kodiert: Das Byte 0xFF ist kein gültiges UTF-8. Bitte als UTF-8 speichern.\n");
        assertThat(en.err()).isEmpty();
    }

    @Test
    void a_number_out_of_range_says_which_limit_it_broke_and_that_limits_value_in_both_languages() throws IOException {
        String persona = Files.readString(Repository.persona("optimierer"));
        assertThat(persona).contains("\n  einwohner: 284000\n");
        Path low = Files.writeString(temp.resolve("low.yaml"), persona.replace("\n  einwohner: 284000\n", "\n  einwohner: 0\n"));
        Path high = Files.writeString(temp.resolve("high.yaml"), persona.replace("\n  einwohner: 284000\n", "\n  einwohner: 20000000\n"));

        Cli.Result lowEn = cli().run("score", low.toString(), "--lang", "en");
        Cli.Result highEn = cli().run("score", high.toString(), "--lang", "en");
        Cli.Result lowDe = cli().run("score", low.toString());
        Cli.Result highDe = cli().run("score", high.toString());

        assertThat(lowEn.exitCode()).as(lowEn.toString()).isEqualTo(1);
        assertThat(lowEn.out()).isEqualTo(low + ":8:14: error: Question 'einwohner': expected a whole number from 1 to 10000000, not 0."
                + " The number lies below the lower limit of 1.\n");
        assertThat(highEn.out()).isEqualTo(high + ":8:14: error: Question 'einwohner': expected a whole number from 1 to 10000000,"
                + " not 20000000. The number lies above the upper limit of 10000000.\n");
        assertThat(lowDe.out()).isEqualTo(low + ":8:14: error: Frage „einwohner“: erwartet eine ganze Zahl von 1 bis 10000000, nicht 0."
                + " Die Zahl liegt unter der Untergrenze 1.\n");
        assertThat(highDe.out()).isEqualTo(high + ":8:14: error: Frage „einwohner“: erwartet eine ganze Zahl von 1 bis 10000000,"
                + " nicht 20000000. Die Zahl liegt über der Obergrenze 10000000.\n");
    }

    @Test
    void answers_one_per_line_given_to_score_are_told_to_go_to_batch_in_both_languages() throws IOException {
        String one = "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"version\":\"1.0.0\",\"answers\":{\"fokus\":3}}";
        Path lines = Files.writeString(temp.resolve("antworten.jsonl"), one + "\n" + one + "\n");
        Path twoOnOneLine = Files.writeString(temp.resolve("zwei.json"), one + " " + one + "\n");

        Cli.Result en = cli().run("score", lines.toString(), "--lang", "en");
        Cli.Result de = cli().run("score", lines.toString());
        Cli.Result same = cli().run("score", twoOnOneLine.toString(), "--lang", "en");

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(lines + ":2:1: error: More content follows the end of the document; an answers file holds exactly"
                + " one document, and so does each line of JSON Lines. Answers one per line (JSON Lines) are scored by typwerk batch (over HTTP: POST /v1/batch).\n");
        assertThat(de.out()).isEqualTo(lines + ":2:1: error: Nach dem Ende des Dokuments folgt weiterer Inhalt; eine Antwortdatei enthält"
                + " genau ein Dokument, in JSON Lines jede Zeile. Antworten je eine auf einer Zeile (JSON Lines) wertet typwerk batch aus (über HTTP: POST /v1/batch).\n");
        // not one per line: no such hint
        assertThat(same.out()).isEqualTo(twoOnOneLine + ":1:" + (one.length() + 2)
                + ": error: More content follows the end of the document; an answers file holds exactly one document, and so does each line of JSON Lines.\n");
    }

    @Test
    void a_folder_given_as_answers_is_named_as_such_without_a_java_class_name_as_a_wrong_command_line() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("answers.yaml"));

        Cli.Result r = cli().run("score", folder.toString(), "--lang", "en");

        // as batch, cohort and report say it (FilePathsTest)
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: “" + folder + "” is a folder, not a file.\n");
    }
}
