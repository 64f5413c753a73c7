package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder where a file belongs, or an output file in a folder that is not there: every command
 * that reads or writes a file says so in the same words, in the user's language, as a usage error
 * (exit 2) before it reads or writes anything.
 */
class FilePathsTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    private Path answers() throws IOException {
        Path file = temp.resolve("answers.jsonl");
        Cli.Result generated = cli().run("generate", "oefit-digitalisierungstypen", "--count", "2", "--seed", "1", "--out", file.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        return file;
    }

    private Path results(Path answers) throws IOException {
        Path file = temp.resolve("results.jsonl");
        Cli.Result scored = cli().run("batch", answers.toString(), "--out", file.toString());
        assertThat(scored.exitCode()).as(scored.toString()).isZero();
        return file;
    }

    private static String[] with(List<String> command, String... more) {
        return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    @Test
    void an_output_that_is_a_folder_is_named_as_one_by_every_command_that_writes_a_file() throws IOException {
        Path answers = answers();
        Path results = results(answers);
        Path folder = Files.createDirectories(temp.resolve("ordner"));
        List<List<String>> commands = List.of(
                List.of("batch", answers.toString()),
                List.of("generate", "oefit-digitalisierungstypen", "--count", "1", "--seed", "1"),
                List.of("score", Repository.persona("optimierer").toString()),
                List.of("report", Repository.persona("optimierer").toString()),
                List.of("cohort", results.toString()),
                List.of("export", "oefit-digitalisierungstypen", "--to", "surveyjs"));
        for (List<String> command : commands) {
            String[] args = with(command, "--out", folder.toString());

            Cli.Result r = cli().run(args);

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(command.get(0)).startsWith("typwerk: Die Ausgabe „" + folder
                    + "“ lässt sich nicht schreiben: das ist ein Ordner, keine Datei\n");
            assertThat(r.err().lines()).as(command.get(0)).hasSize(2);
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void an_output_in_a_folder_that_does_not_exist_gets_its_folder_from_every_command_that_writes_a_file() throws IOException {
        Path answers = answers();
        Path results = results(answers);
        List<List<String>> commands = writing(answers, results, List.of("plugins", "--lock"));
        for (List<String> command : commands) {
            Path missing = temp.resolve("fehlt-" + command.get(0) + "/noch/ergebnis.txt");
            // plugins names its file with --lock, the last word of its command here
            String[] args = command.get(0).equals("plugins") ? with(command, missing.toString(), "--lang", "en")
                    : with(command, "--out", missing.toString(), "--lang", "en");

            Cli.Result r = cli().run(args);

            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(missing).as(command.get(0)).isRegularFile().isNotEmptyFile();
        }
    }

    @Test
    void an_output_whose_folder_is_a_file_is_named_alike_by_every_command_and_nothing_is_read() throws IOException {
        Path answers = answers();
        Path results = results(answers);
        Path file = Files.writeString(temp.resolve("notiz.txt"), "meine Notiz\n");
        Path out = file.resolve("neu/ergebnis.txt");
        List<List<String>> commands = writing(answers, results, List.of("take", "oefit-digitalisierungstypen"));
        for (List<String> command : commands) {
            Cli.Result r = cli().run(with(command, "--out", out.toString(), "--lang", "en"));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).as(command.get(0)).isEmpty();
            assertThat(r.err()).as(command.get(0)).startsWith("typwerk: “" + out + "” cannot be created: “" + file + "” is a file, not a folder.\n");
            assertThat(file).hasContent("meine Notiz");
        }
    }

    @Test
    void an_input_that_is_a_folder_is_named_as_one_not_as_missing() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("eingabe.jsonl"));
        for (String command : List.of("batch", "cohort", "report")) {
            Cli.Result r = cli().run(command, folder.toString());

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("typwerk: „" + folder + "“ ist ein Ordner, keine Datei.\n");
        }
    }

    @Test
    void answers_to_score_or_to_resume_that_are_a_folder_are_named_as_one_with_a_usage_error() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("antworten.yaml"));

        Cli.Result score = cli().run("score", folder.toString());
        Cli.Result resume = cli().run("take", "oefit-digitalisierungstypen", "--resume", folder.toString());

        for (Cli.Result r : List.of(score, resume)) {
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("typwerk: „" + folder + "“ ist ein Ordner, keine Datei.\n");
        }
    }

    @Test
    void an_input_that_is_a_symbolic_link_leading_nowhere_is_named_as_such_not_as_missing() throws IOException {
        Path loop = temp.resolve("schleife.yaml");
        Files.createSymbolicLink(loop, temp.resolve("kreis.yaml"));
        Files.createSymbolicLink(temp.resolve("kreis.yaml"), loop);
        Path dangling = Files.createSymbolicLink(temp.resolve("verwaist.jsonl"), temp.resolve("weg.jsonl"));

        Cli.Result score = cli().run("score", loop.toString());
        Cli.Result batch = cli().run("batch", dangling.toString(), "--lang", "en");
        Cli.Result validate = cli().run("validate", loop.toString());

        for (Cli.Result r : List.of(score, batch, validate)) assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(score.err()).startsWith("typwerk: „" + loop + "“ ist ein symbolischer Link, der ins Leere führt:"
                + " Sein Ziel fehlt, oder Links verweisen im Kreis aufeinander.\n");
        assertThat(validate.err()).startsWith("typwerk: „" + loop + "“ ist ein symbolischer Link");
        assertThat(batch.err()).startsWith("typwerk: “" + dangling + "” is a symbolic link that leads nowhere: its target is missing,"
                + " or links point to each other in a circle.\n");
    }

    /** A named pipe that gets {@code content} once a reader opens it, as {@code <(zcat rows.jsonl.gz)} does. */
    private Path pipe(String name, byte[] content) throws Exception {
        Path fifo = temp.resolve(name);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo, java.nio.file.StandardOpenOption.WRITE)) {
                out.write(content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        return fifo;
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    @org.junit.jupiter.api.Timeout(120)
    void batch_cohort_and_report_read_a_pipe_or_a_device_as_they_read_a_file() throws Exception {
        Path answers = answers();
        Path results = results(answers);
        Path persona = Repository.persona("optimierer");

        Cli.Result batch = cli().run("batch", pipe("rows.pipe", Files.readAllBytes(answers)).toString());
        Cli.Result cohort = cli().run("cohort", pipe("results.pipe", Files.readAllBytes(results)).toString());
        Cli.Result report = cli().run("report", pipe("answers.pipe", Files.readAllBytes(persona)).toString(), "--lang", "en");
        Cli.Result empty = cli().run("report", "/dev/null", "--lang", "en");

        assertThat(batch.exitCode()).as(batch.toString()).isZero();
        assertThat(batch.out()).isEqualTo(Files.readString(results));
        assertThat(cohort.exitCode()).as(cohort.toString()).isZero();
        assertThat(cohort.out()).isEqualTo(cli().run("cohort", results.toString()).out());
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).isEqualTo(cli().run("report", persona.toString(), "--lang", "en").out());
        // nothing to read is said as for an empty file, where report said it needed a file
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.out()).startsWith("/dev/null:1:1: error: The answers file is empty;");
    }

    @Test
    void an_output_ending_in_a_slash_names_a_folder_and_is_a_usage_error_not_a_file_without_the_slash() throws IOException {
        Path answers = answers();
        Path results = results(answers);
        String folder = temp.resolve("ergebnisse") + "/";
        List<List<String>> commands = List.of(
                List.of("batch", answers.toString()),
                List.of("generate", "oefit-digitalisierungstypen", "--count", "1", "--seed", "1"),
                List.of("score", Repository.persona("optimierer").toString()),
                List.of("report", Repository.persona("optimierer").toString()),
                List.of("cohort", results.toString()),
                List.of("export", "oefit-digitalisierungstypen", "--to", "surveyjs"),
                List.of("template", "oefit-digitalisierungstypen"));
        for (List<String> command : commands) {
            Cli.Result r = cli().run(with(command, "--out", folder));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(command.get(0)).startsWith("typwerk: „" + folder
                    + "“ endet auf /, nennt also einen Ordner, den es nicht gibt; die Ausgabe braucht den Namen einer Datei.\n");
            assertThat(temp.resolve("ergebnisse")).as(command.get(0)).doesNotExist();
        }
        Cli.Result empty = cli().run("generate", "oefit-digitalisierungstypen", "--count", "1", "--seed", "1", "--out", "", "--lang", "en");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).startsWith("typwerk: The output is an empty name; please name a file (or - for standard output, where there is one).\n");
    }

    @Test
    void a_trust_file_that_is_a_folder_or_not_utf8_is_named_in_words_not_in_the_systems() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("vertrauen"));
        Path latin1 = temp.resolve("trust.txt");
        Files.write(latin1, new byte[] {'#', ' ', 'G', 'r', (byte) 0xFC, 0x0A});

        Cli.Result onFolder = cli().run("list", "--trust", folder.toString());
        Cli.Result onLatin1 = cli().run("list", "--trust", latin1.toString(), "--lang", "en");

        assertThat(onFolder.exitCode()).isEqualTo(2);
        assertThat(onFolder.err()).startsWith("typwerk: „" + folder + "“ ist ein Ordner, keine Datei.\n");
        assertThat(onLatin1.exitCode()).isEqualTo(2);
        assertThat(onLatin1.err()).startsWith("typwerk: The trust list “" + latin1 + "” cannot be read: it is not UTF-8 text\n");
    }

    @Test
    void a_lock_file_that_is_a_folder_is_a_usage_error_before_the_plugins_are_listed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("sperre"));

        Cli.Result r = cli().run("plugins", "--lock", folder.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: Die Ausgabe „" + folder + "“ lässt sich nicht schreiben: das ist ein Ordner, keine Datei\n");
    }

    @Test
    void an_output_file_of_dash_is_standard_output_for_every_command_whose_output_file_is_optional() throws IOException {
        Path answers = answers();
        Path results = results(answers);
        List<List<String>> commands = List.of(
                List.of("batch", answers.toString()),
                List.of("generate", "oefit-digitalisierungstypen", "--count", "2", "--seed", "1"),
                List.of("score", Repository.persona("optimierer").toString()),
                List.of("report", Repository.persona("optimierer").toString()),
                List.of("cohort", results.toString()),
                List.of("export", "oefit-digitalisierungstypen", "--to", "surveyjs"),
                List.of("template", "oefit-digitalisierungstypen"));
        Path dash = Path.of("-");
        for (List<String> command : commands) {
            Cli.Result plain = cli().run(command.toArray(String[]::new));

            Cli.Result r = cli().run(with(command, "--out", "-"));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(plain.exitCode()).isZero();
            assertThat(r.out()).as(command.get(0)).isNotEmpty().isEqualTo(plain.out());
            assertThat(dash).as(command.get(0)).doesNotExist();
        }
    }

    @Test
    void an_output_file_of_dash_where_standard_output_is_taken_is_a_usage_error_saying_why() {
        Cli.Result take = cli().input("1\n").run("take", "oefit-digitalisierungstypen", "--out", "-", "--lang", "en");
        Cli.Result lock = cli().run("plugins", "--lock", "-");
        Cli.Result resume = cli().input("1\n").run("take", "oefit-digitalisierungstypen", "--resume", "-", "--lang", "en");

        assertThat(take.exitCode()).as(take.toString()).isEqualTo(2);
        assertThat(take.out()).isEmpty();
        assertThat(take.err()).startsWith("typwerk: --out -: typwerk take asks its questions and shows the report on standard"
                + " output; the answers need a file (without --out: typwerk-oefit-digitalisierungstypen-answers.yaml).\n");
        assertThat(lock.exitCode()).as(lock.toString()).isEqualTo(2);
        assertThat(lock.out()).isEmpty();
        assertThat(lock.err()).startsWith("typwerk: --lock -: Auf der Standardausgabe steht die Liste der Plugins;"
                + " die Liste für --trust braucht eine Datei.\n");
        assertThat(resume.exitCode()).as(resume.toString()).isEqualTo(2);
        assertThat(resume.err()).startsWith("typwerk: --resume -: typwerk take reads what you type from standard input;"
                + " the answers to go on from need a file.\n");
        assertThat(Path.of("-")).doesNotExist();
    }

    /** The commands that write a file with --out, on {@code answers} and {@code results}, then {@code last}. */
    private static List<List<String>> writing(Path answers, Path results, List<String> last) {
        return List.of(
                List.of("batch", answers.toString()),
                List.of("generate", "oefit-digitalisierungstypen", "--count", "1", "--seed", "1"),
                List.of("score", Repository.persona("optimierer").toString()),
                List.of("report", Repository.persona("optimierer").toString()),
                List.of("cohort", results.toString()),
                List.of("template", "oefit-digitalisierungstypen"),
                List.of("export", "oefit-digitalisierungstypen", "--to", "surveyjs"),
                last);
    }
}
