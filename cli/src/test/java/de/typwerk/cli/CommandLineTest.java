package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.TypwerkApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: help, versions, languages and usage errors, through the real entry point. */
class CommandLineTest {

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void help_lists_every_command_and_the_global_options_in_german_by_default() {
        Cli.Result r = cli().run("--help");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Aufruf: typwerk", "Befehle:", "plugins", "list", "show", "validate",
                "--plugins=DIR", "--lang=de|en", "--strict", "--debug", "Rückgabewerte:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void help_says_what_a_municipality_gets_and_where_to_start_in_either_language() {
        String german = cli().run("--help").out().replaceAll("\\s+", " ");
        String english = cli().run("--help", "--lang", "en").out().replaceAll("\\s+", " ");

        // the first thing a newcomer reads: what the tool answers, and the two ways in
        assertThat(german).contains("Welcher Digitalisierungstyp ist Ihre Kommune?", "wie sicher das Ergebnis ist",
                "typwerk take oefit-digitalisierungstypen", "oefit-kreise", "typwerk serve (im Browser)");
        assertThat(english).contains("Which digitalisation type is your municipality?", "how sure the result is",
                "typwerk take oefit-digitalisierungstypen", "oefit-kreise", "typwerk serve (in the browser)");
    }

    @Test
    void every_commands_help_renders_without_a_warning_in_either_language() {
        // picocli formats help texts with String.format: a lone '%' in a description makes it print a
        // warning on the process's standard error, which a user sees above the help
        PrintStream before = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> checked = new ArrayList<>();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String lang : List.of("de", "en")) {
                Cli.Result root = cli().run("--help", "--lang", lang);
                for (String command : commandsListed(root.out())) {
                    Cli.Result help = cli().run(command, "--help", "--lang", lang);
                    assertThat(help.exitCode()).as(help.toString()).isZero();
                    assertThat(help.err()).as(command).isEmpty();
                    checked.add(lang + " " + command);
                }
            }
        } finally {
            System.setErr(before);
        }
        assertThat(checked).hasSizeGreaterThan(20).contains("de generate", "en generate", "de batch", "en serve");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void exports_help_says_its_lang_picks_the_first_language_of_the_file_not_the_systems() {
        // an export is the same file on every machine: without --lang it starts in the questionnaire's
        // default language, so the inherited "the system's language" must not be what its help says
        String german = cli().run("export", "--help").out().replaceAll("\\s+", " ");
        String english = cli().run("export", "--help", "--lang", "en").out().replaceAll("\\s+", " ");
        String score = cli().run("score", "--help").out().replaceAll("\\s+", " ");

        assertThat(german).contains("die Sprache, die Befragte zuerst sehen", "Standardsprache des Fragebogens")
                .doesNotContain("Sprache der Ausgabe: de oder en. Ohne Angabe die Sprache des Systems");
        assertThat(english).contains("the language respondents see first", "the questionnaire’s default language")
                .doesNotContain("If not given, the system’s language, else German");
        assertThat(score).contains("Sprache der Ausgabe: de oder en. Ohne Angabe die Sprache des Systems");
    }

    /** The names under the root help's list of commands. */
    private static List<String> commandsListed(String rootHelp) {
        List<String> commands = new ArrayList<>();
        boolean inList = false;
        for (String line : rootHelp.split("\\R")) {
            if (line.equals("Befehle:") || line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList && line.matches("  [a-z]+ .*")) {
                commands.add(line.strip().split(" ")[0]);
            }
        }
        return commands;
    }

    @Test
    void the_english_help_has_no_german_word_where_picocli_looks_a_label_up() throws IOException {
        // a key only the German bundle has is German in the English help too ("[BEFEHL]" in the synopsis)
        assertThat(keys("messages_en.properties")).containsExactlyInAnyOrderElementsOf(keys("messages.properties"));
        assertThat(cli().run("--help", "--lang", "en").out()).contains("Usage: typwerk", "[COMMAND]").doesNotContain("BEFEHL");
    }

    @Test
    void help_lists_every_exit_code_the_readme_names_in_either_language() {
        String german = cli().run("--help").out();
        String english = cli().run("batch", "--help", "--lang", "en").out();

        assertThat(german).containsPattern("(?m)^  130 +mit Strg\\+C abgebrochen").containsPattern("(?m)^  141 +die Standardausgabe");
        assertThat(english).containsPattern("(?m)^  130 +stopped with Ctrl\\+C").containsPattern("(?m)^  141 +standard output closed");
    }

    @Test
    void serves_help_names_the_self_test_and_every_route_of_the_published_interface() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(Repository.root().resolve("docs/openapi.json").toFile()).path("paths");
        for (String lang : List.of("de", "en")) {
            // picocli wraps a long word after a dot too ("answers.schema.⏎ json")
            String help = cli().run("serve", "--help", "--lang", lang).out().replaceAll("\\s+", " ").replaceAll("\\. (?=[a-z])", ".");
            assertThat(help).as(lang).contains(lang.equals("de") ? "Selbsttest" : "self-test");
            paths.fieldNames().forEachRemaining(path -> {
                // the self-test's pages and stylesheets are the one entry "/"
                if (path.equals("/") || path.startsWith("/self-test/") || path.startsWith("/assets/")) return;
                paths.path(path).fieldNames().forEachRemaining(method -> {
                    // HEAD and OPTIONS (what a path allows, a browser's CORS preflight) every path has alike
                    if (method.equals("head") || method.equals("options")) return;
                    assertThat(help).as(lang).contains(method.toUpperCase(Locale.ROOT) + " " + path.replace("{id}", "ID"));
                });
            });
        }
    }

    @Test
    void templates_out_says_that_force_replaces_a_file_that_exists() {
        String german = cli().run("template", "--help").out().replaceAll("\\s+", " ");
        String english = cli().run("template", "--help", "--lang", "en").out().replaceAll("\\s+", " ");

        assertThat(german).contains("eine vorhandene nur mit --force").doesNotContain("wird nicht überschrieben");
        assertThat(english).contains("one that exists only with --force").doesNotContain("never overwritten");
    }

    @Test
    void stricts_help_names_everything_that_stops_the_start_as_the_readme_does() {
        String german = cli().run("--help").out().replaceAll("\\s+", " ");
        String english = cli().run("--help", "--lang", "en").out().replaceAll("\\s+", " ");

        assertThat(german).contains("ein abgelehntes oder gescheitertes Plugin oder eine Strategie, die sich für einen Fragebogen"
                + " nicht vorbereiten kann, verhindert den Start");
        assertThat(english).contains("a refused or failed plugin, or a strategy that cannot prepare for a questionnaire, stops the start");
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CommandLineTest.class.getResourceAsStream("/de/typwerk/cli/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void help_is_english_with_lang_en_even_after_the_subcommand() {
        Cli.Result r = cli().run("show", "--help", "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: typwerk show", "--format=text|json", "The questionnaire: id or id@version",
                "--plugins=DIR", "--lang=de|en");
    }

    @Test
    void the_language_defaults_to_the_systems_if_german_or_english_else_german() {
        assertThat(cli().locale(Locale.UK).run("--help").out()).contains("Usage: typwerk");
        assertThat(cli().locale(new Locale("tr", "TR")).run("--help").out()).contains("Aufruf: typwerk");
    }

    @Test
    void every_subcommand_has_help_and_version() {
        for (String command : new String[]{"plugins", "list", "show", "validate"}) {
            Cli.Result help = cli().run(command, "--help");
            assertThat(help.exitCode()).as(help.toString()).isZero();
            assertThat(help.out()).as(command).contains("Aufruf: typwerk " + command, "--help", "--version");
            Cli.Result version = cli().run(command, "--version");
            assertThat(version.exitCode()).as(version.toString()).isZero();
            assertThat(version.out()).as(command).contains("Typwerk API " + TypwerkApi.VERSION);
        }
    }

    @Test
    void version_names_typwerk_the_engine_api_and_java() {
        Cli.Result r = cli().run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^Typwerk \\d+\\.\\d+\\.\\d+")
                .contains("Typwerk API " + TypwerkApi.VERSION)
                .contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_a_short_message_and_a_hint() {
        Cli.Result r = cli().run("list", "--frobnicate");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: Unbekannte Option „--frobnicate“.")
                .contains("Hilfe: typwerk list --help")
                .doesNotContain("Aufruf:", "\tat ", "Exception");
        assertThat(r.err().lines()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void a_near_miss_option_gets_a_suggestion() {
        Cli.Result r = cli().run("show", "x", "--formt", "json", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option “--formt”", "Did you mean: --format");
    }

    @Test
    void a_misspelt_required_option_is_named_as_unknown_with_a_suggestion_not_as_missing() {
        Cli.Result r = cli().run("generate", "oefit-digitalisierungstypen", "--count", "3", "--sed", "4");
        Cli.Result alone = cli().run("score", "--bogus", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: Unbekannte Option „--sed“.").contains("Gemeint: --seed")
                .doesNotContain("Es fehlt");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).startsWith("typwerk: Unknown option “--bogus”.").contains("Help: typwerk score --help");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        Cli.Result r = cli().run("shwo");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("typwerk: Unerwartetes Argument „shwo“", "Gemeint: show");
    }

    @Test
    void a_missing_argument_is_a_usage_error_naming_it() {
        Cli.Result r = cli().run("show");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("typwerk: Es fehlt: ID.", "Hilfe: typwerk show --help");
    }

    @Test
    void an_option_given_last_without_its_value_is_said_to_lack_its_value_not_to_be_missing() {
        // "Missing: --out." to someone who wrote --out read as if the option were left out
        Cli.Result out = cli().run("score", Repository.persona("optimierer").toString(), "--out");
        Cli.Result lang = cli().run("--lang", "en", "list", "--lang");
        Cli.Result required = cli().run("export", "oefit-digitalisierungstypen", "--lang", "en");

        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).startsWith("typwerk: --out ist ohne Wert angegeben; bitte --out FILE schreiben.\n")
                .contains("Hilfe: typwerk score --help");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).startsWith("typwerk: --lang is given without a value; please write --lang de|en.\n");
        // an option the command needs that is not there at all is missing, as before
        assertThat(required.exitCode()).isEqualTo(2);
        assertThat(required.err()).startsWith("typwerk: Missing: --to.");
    }

    @Test
    void a_plugins_folder_called_plugins_before_the_command_is_told_it_was_read_as_a_command() {
        // the plugin authors' guide has its jars in a folder called plugins: "typwerk --plugins
        // plugins list" reads that word as the command typwerk plugins, leaving --plugins without a folder
        Cli.Result german = cli().run("--plugins", "plugins", "list");
        Cli.Result english = cli().run("--lang", "en", "--plugins", "plugins", "list");

        assertThat(german.exitCode()).isEqualTo(2);
        assertThat(german.err()).contains("typwerk: Es fehlt: --plugins. Das Wort „plugins“ dahinter wurde als der Befehl "
                + "typwerk plugins gelesen, nicht als Wert von --plugins: für einen Ordner dieses Namens --plugins ./plugins schreiben.");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("typwerk: Missing: --plugins. The word “plugins” after it was read as the command "
                + "typwerk plugins, not as the value of --plugins: for a folder of that name, write --plugins ./plugins.");
        // a value that is no command is still only missing
        assertThat(cli().run("list", "--plugins").err()).contains("typwerk: --plugins ist ohne Wert angegeben; bitte --plugins DIR schreiben.")
                .doesNotContain("Befehl");
    }

    @Test
    void an_unsupported_language_is_a_usage_error() {
        Cli.Result r = cli().run("list", "--lang", "fr");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("„fr“ ist keine unterstützte Sprache (de oder en)");
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        Cli.Result r = cli().run("show", "x", "--format", "xml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format").doesNotContain("\tat ");
    }

    @Test
    void a_format_another_command_writes_is_refused_with_that_command_which_then_writes_it() throws IOException {
        String answers = Repository.persona("optimierer").toString();
        Cli.Result html = cli().run("score", answers, "--format", "html");
        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.err()).isEqualTo("typwerk: „html“ ist für --format kein gültiger Wert; erwartet: text oder json.\n"
                + "Einen HTML-Bericht schreibt typwerk report: typwerk report ANTWORTDATEI --format html --out bericht.html\n"
                + "Hilfe: typwerk score --help\n");
        Cli.Result english = cli().run("score", answers, "--format", "HTML", "--lang", "en");
        assertThat(english.err()).contains("\ntypwerk report writes an HTML report: typwerk report ANSWERS-FILE --format html --out report.html\n");

        // what the hint says works as it says
        Path page = home.resolve("bericht.html");
        Cli.Result report = cli().run("report", answers, "--format", "html", "--out", page.toString());
        assertThat(report.exitCode()).isEqualTo(0);
        assertThat(java.nio.file.Files.readString(page)).startsWith("<!DOCTYPE html>");

        // a value no command takes gets no hint
        assertThat(cli().run("score", answers, "--format", "xml").err()).doesNotContain("typwerk report");
        assertThat(cli().run("report", answers, "--format", "json").err()).contains("typwerk score ANTWORTDATEI --format json");
        assertThat(cli().run("batch", "rows.jsonl", "--format", "html").err()).contains("typwerk cohort ERGEBNISSE.jsonl --format html");
    }

    @Test
    void a_value_of_the_wrong_kind_is_a_usage_error_in_the_users_language_naming_what_is_expected() {
        Cli.Result format = cli().run("show", "x", "--format", "xml");
        assertThat(format.err()).startsWith("typwerk: „xml“ ist für --format kein gültiger Wert; erwartet: text oder json.\n");

        Cli.Result threads = cli().run("batch", "x.jsonl", "--threads", "viele", "--lang", "en");
        assertThat(threads.exitCode()).isEqualTo(2);
        assertThat(threads.err()).startsWith("typwerk: “viele” is not a valid value for --threads; expected: a whole number.\n");

        // a whole number too large for the option: not "expected: a whole number", which it is
        Cli.Result seed = cli().run("generate", "x", "--count", "1", "--seed", "99999999999999999999", "--lang", "en");
        assertThat(seed.exitCode()).isEqualTo(2);
        assertThat(seed.err()).startsWith("typwerk: “99999999999999999999” is not a valid value for --seed;"
                + " expected: a whole number of at most 9223372036854775807.\n");
        // a name the JVM cannot turn into a file name (an umlaut under LANG=C without the launcher; here a lone surrogate)
        Cli.Result path = cli().run("validate", "Gemeinde-\uD800.yaml", "--lang", "en");
        assertThat(path.exitCode()).isEqualTo(2);
        assertThat(path.err()).startsWith("typwerk: “Gemeinde-\uD800.yaml” cannot be a file name here: Java reads file names as ")
                .contains("run it under a UTF-8 locale (such as LC_ALL=C.UTF-8)").doesNotContain("InvalidPathException", "Malformed");
        Cli.Result many = cli().run("batch", "x.jsonl", "--threads", "3000000000");
        assertThat(many.err()).startsWith("typwerk: „3000000000“ ist für --threads kein gültiger Wert;"
                + " erwartet: eine ganze Zahl bis höchstens 2147483647.\n");

        Cli.Result language = cli().run("list", "--lang", "fr");
        assertThat(language.err()).startsWith("typwerk: „fr“ ist keine unterstützte Sprache (de oder en).\n");

        for (Cli.Result r : List.of(format, threads, language)) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).doesNotContain("Invalid value", "case-insensitive", "is not an int", "[TEXT, JSON]");
        }
    }

    @Test
    void a_text_value_that_is_not_one_of_the_choices_is_quoted_so_that_an_empty_one_shows() {
        String answers = Repository.persona("optimierer").toString();
        Cli.Result score = cli().run("score", answers, "--input-format", "");
        Cli.Result batch = cli().run("batch", answers, "--input-format", "xml", "--lang", "en");

        assertThat(score.exitCode()).isEqualTo(2);
        assertThat(score.err()).startsWith("typwerk: --input-format muss answers, surveyjs, fhir oder limesurvey sein, nicht „“.\n");
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).startsWith("typwerk: --input-format must be jsonl, csv, surveyjs, fhir or limesurvey, not “xml”.\n");
    }

    @Test
    void an_option_given_twice_is_a_usage_error_in_the_users_language() {
        Cli.Result out = cli().run("generate", "oefit-digitalisierungstypen", "--count", "1", "--seed", "1",
                "--out", "a.jsonl", "--out", "b.jsonl");
        Cli.Result format = cli().run("score", "a.yaml", "--format", "json", "--format", "text", "--lang", "en");

        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).startsWith("typwerk: --out ist mehr als einmal angegeben; die Option nimmt nur einen Wert.\n"
                + "Hilfe: typwerk generate --help\n");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).startsWith("typwerk: --format is given more than once; the option takes one value.\n");
        assertThat(Path.of("a.jsonl")).doesNotExist();
    }

    @Test
    void a_path_given_as_an_empty_text_is_a_usage_error_naming_it_not_the_current_folder_read_in_silence() {
        // a script's unset variable: Java reads "" as the current folder
        Cli.Result score = cli().run("score", "", "--lang", "en");
        Cli.Result validate = cli().run("validate", "");
        Cli.Result plugins = cli().run("list", "--plugins", "", "--lang", "en");
        Cli.Result trust = cli().run("--trust", " ", "list");
        Cli.Result out = cli().run("template", "oefit-digitalisierungstypen", "--out", "", "--lang", "en");

        assertThat(score.exitCode()).isEqualTo(2);
        assertThat(score.err()).isEqualTo("typwerk: ANSWERS is an empty name; please name a file or a folder.\nHelp: typwerk score --help\n");
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.out()).isEmpty();
        assertThat(validate.err()).startsWith("typwerk: PATH ist ein leerer Name; bitte eine Datei oder einen Ordner angeben.\n");
        assertThat(plugins.exitCode()).isEqualTo(2);
        assertThat(plugins.out()).isEmpty();
        assertThat(plugins.err()).startsWith("typwerk: --plugins is an empty name; please name a file or a folder.\n");
        assertThat(trust.exitCode()).isEqualTo(2);
        assertThat(trust.err()).startsWith("typwerk: --trust ist ein leerer Name;");
        assertThat(out.err()).startsWith("typwerk: The output is an empty name; please name a file");
    }

    @Test
    void no_command_shows_the_commands_and_is_a_usage_error() {
        Cli.Result r = cli().run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("typwerk: Es fehlt ein Befehl.", "plugins", "validate");
    }

    @Test
    void a_plugins_folder_that_does_not_exist_is_a_usage_error() {
        Cli.Result r = cli().run("list", "--plugins", home.resolve("nirgends").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Plugin-Ordner „" + home.resolve("nirgends") + "“ gibt es nicht");
    }

    @Test
    void a_plugins_folder_without_a_jar_gets_one_warning_line_and_the_command_runs_on() throws java.io.IOException {
        java.nio.file.Path empty = java.nio.file.Files.createDirectories(home.resolve("plugins-leer"));
        java.nio.file.Files.writeString(empty.resolve("liesmich.txt"), "x");

        Cli.Result r = cli().run("list", "--plugins", empty.toString());
        Cli.Result en = cli().run("list", "--plugins", empty.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("oefit-digitalisierungstypen");
        assertThat(r.err().lines().toList()).as(r.toString()).containsExactly("typwerk: Warnung: Im Plugin-Ordner „" + empty
                + "“ liegt kein Plugin-Jar (typwerk lädt die *.jar-Dateien direkt darin); aus ihm wird nichts geladen.");
        assertThat(en.err().lines().toList()).as(en.toString()).containsExactly("typwerk: warning: the plugins folder “" + empty
                + "” holds no plugin jar (typwerk loads the *.jar files directly in it); nothing is loaded from it.");
    }

    @Test
    void a_plugin_jar_given_to_plugins_is_told_to_give_its_folder_instead() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(home.resolve("meine plugins"));
        java.nio.file.Path jar = java.nio.file.Files.write(folder.resolve("amtstypen-1.0.0.jar"), new byte[] {'P', 'K'});
        java.nio.file.Path text = java.nio.file.Files.writeString(folder.resolve("liesmich.txt"), "x");

        Cli.Result r = cli().run("list", "--plugins", jar.toString());
        Cli.Result en = cli().run("list", "--plugins", text.toString(), "--lang", "en");
        Cli.Result variable = cli().variable("TYPWERK_PLUGINS", jar.toString()).run("list", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("„" + jar + "“ ist eine Datei; Plugins lädt typwerk aus einem Ordner, mit jeder Plugin-Datei darin: "
                + "--plugins '" + folder.toAbsolutePath() + "'");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("“" + text + "” is a file, not a folder of plugins.");
        assertThat(variable.exitCode()).isEqualTo(2);
        assertThat(variable.err()).contains("is a file; typwerk loads plugins from a folder, with every plugin jar in it: --plugins '"
                + folder.toAbsolutePath() + "'");
    }

    @Test
    void a_plugins_own_folder_given_to_plugins_is_told_where_its_jar_is_built_and_how_to_check_it() throws java.io.IOException {
        java.nio.file.Path project = home.resolve("kreistypen");
        java.nio.file.Path classes = project.resolve("target/classes");
        java.nio.file.Path resources = project.resolve("src/main/resources");
        for (java.nio.file.Path folder : java.util.List.of(classes, resources)) {
            java.nio.file.Files.createDirectories(folder.resolve("META-INF/typwerk"));
            java.nio.file.Files.writeString(folder.resolve("META-INF/typwerk/plugin.yaml"),
                    "id: kreistypen\nversion: 1.0.0\napi: \"[1.0,2.0)\"\nname: K\nvendor: V\n");
        }

        Cli.Result built = cli().run("list", "--plugins", classes.toString());
        Cli.Result en = cli().run("template", "kreistypen", "--plugins", classes.toString(), "--lang", "en");
        Cli.Result source = cli().variable("TYPWERK_PLUGINS", resources.toString()).run("list", "--lang", "en");

        assertThat(built.exitCode()).isEqualTo(2);
        assertThat(built.err()).contains("„" + classes + "“ ist der Ordner eines einzelnen Plugins (mit META-INF/typwerk/plugin.yaml),"
                + " kein Ordner mit Plugin-Jars: Aus ihm lädt --plugins nichts. Das Jar des Plugins legt mvn package nach "
                + project.resolve("target").toAbsolutePath() + ", also: --plugins " + project.resolve("target").toAbsolutePath()
                + "; den Ordner, wie er ist, prüft typwerk validate " + classes + ".");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("“" + classes + "” is the folder of one plugin").contains("--plugins "
                + project.resolve("target").toAbsolutePath() + ";");
        assertThat(source.exitCode()).isEqualTo(2);
        assertThat(source.err()).contains("“" + resources + "” is the folder of one plugin (with META-INF/typwerk/plugin.yaml),"
                + " not a folder of plugin jars: --plugins loads nothing from it. typwerk validate " + resources + " checks it.");
    }

    @Test
    void a_typwerk_plugins_variable_naming_no_folder_is_a_usage_error_naming_the_variable() {
        Cli.Result r = cli().variable("TYPWERK_PLUGINS", home.resolve("fehlt").toString()).run("list", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("TYPWERK_PLUGINS names “" + home.resolve("fehlt") + "”");
    }

    /**
     * {@link Main} builds picocli's model only for the subcommand a command line names first (building
     * the rest took about 6 % of a short command's processor time). With a global option first, every subcommand
     * is there; both ways must read the same arguments into the same help, errors and exit codes.
     */
    @Test
    void a_subcommand_named_first_is_read_as_with_every_subcommand_there() {
        String[][] tails = {{"--help"}, {"--version"}, {"--frobnicate"}, {"--hlep"}, {"list", "show", "--frobnicate"},
                {"a", "b", "c", "d", "e", "--frobnicate"}, {"--format"}, {"--strict", "--debug", "--frobnicate"}};
        for (Class<?> command : TypwerkCommand.SUBCOMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(Main.subcommands(new String[]{name})).as(name).containsExactly(command);
            for (String[] tail : tails) {
                String[] alone = new String[tail.length + 1];
                alone[0] = name;
                System.arraycopy(tail, 0, alone, 1, tail.length);
                String[] everyOne = new String[tail.length + 3];
                everyOne[0] = "--lang";
                everyOne[1] = "de";
                System.arraycopy(alone, 0, everyOne, 2, alone.length);
                assertThat(Main.subcommands(everyOne)).isEqualTo(TypwerkCommand.SUBCOMMANDS);

                Cli.Result lazily = cli().run(alone);
                Cli.Result fully = cli().run(everyOne);
                assertThat(lazily).as(String.join(" ", alone)).isEqualTo(fully);
            }
        }
    }
}
