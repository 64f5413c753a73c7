package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An output file that cannot be written once it is open ({@code --out /dev/full}, a disk that
 * fills up) fails the command with one line that names the file and says what became of it, in
 * the user's language, as standard output that cannot be written does: not the system's reason
 * alone, which names no file.
 */
class OutputFileWriteTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {
        "batch ROWS --out /dev/full", "generate oefit-digitalisierungstypen --count 3 --seed 1 --out /dev/full",
        "export oefit-digitalisierungstypen --to surveyjs --out /dev/full", "report ANSWERS --format html --out /dev/full"})
    void a_command_whose_output_file_cannot_be_written_names_it_in_one_line(String commandLine) throws IOException {
        Path rows = Files.writeString(temp.resolve("rows.jsonl"), "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"answers\":{}}\n".repeat(3));
        String[] args = (commandLine + " --lang en").replace("ANSWERS", Repository.answers("good.yaml").toString())
                .replace("ROWS", rows.toString()).split(" ");

        Cli.Result r = new Cli(temp.resolve("home")).locale(Locale.UK).run(args);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "--debug");
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk:")).toList()).as(r.toString()).singleElement().asString()
                .isEqualTo("typwerk: “/dev/full” could not be written (No space left on device); what it holds is incomplete.");
    }
}
