package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk take} as a separate JVM: through a pseudo-terminal (util-linux {@code script}),
 * where it prompts and Ctrl-C interrupts it, and through a pipe, where SIGINT comes from
 * {@code kill}. Either way the answers given so far are saved and the way to resume is said.
 * Skipped, with a message, where {@code script} or {@code kill} is not available.
 */
class TakeTerminalTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";

    @TempDir
    Path temp;

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + temp.resolve("home"),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static boolean available(String tool) {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) return false;
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Collects what a process writes, so a test can wait for a prompt. */
    private static final class Screen {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Screen(InputStream in) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (bytes) {
                            bytes.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "screen");
            t.setDaemon(true);
            t.start();
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        void waitFor(String expected) throws InterruptedException {
            for (int i = 0; i < 1200 && !text().contains(expected); i++) Thread.sleep(100);
            assertThat(text()).as("waiting for %s", expected).contains(expected);
        }
    }

    private static void type(OutputStream in, String text) throws IOException {
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void in_a_pseudo_terminal_it_prompts_and_ctrl_c_saves_a_resumable_answers_file() throws Exception {
        assumeTrue(available("script"), "util-linux script is not available: no pseudo-terminal test");
        Path file = temp.resolve("antworten.yaml");
        String command = String.join(" ", java("take", OEFIT, "--out", file.toString(), "--lang", "en").stream()
                .map(TakeTerminalTest::quote).toList());
        Process p = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        Screen screen = new Screen(p.getInputStream());
        try (OutputStream keys = p.getOutputStream()) {
            screen.waitFor("Question 1 of 31");
            type(keys, "3\r");
            screen.waitFor("Question 2 of 31");
            type(keys, "abc\r");
            screen.waitFor("“abc” is not a number.");
            type(keys, "284000\r");
            screen.waitFor("Question 3 of 31");
            type(keys, "\u0003");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(screen.text()).isTrue();
        } finally {
            p.destroyForcibly();
        }

        String seen = screen.text();
        assertThat(seen).contains("\u001b[1m", "> ");
        assertThat(seen).contains("Interrupted. The answers are in " + file,
                "Continue with: typwerk take " + OEFIT + " --resume " + file);
        assertThat(Files.readString(file)).contains("answers:\n  art: kreis\n  einwohner: 284000\n");
    }

    @Test
    void through_a_pipe_sigint_saves_a_resumable_answers_file() throws Exception {
        assumeTrue(available("kill"), "no kill command: no SIGINT test");
        Path file = temp.resolve("antworten.yaml");
        Path err = temp.resolve("err.txt");
        Process p = new ProcessBuilder(java("take", OEFIT, "--out", file.toString(), "--lang", "de"))
                .redirectError(err.toFile()).start();
        Screen screen = new Screen(p.getInputStream());
        try (OutputStream keys = p.getOutputStream()) {
            type(keys, "3\n284000\n");
            screen.waitFor("Frage 3 von 31");
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }

        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(screen.text()).doesNotContain("\u001b[");
        assertThat(Files.readString(err)).contains("Abgebrochen. Die Antworten stehen in " + file,
                "Weiter mit: typwerk take " + OEFIT + " --resume " + file);
        assertThat(Files.readString(file)).contains("answers:\n  art: kreis\n  einwohner: 284000\n");
    }
}
