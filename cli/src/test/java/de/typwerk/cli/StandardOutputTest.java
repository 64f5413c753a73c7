package de.typwerk.cli;

import de.typwerk.cli.output.StandardOutput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write to standard output that fails (a full disk, {@code > /dev/full}) makes every command
 * fail with one line and exit 1: a script must not take a result it does not have. A reader that
 * closed the pipe still ends the command quietly with 141.
 */
class StandardOutputTest {

    @TempDir
    Path temp;

    /** Standard output on a device that takes nothing, as {@code /dev/full} does. */
    private static final class Full extends OutputStream {
        private final String reason;

        Full(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }
    }

    private Cli.Result run(String reason, String... args) {
        StandardOutput stdout = new StandardOutput(new Full(reason));
        StringWriter err = new StringWriter();
        Main main = new Main(new Environment(Map.of(), temp.resolve("home"), Locale.UK),
                new Terminal(java.io.InputStream.nullInputStream(), false, Optional.of(stdout)), Optional.of(stdout));
        int code = main.run(args, new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true), new PrintWriter(err, true));
        return new Cli.Result(code, "", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "score ANSWERS", "score ANSWERS --format json", "show oefit-digitalisierungstypen", "show oefit-kreise --format json",
        "template oefit-digitalisierungstypen", "list", "plugins", "validate DEFINITIONS --format json", "batch ROWS",
        "generate oefit-digitalisierungstypen --count 3 --seed 1", "diff oefit-digitalisierungstypen oefit-kreise",
        "--help", "score --help", "--version"})
    void every_command_whose_output_cannot_be_written_fails_with_one_line(String commandLine) throws IOException {
        Path rows = Files.writeString(temp.resolve("rows.jsonl"), "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"answers\":{}}\n".repeat(3));
        String[] args = commandLine.replace("ANSWERS", Repository.answers("good.yaml").toString())
                .replace("DEFINITIONS", Fixtures.path("valid").toString()).replace("ROWS", rows.toString()).split(" ");

        Cli.Result r = run("No space left on device", args);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk:")).toList()).as(r.toString()).singleElement().asString()
                .isEqualTo("typwerk: Standard output could not be written (no space left on device); what it holds is incomplete.");
    }

    @Test
    void a_reader_that_closed_the_pipe_still_ends_the_command_quietly() {
        Cli.Result r = run("Broken pipe", "show", "oefit-digitalisierungstypen");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BROKEN_PIPE);
        assertThat(r.err()).isEmpty();
    }
}
