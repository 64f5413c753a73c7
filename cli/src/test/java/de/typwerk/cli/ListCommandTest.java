package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typwerk list}. */
class ListCommandTest {

    @TempDir
    Path temp;

    @Test
    void lists_id_version_title_languages_strategy_and_plugin_in_the_chosen_language() throws IOException {
        Path folder = PluginFolder.good(temp);
        Cli cli = new Cli(temp.resolve("home"));

        Cli.Result de = cli.run("list", "--plugins", folder.toString());
        Cli.Result en = cli.run("list", "--plugins", folder.toString(), "--lang", "en");

        assertThat(de.exitCode()).as(de.toString()).isZero();
        assertThat(de.out()).startsWith("ID").contains("TITEL", "SPRACHEN", "AUSWERTUNG", "PLUGIN");
        assertThat(PluginsCommandTest.line(de.out(), "test-amtstypen"))
                .matches("test-amtstypen +2\\.1\\.0 +Welcher Amtstyp sind Sie\\? +de, en +- +test-amtstypen");
        assertThat(PluginsCommandTest.line(en.out(), "test-amtstypen")).contains("Which kind of office are you?");
    }

    @Test
    void says_on_standard_error_which_plugins_were_not_loaded_and_still_lists_the_others() throws IOException {
        Path folder = PluginFolder.goodAndCorrupt(temp);

        Cli.Result r = new Cli(temp.resolve("home")).run("list", "--plugins", folder.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(PluginsCommandTest.line(r.out(), "test-amtstypen")).contains("Which kind of office are you?");
        assertThat(r.err()).startsWith("typwerk: not loaded: ").contains(PluginFolder.CORRUPT_JAR).endsWith("(details: typwerk plugins)\n");
    }

    @Test
    void global_options_may_come_before_the_command() throws IOException {
        Path folder = PluginFolder.good(temp);

        Cli.Result r = new Cli(temp.resolve("home")).run("--lang", "en", "--plugins", folder.toString(), "list");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(PluginsCommandTest.line(r.out(), "test-amtstypen")).contains("Which kind of office are you?");
    }

    @Test
    void lists_the_oefit_questionnaire_from_the_class_path() {
        Cli.Result r = new Cli(temp).run("list");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("oefit-digitalisierungstypen");
    }
}
