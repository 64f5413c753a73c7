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
                .isEqualTo("typwerk: “/dev/full” could not be written (no space left on device); what it holds is incomplete.");
    }
    /** The system's reason is said in the reader's language too, where it was English in a German line. */
    @org.junit.jupiter.api.Test
    void the_systems_reason_is_said_in_german_to_a_german_reader() {
        Cli.Result r = new Cli(temp.resolve("home")).locale(Locale.GERMANY)
                .run("export", "oefit-digitalisierungstypen", "--to", "surveyjs", "--out", "/dev/full");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk:")).toList()).as(r.toString()).singleElement().asString()
                .isEqualTo("typwerk: „/dev/full“ ließ sich nicht schreiben (kein Platz mehr auf dem Datenträger); was dort steht, ist unvollständig.");
    }

    /**
     * A folder that takes no new file (here /proc, which the system keeps to itself; permission denied
     * or a read-only file system alike): the line names the file the user gave and the system's reason,
     * not the hidden temporary file beside it that the system refused, and nothing is left behind.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "template oefit-digitalisierungstypen --out OUT", "export oefit-digitalisierungstypen --to fhir --out OUT",
        "score ANSWERS --out OUT", "report ANSWERS --format html --out OUT", "plugins --lock OUT",
        "take oefit-digitalisierungstypen --out OUT", "generate oefit-digitalisierungstypen --count 1 --seed 1 --out OUT",
        "batch ROWS --out OUT", "cohort RESULTS --out OUT"})
    void a_folder_that_takes_no_new_file_is_named_by_the_file_the_user_gave(String commandLine) throws IOException {
        Path out = Path.of("/proc", "typwerk-" + commandLine.split(" ")[0] + ".out");
        String[] args = (commandLine + " --lang en").replace("ANSWERS", Repository.answers("good.yaml").toString())
                .replace("ROWS", rows().toString()).replace("RESULTS", results().toString())
                .replace("OUT", out.toString()).split(" ");

        Cli.Result r = new Cli(temp.resolve("home")).locale(Locale.UK).input("3\nq\n").run(args);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception", "\tat ", ".part", "--debug");
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk:")).toList()).as(r.toString()).singleElement().asString()
                .startsWith("typwerk: “" + out + "” could not be written (")
                .endsWith("); a file of that name stays as it was.");
        assertThat(out).doesNotExist();
    }

    /**
     * A folder that does not exist is made by every command that writes a file (as mkdir -p would);
     * where it cannot be made (here in /proc) that is the same one line and exit 1 as a folder that
     * takes no new file, for batch and generate too, which called it a wrong command line (exit 2).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "template oefit-digitalisierungstypen --out OUT", "export oefit-digitalisierungstypen --to fhir --out OUT",
        "score ANSWERS --out OUT", "report ANSWERS --format html --out OUT", "plugins --lock OUT",
        "generate oefit-digitalisierungstypen --count 1 --seed 1 --out OUT", "batch ROWS --out OUT", "cohort RESULTS --out OUT"})
    void a_folder_that_cannot_be_made_is_said_alike_by_every_command(String commandLine) throws IOException {
        Path out = Path.of("/proc", "typwerk-" + commandLine.split(" ")[0], "neu", "ergebnis.out");
        String[] args = (commandLine + " --lang en").replace("ANSWERS", Repository.answers("good.yaml").toString())
                .replace("ROWS", rows().toString()).replace("RESULTS", results().toString())
                .replace("OUT", out.toString()).split(" ");

        Cli.Result r = new Cli(temp.resolve("home")).locale(Locale.UK).run(args);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception", "\tat ", "--debug");
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk:")).toList()).as(r.toString()).singleElement().asString()
                .startsWith("typwerk: “" + out + "” could not be written (")
                .endsWith("); a file of that name stays as it was.");
    }

    private Path rows() throws IOException {
        return Files.writeString(temp.resolve("rows.jsonl"), "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"answers\":{}}\n");
    }

    private Path results() throws IOException {
        Path results = temp.resolve("results.jsonl");
        Cli.Result generated = new Cli(temp.resolve("home")).run("generate", "oefit-digitalisierungstypen", "--count", "2", "--seed", "1",
                "--out", temp.resolve("answers.jsonl").toString(), "--force");
        Cli.Result scored = new Cli(temp.resolve("home")).run("batch", temp.resolve("answers.jsonl").toString(), "--out", results.toString(), "--force");
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        return results;
    }
}
