package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typwerk plugins} and how plugin trouble reaches the user. */
class PluginsCommandTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    @Test
    void lists_the_plugins_bundled_on_the_class_path() {
        Cli.Result r = cli().run("plugins");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines().findFirst()).hasValueSatisfying(header ->
                assertThat(header).startsWith("ID").contains("VERSION", "BEITRAG", "QUELLE", "ZUSTAND"));
        assertThat(r.out()).contains("geladen");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void shows_a_good_jar_as_loaded_and_a_corrupt_one_beside_it_as_failed_and_still_exits_0() throws IOException {
        Path folder = PluginFolder.goodAndCorrupt(temp);

        Cli.Result r = cli().run("plugins", "--plugins", folder.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String good = line(r.out(), "test-amtstypen");
        assertThat(good).contains("2.1.0", "test-amtstypen@2.1.0", PluginFolder.GOOD_JAR, "geladen");
        String corrupt = line(r.out(), PluginFolder.CORRUPT_JAR);
        assertThat(corrupt).contains("fehlgeschlagen: ");
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void what_a_plugin_provides_and_where_it_comes_from_are_said_in_the_users_language() {
        Cli.Result german = cli().run("plugins");
        Cli.Result english = cli().run("plugins", "--lang", "en");

        assertThat(line(german.out(), "typwerk-oefit-kreise ")).contains(
                " Fragebogen oefit-kreise@1.0.0 → oefit-digitalisierungstypen@1.0.0 ", " Klassenpfad: ").doesNotContain("class path");
        assertThat(line(german.out(), "typwerk-strategy-points ")).contains(" Strategie points 1.0.0 ");
        assertThat(line(english.out(), "typwerk-oefit-kreise ")).contains(
                " questionnaire oefit-kreise@1.0.0 → oefit-digitalisierungstypen@1.0.0 ", " class path: ");
        assertThat(line(english.out(), "typwerk-strategy-points ")).contains(" strategy points 1.0.0 ");
    }

    @Test
    void a_loaded_plugin_that_provides_nothing_says_nothing_in_the_table_and_why_below_it() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("leer/META-INF/typwerk"));
        Files.writeString(classes.resolve("plugin.yaml"),
                "id: lkt-leer\nversion: 1.0.0\napi: \"[1.0,2.0)\"\nname: Leer\nvendor: Landkreistag Musterland\n");
        Path jar = PluginJar.of(temp.resolve("leer"), temp.resolve("plugins/lkt-leer.jar"));

        Cli.Result r = cli().run("plugins", "--plugins", jar.getParent().toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(line(r.out(), "lkt-leer ")).contains(" nichts ", "geladen");
        assertThat(r.out()).contains("  Probleme in lkt-leer:\n    " + jar.getParent().resolve("lkt-leer.jar")
                + ": warning: Das Plugin lkt-leer liefert nichts: Sein Deskriptor nennt keine Fragebögen (questionnaires:),");
        assertThat(line(cli().run("plugins", "--lang", "en", "--plugins", jar.getParent().toString()).out(), "lkt-leer "))
                .contains(" nothing ", "loaded");
    }

    @Test
    void a_descriptor_whose_name_holds_an_escape_sequence_is_refused_at_it_and_the_terminal_gets_none() throws IOException {
        // typwerk plugins printed the name as it was, and the terminal obeyed the sequence (the window's title, colours)
        Path classes = Files.createDirectories(temp.resolve("bunt/META-INF/typwerk"));
        Files.writeString(classes.resolve("plugin.yaml"), "id: lkt-bunt\nversion: 1.0.0\napi: \"[1.0,2.0)\"\n"
                + "name: \"Bunt\\e]0;pwned\\a\\e[31m\"\nvendor: \"Landkreistag \\u202EMusterland\"\n");
        Path jar = PluginJar.of(temp.resolve("bunt"), temp.resolve("plugins/lkt-bunt.jar"));

        Cli.Result r = cli().run("plugins", "--lang", "en", "--plugins", jar.getParent().toString());
        Cli.Result checked = cli().run("validate", jar.toString());

        assertThat(r.out() + r.err()).doesNotContain("\u001b", "\u0007", "\u202e");
        assertThat(line(r.out(), "lkt-bunt.jar")).contains("refused: invalid plugin descriptor: " + jar
                + "!/META-INF/typwerk/plugin.yaml:4:7: error: \"name\" holds a control character (U+001B) at position 5, which a"
                + " terminal would obey where typwerk plugins shows the text; give text without control characters"
                + " (line breaks and tabs are fine).");
        assertThat(checked.exitCode()).as(checked.toString()).isEqualTo(1);
        assertThat(checked.out()).isEqualTo(
                jar + "!/META-INF/typwerk/plugin.yaml:4:7: error: „name“ enthält an Stelle 5 ein Steuerzeichen (U+001B), dem ein"
                + " Terminal folgen würde, wo typwerk plugins den Text zeigt; nur Text ohne Steuerzeichen angeben (Zeilenumbrüche"
                + " und Tabulatoren sind erlaubt).\n"
                + jar + "!/META-INF/typwerk/plugin.yaml:5:9: error: „vendor“ enthält an Stelle 14 ein Steuerzeichen der"
                + " Schreibrichtung (U+202E RIGHT-TO-LEFT OVERRIDE), das den Text danach überall umdreht, wo der Text steht; nur"
                + " Text ohne dieses Zeichen angeben.\n");
    }

    @Test
    void in_english_the_states_are_english() throws IOException {
        Cli.Result r = cli().run("plugins", "--lang", "en", "--plugins", PluginFolder.goodAndCorrupt(temp).toString());

        assertThat(line(r.out(), "test-amtstypen")).contains("loaded");
        assertThat(line(r.out(), PluginFolder.CORRUPT_JAR)).contains("failed: ");
        assertThat(r.out()).startsWith("ID").contains("PROVIDES", "SOURCE", "STATE");
    }

    @Test
    void with_strict_a_failed_plugin_makes_plugins_exit_1_after_listing_everything() throws IOException {
        Cli.Result r = cli().run("plugins", "--strict", "--plugins", PluginFolder.goodAndCorrupt(temp).toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(line(r.out(), "test-amtstypen")).contains("geladen");
        assertThat(line(r.out(), PluginFolder.CORRUPT_JAR)).contains("fehlgeschlagen");
    }

    @Test
    void with_debug_a_strategy_whose_check_threw_while_its_plugin_was_read_shows_its_stack_trace_on_standard_error() throws IOException {
        Path plugins = PluginFolder.checkBoom(temp);

        Cli.Result plain = cli().run("plugins", "--lang", "en", "--plugins", plugins.toString());
        Cli.Result debug = cli().run("plugins", "--debug", "--lang", "en", "--plugins", plugins.toString());
        Cli.Result validate = cli().run("validate", plugins.resolve("check-boom.jar").toString(), "--debug", "--lang", "en");

        assertThat(debug.out()).isEqualTo(plain.out()).contains("check went wrong");
        assertThat(debug.err()).startsWith("typwerk: debug: the scoring strategy 'check-boom' (plugin 'test-check-boom') threw"
                        + " while checking its parameters in test-pruefung@1.0.0:\njava.lang.IllegalStateException: check went wrong\n")
                .contains("de.typwerk.cli.strategies.CheckBoomStrategy.check(CheckBoomStrategy.java:")
                .doesNotContain("Add --debug");
        // without --debug, the maker learns that it shows where the strategy threw, which the finding does not say
        assertThat(plain.err()).isEqualTo("(Add --debug to see the stack trace of what the strategy threw.)\n");
        assertThat(validate.out()).contains("check went wrong");
        assertThat(validate.err()).contains("de.typwerk.cli.strategies.CheckBoomStrategy.check(CheckBoomStrategy.java:")
                .doesNotContain("Add --debug");
        assertThat(cli().run("validate", plugins.resolve("check-boom.jar").toString(), "--lang", "en").err())
                .contains("(Add --debug to see the stack trace of what the strategy threw.)");
        assertThat(cli().run("validate", plugins.resolve("check-boom.jar").toString()).err())
                .contains("(Mit --debug erscheint der Stack-Trace dessen, was die Strategie warf.)");
    }

    @Test
    void with_debug_a_strategy_whose_prepare_threw_shows_its_stack_trace_on_standard_error() throws IOException {
        Path plugins = PluginFolder.unready(temp);

        Cli.Result plain = cli().run("plugins", "--lang", "en", "--plugins", plugins.toString());
        Cli.Result debug = cli().run("plugins", "--debug", "--lang", "en", "--plugins", plugins.toString());

        assertThat(debug.exitCode()).as(debug.toString()).isZero();
        assertThat(debug.out()).isEqualTo(plain.out());
        assertThat(debug.err()).startsWith("typwerk: debug: the scoring strategy 'unready' (plugin 'test-unready') threw while"
                        + " preparing for test-unbereit@1.0.0:\njava.lang.IllegalStateException: no licence key configured\n")
                .contains("de.typwerk.cli.strategies.UnreadyStrategy.prepare(UnreadyStrategy.java:");
        assertThat(plain.err()).isEqualTo("(Add --debug to see the stack trace of what the strategy threw.)\n");
    }

    @Test
    void a_strategy_that_cannot_prepare_is_listed_after_the_plugins_and_with_strict_makes_plugins_and_every_other_command_exit_1()
            throws IOException {
        Path plugins = PluginFolder.unready(temp);
        String unready = "  The scoring strategy 'unready' of the plugin 'test-unready' (" + plugins.resolve("unready.jar")
                + ") could not prepare for the questionnaire test-unbereit@1.0.0 (no licence key configured).";

        Cli.Result listed = cli().run("plugins", "--lang", "en", "--plugins", plugins.toString());
        Cli.Result strict = cli().run("plugins", "--strict", "--lang", "en", "--plugins", plugins.toString());
        Cli.Result json = cli().run("plugins", "--strict", "--format", "json", "--lang", "en", "--plugins", plugins.toString());
        Cli.Result list = cli().run("list", "--strict", "--lang", "en", "--plugins", plugins.toString());

        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(line(listed.out(), "test-unready")).contains("loaded");
        assertThat(listed.out()).endsWith("\nStrategies that cannot prepare for a questionnaire that provides for them"
                + " (every response they are to score is refused):\n" + unready + "\n");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo(listed.out());
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).startsWith("{");
        assertThat(json.err()).isEqualTo("typwerk: " + unready.strip() + "\n(Add --debug to see the stack trace of what the strategy threw.)\n");
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).isEqualTo("typwerk: Start aborted (strict mode): 1 strategy cannot prepare for a questionnaire"
                + " that provides for them\n" + unready + "\n");
    }

    @Test
    void with_strict_other_commands_refuse_to_start_naming_the_jar_in_one_line_without_a_stack_trace() throws IOException {
        Cli.Result r = cli().run("list", "--strict", "--plugins", PluginFolder.goodAndCorrupt(temp).toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: ").contains(PluginFolder.CORRUPT_JAR).doesNotContain("\tat ");
    }

    @Test
    void with_strict_each_refused_plugin_is_named_once_with_its_id_source_and_reason() throws IOException {
        Path plugins = PluginFolder.goodAndCorrupt(temp);

        Cli.Result r = cli().run("list", "--strict", "--lang", "en", "--plugins", plugins.toString());

        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err().lines().toList().get(0)).isEqualTo("typwerk: Start aborted (strict mode): 1 plugin not loaded");
        assertThat(r.err().lines().toList().get(1)).startsWith("  " + PluginFolder.CORRUPT_JAR + " ("
                + plugins.resolve(PluginFolder.CORRUPT_JAR) + "): not a valid jar");
    }

    @Test
    void the_stack_trace_appears_only_with_debug() throws IOException {
        Cli.Result r = cli().run("list", "--strict", "--debug", "--plugins", PluginFolder.goodAndCorrupt(temp).toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void the_plugins_folder_can_come_from_typwerk_plugins() throws IOException {
        Path folder = PluginFolder.good(temp);

        Cli.Result r = cli().variable("TYPWERK_PLUGINS", folder.toString()).run("plugins");

        assertThat(line(r.out(), "test-amtstypen")).contains("geladen");
    }

    @Test
    void the_plugins_folder_defaults_to_typwerk_plugins_in_the_home_folder() throws IOException {
        Path home = temp.resolve("home");
        PluginJar.of(Fixtures.path("plugin-good"), home.resolve(".typwerk/plugins").resolve(PluginFolder.GOOD_JAR));

        Cli.Result r = new Cli(home).run("plugins");

        assertThat(line(r.out(), "test-amtstypen")).contains("geladen");
    }

    @Test
    void shows_each_plugins_name_vendor_sha256_strategy_descriptions_and_questionnaire_titles() throws IOException {
        Path folder = PluginFolder.good(temp);

        Cli.Result r = cli().run("plugins", "--plugins", folder.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("""

                test-amtstypen 2.1.0: Amtstypen (test fixture) · Typwerk tests
                  works with the plugin API [1.0.0,2.0.0), as its descriptor says (this Typwerk: 1.0.0)
                  SHA-256 %s
                  questionnaire test-amtstypen@2.1.0: Which kind of office are you?
                """.formatted(sha256(folder.resolve(PluginFolder.GOOD_JAR))));
        assertThat(r.out()).contains("\n  strategy points 1.0.0: Each answer gives points per type; a type’s score is its"
                + " points against the most it could have got from the questions answered.\n");
    }

    @Test
    void says_of_a_refused_plugin_what_it_would_have_provided() throws IOException {
        Cli.Result r = cli().run("plugins", "--plugins", PluginFolder.futureApi(temp).toString(), "--lang", "en");

        assertThat(r.out()).contains("\n  would have provided: questionnaire test-amtstypen@2.1.0: Which kind of office are you?\n");
        // before an upgrade, or after one: which API each plugin works with, beside this engine's
        assertThat(r.out()).contains("\n  works with the plugin API [2.0.0,3.0.0), as its descriptor says (this Typwerk: 1.0.0)\n");
    }

    @Test
    void as_json_gives_tools_every_plugin_in_a_fixed_field_order_and_the_same_bytes_each_time() throws IOException {
        Path folder = PluginFolder.goodAndCorrupt(temp);

        Cli.Result first = cli().run("plugins", "--plugins", folder.toString(), "--format", "json");
        Cli.Result second = cli().run("plugins", "--plugins", folder.toString(), "--format", "json");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode report = new ObjectMapper().readTree(first.out());
        assertThat(report.get("api").asText()).isEqualTo("1.0.0");
        JsonNode good = plugin(report, "test-amtstypen");
        assertThat(good.fieldNames()).toIterable().containsExactly("id", "version", "api", "name", "vendor", "description",
                "state", "reason", "source", "sha256", "provides", "problems");
        assertThat(good.get("api").asText()).isEqualTo("[1.0.0,2.0.0)");
        assertThat(good.get("state").asText()).isEqualTo("loaded");
        assertThat(good.get("name").asText()).isEqualTo("Amtstypen (test fixture)");
        assertThat(good.get("sha256").asText()).isEqualTo(sha256(folder.resolve(PluginFolder.GOOD_JAR)));
        JsonNode questionnaire = good.get("provides").get(0);
        assertThat(questionnaire.fieldNames()).toIterable().containsExactly("kind", "id", "version", "extends", "class", "text");
        assertThat(questionnaire.get("kind").asText()).isEqualTo("questionnaire");
        assertThat(questionnaire.get("text").get("en").asText()).isEqualTo("Which kind of office are you?");
        JsonNode points = plugin(report, "typwerk-strategy-points").get("provides").get(0);
        assertThat(points.get("kind").asText()).isEqualTo("strategy");
        assertThat(points.get("id").asText()).isEqualTo("points");
        assertThat(points.get("class").asText()).isEqualTo("de.typwerk.strategy.points.PointsStrategy");
        assertThat(points.get("text").get("de").asText()).startsWith("Jede Antwort gibt Punkte je Typ");
        JsonNode corrupt = plugin(report, PluginFolder.CORRUPT_JAR);
        assertThat(corrupt.get("state").asText()).isEqualTo("failed");
        assertThat(corrupt.get("reason").asText()).contains("kein gültiges Jar-Archiv");
    }

    private static JsonNode plugin(JsonNode report, String id) {
        for (JsonNode p : report.get("plugins")) {
            if (p.get("id").asText().equals(id)) return p;
        }
        throw new AssertionError("no plugin " + id + " in " + report);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_unknown_questionnaire_names_the_refused_plugin_that_had_it_and_hints_at_plugins() throws IOException {
        Path folder = PluginFolder.futureApi(temp);
        Path jar = folder.resolve(PluginFolder.GOOD_JAR);

        Cli.Result r = cli().run("show", "test-amtstypen", "--plugins", folder.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("There is no questionnaire “test-amtstypen”.",
                " It would have come from a plugin that is not loaded: test-amtstypen (" + jar
                        + ": plugin test-amtstypen needs API version [2.0.0,3.0.0), "
                        + "a later one than this engine\u2019s 1.0.0: run it on a Typwerk whose API is in that range (typwerk --version shows it), or, if it uses nothing added after 1.0.0, write api: \"[1.0,2.0)\" in its descriptor).",
                // --plugins was given: not how to give it, but how to see what came of it
                " typwerk plugins --plugins " + TypwerkCommand.shellWord(folder.toString())
                        + " shows what was loaded from the --plugins folders and what was not.");
        assertThat(r.err()).doesNotContain("--plugins DIR");
    }

    @Test
    void answers_to_a_questionnaire_of_a_refused_plugin_name_it_in_the_problem_and_hint_at_plugins() throws IOException {
        Path folder = PluginFolder.futureApi(temp);
        Path answers = Fixtures.path("valid/personas/ruhig.yaml");

        Cli.Result r = cli().run("score", answers.toString(), "--plugins", folder.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines()).singleElement().asString()
                .startsWith(answers + ":2:1: error: Unknown questionnaire 'test-amtstypen'")
                .endsWith("It would have come from a plugin that is not loaded: test-amtstypen ("
                        + folder.resolve(PluginFolder.GOOD_JAR) + ": plugin test-amtstypen needs API version [2.0.0,3.0.0), "
                        + "a later one than this engine\u2019s 1.0.0: run it on a Typwerk whose API is in that range (typwerk --version shows it), or, if it uses nothing added after 1.0.0, write api: \"[1.0,2.0)\" in its descriptor).");
        assertThat(r.err().strip()).isEqualTo("typwerk plugins --plugins " + TypwerkCommand.shellWord(folder.toString())
                + " shows what was loaded from the --plugins folders and what was not.");
    }

    static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in:\n" + text));
    }

    @Test
    void a_plugin_that_fails_for_two_registrations_lists_each_problem_once_naming_its_jar_once() throws java.io.IOException {
        Path classes = PluginFolder.classes(temp.resolve("zaehler"), "plugin-counting", "CountingStrategy");
        String providers = "META-INF/services/de.typwerk.api.spi.QuestionnaireProvider";
        java.nio.file.Files.writeString(classes.resolve(providers),
                "de.example.zaehler.LaenderProvider\nde.typwerk.cli.strategies.CountingStrategy\n");
        Path jar = PluginJar.of(classes, temp.resolve("plugins/zaehler-1.0.0.jar"));

        Cli.Result r = cli().run("plugins", "--plugins", jar.getParent().toString(), "--lang", "en");

        assertThat(r.out()).contains("  Problems in test-counting:\n"
                + "    " + jar + ": error: META-INF/services/de.typwerk.api.spi.QuestionnaireProvider names the class"
                + " de.example.zaehler.LaenderProvider, which is not there (ClassNotFoundException), as when a class is renamed"
                + " or moved: write there the full name (with its package) of the class that implements"
                + " de.typwerk.api.spi.QuestionnaireProvider\n"
                + "    " + jar + ": error: META-INF/services/de.typwerk.api.spi.QuestionnaireProvider names the class"
                + " de.typwerk.cli.strategies.CountingStrategy, which does not implement de.typwerk.api.spi.QuestionnaireProvider:"
                + " name a strategy in META-INF/services/de.typwerk.api.spi.ScoringStrategy, a questionnaire provider in"
                + " META-INF/services/de.typwerk.api.spi.QuestionnaireProvider\n");
    }
}
