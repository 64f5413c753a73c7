package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk take} driven through a pipe, as a script would drive it: the ÖFIT questionnaire
 * answered the way the optimiser persona answers it, with the detours a person takes (a wrong
 * input, back, skip), quitting midway and resuming, and input that ends too early.
 */
class TakeCommandTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Cli cli(String input) {
        return new Cli(temp.resolve("home")).input(input);
    }

    private static List<String> optimiser() throws IOException {
        return Typing.linesFor(Repository.persona("optimierer"));
    }

    /** The answers part of a saved file: everything from {@code questionnaire:} on (the head comments name the file). */
    private static String answersOf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("questionnaire:"));
    }

    /** The result of scoring a file, as JSON, without the respondent (a persona names one, take does not). */
    private ObjectNode scored(Path answers) throws IOException {
        Cli.Result r = new Cli(temp.resolve("home")).run("score", answers.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        ObjectNode result = (ObjectNode) JSON.readTree(r.out());
        result.remove("respondent");
        return result;
    }

    @Test
    void the_command_to_resume_keeps_the_plugins_folders_given_so_the_questionnaire_is_found_again() throws IOException {
        Path plugins = PluginFolder.good(temp);
        Path saved = temp.resolve("amt.yaml");

        Cli.Result quit = cli("q\n").run("take", "test-amtstypen", "--plugins", plugins.toString(), "--out", saved.toString(),
                "--lang", "en");
        Cli.Result again = cli("").run("take", "test-amtstypen", "--plugins", plugins.toString(), "--out", saved.toString(),
                "--lang", "en");

        String resume = "typwerk take test-amtstypen --resume " + saved + " --plugins " + plugins;
        assertThat(quit.exitCode()).as(quit.toString()).isZero();
        assertThat(quit.out()).contains("Continue with: " + resume + "\n");
        assertThat(Files.readString(saved)).contains(resume + "\n");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists already. Continue with: " + resume + " (or choose");
    }

    @Test
    void a_device_as_the_answers_file_is_refused_before_the_first_question_as_what_it_is() {
        // the answers are read back to be scored at the end: /dev/null takes them and gives nothing back
        Cli.Result en = cli("").run("take", OEFIT, "--out", "/dev/null", "--lang", "en");
        Cli.Result de = cli("").run("take", OEFIT, "--out", "/dev/null", "--lang", "de");

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(2);
        assertThat(en.err()).startsWith("typwerk: “/dev/null” is not a regular file (a device or a named pipe): typwerk take saves"
                + " the answers there and reads them back at the end to score them; please choose a file with --out.\n");
        assertThat(en.out()).isEmpty();
        assertThat(de.exitCode()).as(de.toString()).isEqualTo(2);
        assertThat(de.err()).startsWith("typwerk: „/dev/null“ ist keine gewöhnliche Datei (ein Gerät oder eine benannte Pipe):"
                + " typwerk take speichert die Antworten dort und liest sie am Ende wieder ein, um sie auszuwerten; bitte mit --out"
                + " eine Datei wählen.\n");
    }

    @Test
    void answering_every_question_through_a_pipe_ends_in_the_report_and_a_saved_answers_file() throws IOException {
        Path saved = temp.resolve("antworten.yaml");

        Cli.Result r = cli(Typing.input(optimiser())).run("take", OEFIT, "--out", saved.toString(), "--lang", "de");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Frage 1 von 31 · Ihre Kommune", "Frage 32 von 32",
                "Alle Fragen beantwortet. Die Antworten stehen in " + saved,
                "Ihr Typ: Der Optimierer – mit ", "Empfehlungen für den Typ „Der Optimierer“");
        assertThat(r.out()).doesNotContain("\u001b[");
        assertThat(r.err()).isEmpty();
        // the report is the one score prints for the saved file
        Cli.Result score = new Cli(temp.resolve("home")).run("score", saved.toString(), "--lang", "de");
        assertThat(r.out()).endsWith(score.out());
        // and the answers are the persona's
        assertThat(scored(saved)).isEqualTo(scored(Repository.persona("optimierer")));
        assertThat(Files.readString(saved)).contains("\n  anmerkungen:  # übersprungen\n").doesNotContain(": null");
    }

    @Test
    void an_answer_that_adds_or_drops_a_question_says_so_where_the_count_changes() throws IOException {
        // the optimiser has a CDO: the question on its tasks comes in after "Frage 18 von 31"
        Cli.Result optimiser = cli(Typing.input(optimiser())).run("take", OEFIT, "--out", temp.resolve("o.yaml").toString(), "--lang", "de");
        String added = "Mit dieser Antwort kommt eine Frage hinzu; der Fragebogen hat jetzt 32 statt 31 Fragen.";
        assertThat(optimiser.out()).contains("Frage 18 von 31", added, "Frage 19 von 32");
        assertThat(optimiser.out().indexOf(added)).isBetween(optimiser.out().indexOf("Frage 18 von 31"), optimiser.out().indexOf("Frage 19 von 32"));
        // the Gemeinde of 900 offers no participation channel: the question on what becomes of it drops out,
        // where the count went from "Question 27 of 31" to "Question 28 of 30" without a word
        Cli.Result village = cli(Typing.input(Typing.linesFor(Repository.persona("vg-dorf"))))
                .run("take", OEFIT, "--out", temp.resolve("v.yaml").toString(), "--lang", "en");
        assertThat(village.exitCode()).as(village.toString()).isZero();
        String dropped = "After this answer one question no longer applies; the questionnaire now has 30 questions instead of 31.";
        assertThat(village.out()).contains("Question 27 of 31", dropped, "Question 28 of 30");
        assertThat(village.out().split("the questionnaire now has", -1)).hasSize(2);
        assertThat(village.out().indexOf(dropped)).isBetween(village.out().indexOf("Question 27 of 31"), village.out().indexOf("Question 28 of 30"));
        // an answer that changes nothing says nothing
        assertThat(optimiser.out().split("der Fragebogen hat jetzt", -1)).hasSize(2);
    }

    @Test
    void a_wrong_input_is_explained_and_asked_again_back_keeps_the_answer_and_skip_leaves_a_question_out() throws IOException {
        List<String> lines = new ArrayList<>(optimiser());
        // art: first something that is no answer, then the answer; einwohner; back to einwohner's predecessor? no:
        // back from it-personal to einwohner, keep it with Enter, then skip it-personal
        lines.add(0, "7");
        lines.add(3, "b");
        lines.add(4, "");
        lines.set(5, "s");
        Path saved = temp.resolve("antworten.yaml");

        Cli.Result r = cli(Typing.input(lines)).run("take", OEFIT, "--out", saved.toString(), "--lang", "de");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("„7“ ist keine der Antworten. Erwartet: Eine Nummer von 1 bis 3.",
                "Bisher: 284000", "Enter behält die bisherige Antwort.", "Ihr Typ: Der Optimierer");
        // Frage 2 is shown twice: once going forward, once coming back
        assertThat(r.out().split("Frage 2 von 31", -1)).hasSize(3);
        assertThat(answersOf(saved)).contains("einwohner: 284000\n  it-personal:  # übersprungen\n");
    }

    @Test
    void a_required_question_cannot_be_skipped_and_the_first_has_no_back() throws IOException {
        List<String> lines = new ArrayList<>(optimiser());
        lines.add(0, "s");
        lines.add(1, "b");
        Path saved = temp.resolve("antworten.yaml");

        Cli.Result r = cli(Typing.input(lines)).run("take", OEFIT, "--out", saved.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("This question is required and cannot be skipped.", "This is the first question.",
                "Question 1 of 31 · Your municipality");
    }

    @Test
    void quitting_midway_and_resuming_gives_the_same_answers_as_a_straight_run() throws IOException {
        List<String> all = optimiser();
        Path straight = temp.resolve("straight.yaml");
        Path resumed = temp.resolve("resumed.yaml");
        assertThat(cli(Typing.input(all)).run("take", OEFIT, "--out", straight.toString()).exitCode()).isZero();

        List<String> first = new ArrayList<>(all.subList(0, 12));
        first.add("q");
        Cli.Result quit = cli(Typing.input(first)).run("take", OEFIT, "--out", resumed.toString(), "--lang", "de");

        assertThat(quit.exitCode()).as(quit.toString()).isZero();
        assertThat(quit.out()).contains("Beendet. Die Antworten stehen in " + resumed,
                "Weiter mit: typwerk take " + OEFIT + " --resume " + resumed);
        assertThat(Files.readString(resumed)).contains("# Weiter mit: typwerk take " + OEFIT + " --resume " + resumed);

        Cli.Result rest = cli(Typing.input(all.subList(12, all.size()))).run("take", OEFIT, "--resume", resumed.toString(), "--lang", "de");

        assertThat(rest.exitCode()).as(rest.toString()).isZero();
        assertThat(rest.out()).contains("Fortsetzung: 12 Antworten sind schon gegeben.", "Frage 13 von 31", "Ihr Typ: Der Optimierer")
                .doesNotContain("Frage 12 von 31");
        assertThat(answersOf(resumed)).isEqualTo(answersOf(straight));
    }

    @Test
    void a_skipped_question_is_not_asked_again_after_resuming() throws IOException {
        List<String> all = optimiser();
        Path file = temp.resolve("antworten.yaml");
        List<String> first = new ArrayList<>(all.subList(0, 2));
        first.add("s");
        first.add("q");
        assertThat(cli(Typing.input(first)).run("take", OEFIT, "--out", file.toString()).exitCode()).isZero();

        Cli.Result rest = cli(Typing.input(all.subList(3, all.size()))).run("take", OEFIT, "--resume", file.toString());

        assertThat(rest.exitCode()).as(rest.toString()).isZero();
        assertThat(rest.out()).contains("Frage 4 von 31").doesNotContain("Frage 3 von 31");
        assertThat(answersOf(file)).contains("it-personal:  #");
    }

    @Test
    void input_that_ends_before_the_last_question_saves_and_exits_1() throws IOException {
        Path file = temp.resolve("antworten.yaml");

        Cli.Result r = cli(Typing.input(optimiser().subList(0, 5))).run("take", OEFIT, "--out", file.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("typwerk: the input ended before the last question. The answers are in " + file,
                "Continue with: typwerk take " + OEFIT + " --resume " + file);
        assertThat(answersOf(file)).startsWith("questionnaire: " + OEFIT + "\nversion: \"1.0.0\"\nanswers:\n  art: kreis\n");
    }

    @Test
    void an_out_file_in_a_place_that_takes_no_file_is_said_before_the_first_question() throws IOException {
        // /proc takes no new file (as a read-only file system or a folder not one's own): nothing typed is in vain
        Path out = Path.of("/proc", "typwerk-take-antworten.yaml");

        Cli.Result r = cli(Typing.input(optimiser().subList(0, 5))).run("take", OEFIT, "--out", out.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).as(r.toString()).doesNotContain("Question 1 of");
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk:")).toList()).as(r.toString()).singleElement().asString()
                .startsWith("typwerk: “" + out + "” could not be written (").endsWith("); a file of that name stays as it was.");
    }

    @Test
    void answers_the_out_file_takes_no_more_are_saved_in_the_temporary_folder_and_resumed_from_there() throws IOException {
        Path folder = temp.resolve("antworten");
        Path out = folder.resolve("oefit.yaml");
        byte[] typed = (Typing.input(optimiser().subList(0, 5)) + "q\n").getBytes(StandardCharsets.UTF_8);
        // once the questions are asked, the folder becomes a file: the place took the answers at the start, and no more
        java.io.InputStream meanwhile = turningIntoAFile(folder, typed);

        Cli.Result r = cli("").input(meanwhile).run("take", OEFIT, "--out", out.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("typwerk: “" + java.util.regex.Pattern.quote(out.toString())
                + "” could not be written \\(.+\\); the answers are saved in “(.+)” instead, from now on\\.").matcher(r.err());
        assertThat(said.find()).as(r.toString()).isTrue();
        Path saved = Path.of(said.group(1));
        try {
            assertThat(saved.getFileName().toString()).startsWith("typwerk-" + OEFIT + "-answers-").endsWith(".yaml");
            assertThat(r.out()).contains("Stopped. The answers are in " + saved, "Continue with: typwerk take " + OEFIT + " --resume " + saved);
            assertThat(answersOf(saved)).startsWith("questionnaire: " + OEFIT + "\nversion: \"1.0.0\"\nanswers:\n  art: kreis\n");
            assertThat(Files.readString(saved)).contains("--resume " + saved);

            // the rest of the questions from there ends in the report
            Cli.Result rest = cli(Typing.input(optimiser().subList(5, optimiser().size()))).run("take", OEFIT, "--resume", saved.toString());
            assertThat(rest.exitCode()).as(rest.toString()).isZero();
            assertThat(scored(saved).path("outcome").path("type").asText()).isEqualTo("optimierer");
        } finally {
            Files.deleteIfExists(saved);
        }
    }

    @Test
    void the_reason_a_save_failed_is_said_in_the_readers_language() throws IOException {
        Path folder = temp.resolve("antworten");
        Path out = folder.resolve("oefit.yaml");
        byte[] typed = (Typing.input(optimiser().subList(0, 1)) + "q\n").getBytes(StandardCharsets.UTF_8);
        // once the questions are asked, the folder becomes a file
        java.io.InputStream meanwhile = turningIntoAFile(folder, typed);

        Cli.Result r = cli("").input(meanwhile).run("take", OEFIT, "--out", out.toString(), "--lang", "de");

        java.util.regex.Matcher said = java.util.regex.Pattern.compile("typwerk: „" + java.util.regex.Pattern.quote(out.toString())
                + "“ konnte nicht geschrieben werden \\(ein Teil des Pfads ist eine Datei, kein Ordner\\); die Antworten stehen ab jetzt"
                + " stattdessen in „(.+)“\\.").matcher(r.err());
        assertThat(said.find()).as(r.toString()).isTrue();
        Files.deleteIfExists(Path.of(said.group(1)));
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void an_existing_answers_file_is_not_overwritten_without_resume() throws IOException {
        Path file = Files.writeString(temp.resolve("antworten.yaml"), "schon da");

        Cli.Result r = cli("").run("take", OEFIT, "--out", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--resume " + file);
        assertThat(Files.readString(file)).isEqualTo("schon da");
    }

    @Test
    void resuming_into_another_answers_file_that_exists_does_not_overwrite_it() throws IOException {
        Path begun = temp.resolve("begonnen.yaml");
        List<String> first = new ArrayList<>(optimiser().subList(0, 3));
        first.add("q");
        assertThat(cli(Typing.input(first)).run("take", OEFIT, "--out", begun.toString()).exitCode()).isZero();
        String begunText = Files.readString(begun);
        Path other = Files.writeString(temp.resolve("andere.yaml"), "die Antworten einer anderen Gemeinde");

        // quitting at once saved the three answers over the other file, without a word
        Cli.Result r = cli("q\n").run("take", OEFIT, "--resume", begun.toString(), "--out", other.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: “" + other + "” exists already and is not overwritten: the answers of “" + begun
                + "” go on in another file given with --out, or without --out in “" + begun + "” itself.");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(other)).isEqualTo("die Antworten einer anderen Gemeinde");
        assertThat(Files.readString(begun)).isEqualTo(begunText);

        // the file resumed named as --out too goes on in itself, as without --out
        Cli.Result same = cli("q\n").run("take", OEFIT, "--resume", begun.toString(), "--out", begun.toString());
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(answersOf(begun)).contains("art: kreis");
    }

    @Test
    void a_strategy_the_questionnaire_has_no_parameters_for_is_refused_before_the_first_question() {
        Cli.Result r = cli("").run("take", OEFIT, "--strategy", "levels", "--out", temp.resolve("a.yaml").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("levels", "prototype, points");
    }

    @Test
    void an_empty_strategy_is_refused_before_the_first_question_naming_the_option() {
        Cli.Result r = cli("").run("take", OEFIT, "--strategy=", "--lang", "en", "--out", temp.resolve("a.yaml").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: --strategy is empty; please name a strategy (loaded: levels, points, prototype)");
    }

    @Test
    void the_report_at_the_end_can_use_the_other_strategy_and_json() throws IOException {
        Path saved = temp.resolve("antworten.yaml");

        Cli.Result r = cli(Typing.input(optimiser())).run("take", OEFIT, "--out", saved.toString(), "--strategy", "points",
                "--format", "json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String json = r.out().substring(r.out().lastIndexOf("\n{\n") + 1);
        assertThat(JSON.readTree(json).path("strategy").path("id").asText()).isEqualTo("points");
    }

    @Test
    void an_unknown_questionnaire_is_a_usage_error() {
        Cli.Result r = cli("").run("take", "gibt-es-nicht");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("gibt-es-nicht", OEFIT);
    }

    /** {@code typed}, as a person types it, with {@code folder} replaced by a file when the first answer is read. */
    private static java.io.InputStream turningIntoAFile(Path folder, byte[] typed) {
        return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(typed)) {
            private boolean changed;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (!changed) {
                    changed = true;
                    Files.writeString(folder, "kein Ordner");
                }
                return super.read(b, off, len);
            }
        };
    }
}
