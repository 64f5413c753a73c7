package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that come from a strategy's Java code, which no definition check sees (its description,
 * the problems its check returns, the message of what it throws), reach the terminal with every
 * control character and control of the text direction written out: an escape sequence does not
 * colour the terminal or set its title, a right-to-left override does not turn the rest of the
 * line around, as a definition's or a descriptor's texts cannot either.
 */
class PluginCodeTextsTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    private static void assertNothingObeyed(Cli.Result r) {
        for (String stream : new String[] {r.out(), r.err()}) {
            assertThat(stream).as(r.toString()).doesNotContain("\u001b", "\u0007", "\u202E");
        }
    }

    @Test
    void plugins_shows_a_strategy_description_with_an_escape_sequence_and_a_direction_override_written_out() throws IOException {
        Path plugins = PluginFolder.shouting(temp);

        Cli.Result text = cli().run("plugins", "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result json = cli().run("plugins", "--plugins", plugins.toString(), "--lang", "en", "--format", "json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("  strategy shouting 1.0.0: Loud \\u001b[31mred\\u001b[0m \\u202eesrever\n");
        assertNothingObeyed(text);
        assertThat(json.out()).contains("\"en\" : \"Loud \\\\u001b[31mred\\\\u001b[0m \\\\u202eesrever\"");
        assertNothingObeyed(json);
    }

    @Test
    void validate_shows_the_warning_a_strategy_check_returns_written_out() throws IOException {
        Path plugins = PluginFolder.shouting(temp);
        Path jar = plugins.resolve("shouting.jar");

        Cli.Result r = cli().run("validate", jar.toString(), "--lang", "en");

        assertThat(r.out()).as(r.toString()).contains(": warning: Mind \\u001b]0;pwned\\u0007 \\u202eesrever\n");
        assertNothingObeyed(r);
    }

    @Test
    void score_names_what_a_strategy_threw_with_its_message_written_out() throws IOException {
        Path plugins = PluginFolder.shouting(temp);
        Path answers = temp.resolve("laut.yaml");
        Files.writeString(answers, "questionnaire: test-laut\nversion: 1.0.0\nanswers:\n  q: a\n");

        Cli.Result text = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result json = cli().run("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en", "--format", "json");

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(text.out() + text.err()).contains("(kaputt \\u001b[2J \\u202eesrever)");
        assertNothingObeyed(text);
        assertNothingObeyed(json);
    }
}
