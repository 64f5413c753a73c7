package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file treats one that exists alike: it is not overwritten, the command
 * says so in one line and exits 2, and {@code --force} replaces it; a device has nothing to lose.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExistingOutputTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    @Test
    void every_command_writing_a_file_refuses_one_that_exists_and_replaces_it_with_force() throws IOException {
        Path answers = temp.resolve("answers.jsonl");
        assertThat(cli().run("generate", "oefit-digitalisierungstypen", "--count", "3", "--seed", "1", "--out", answers.toString()).exitCode()).isZero();
        Path results = temp.resolve("results.jsonl");
        assertThat(cli().run("batch", answers.toString(), "--out", results.toString()).exitCode()).isZero();
        Path result = temp.resolve("result.json");
        Files.writeString(result, cli().run("score", Repository.persona("optimierer").toString(), "--format", "json").out(), StandardCharsets.UTF_8);

        List<String[]> commands = List.of(
                new String[] {"template", "oefit-digitalisierungstypen", "--out"},
                new String[] {"export", "oefit-digitalisierungstypen", "--to", "surveyjs", "--out"},
                new String[] {"generate", "oefit-digitalisierungstypen", "--count", "2", "--seed", "1", "--out"},
                new String[] {"batch", answers.toString(), "--out"},
                new String[] {"score", Repository.persona("optimierer").toString(), "--format", "json", "--out"},
                new String[] {"report", result.toString(), "--format", "html", "--out"},
                new String[] {"cohort", results.toString(), "--out"},
                new String[] {"plugins", "--lock"});
        for (String[] command : commands) {
            Path target = temp.resolve(command[0] + ".out");
            Files.writeString(target, "kept\n", StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(command));
            args.add(target.toString());
            args.addAll(List.of("--lang", "en"));

            Cli.Result refused = cli().run(args.toArray(String[]::new));
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
            assertThat(refused.err()).as(command[0]).startsWith("typwerk: \u201c" + target
                    + "\u201d exists already and is not overwritten: give --force to replace it, or choose another file.\n");
            assertThat(Files.readString(target, StandardCharsets.UTF_8)).as(command[0]).isEqualTo("kept\n");

            args.add("--force");
            Cli.Result forced = cli().run(args.toArray(String[]::new));
            assertThat(forced.exitCode()).as(forced.toString()).isZero();
            assertThat(Files.readString(target, StandardCharsets.UTF_8)).as(command[0]).isNotEqualTo("kept\n");
        }
        Cli.Result german = cli().run("export", "oefit-digitalisierungstypen", "--to", "fhir", "--out", temp.resolve("export.out").toString());
        assertThat(german.err()).startsWith("typwerk: \u201e" + temp.resolve("export.out") + "\u201c gibt es schon und wird nicht überschrieben");
        assertThat(cli().run("export", "oefit-digitalisierungstypen", "--to", "fhir", "--out", "/dev/null").exitCode()).isZero();
    }
}
