package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk} as the shell runs it: a separate JVM through {@link Main#main}, with a foreign
 * locale and a platform encoding that is not UTF-8, so what reaches the terminal is checked as
 * bytes, with the real exit code.
 */
class ProcessTest {

    @TempDir
    Path temp;

    /**
     * {@code typwerk args} as its own JVM with {@code jvmOptions}, a home without plugins and no
     * {@code TYPWERK_PLUGINS}; standard error into the file {@code err}.
     */
    private ProcessBuilder process(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + temp.resolve("home"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(temp.resolve("err").toFile());
        builder.environment().remove(Environment.PLUGINS_VARIABLE);
        return builder;
    }

    private Run typwerk(String... args) throws IOException, InterruptedException {
        Process process = process(List.of("-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1"), args)
                .redirectOutput(temp.resolve("out").toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("typwerk did not finish");
        }
        return new Run(process.exitValue(), Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }

    record Run(int exitCode, String out, String err) {
    }

    /** {@code typwerk args > /dev/full}: every write to standard output fails with "no space left". */
    private Run toFullDevice(String... args) throws IOException, InterruptedException {
        Process process = process(List.of(), args).redirectOutput(new java.io.File("/dev/full")).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("typwerk did not finish");
        }
        return new Run(process.exitValue(), "", Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"score ANSWERS --lang en", "batch ROWS --lang en"})
    @org.junit.jupiter.api.Timeout(120)
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void a_full_device_as_standard_output_is_an_error_in_one_line(String commandLine) throws Exception {
        Path rows = Files.writeString(temp.resolve("rows.jsonl"), "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"answers\":{}}\n".repeat(3));
        String[] args = commandLine.replace("ANSWERS", Repository.answers("good.yaml").toString()).replace("ROWS", rows.toString()).split(" ");

        Run r = toFullDevice(args);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("typwerk: ")).toList()).as(r.err())
                .singleElement().asString().startsWith("typwerk: Standard output could not be written (no space left on device)");
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    /**
     * Runs {@code typwerk args} with standard output to a pipe, reads the first line and closes the
     * pipe, as {@code typwerk … | head -n 1} does; the line, the exit code and standard error.
     */
    private Run firstLineOf(String... args) throws IOException, InterruptedException {
        Process process = process(List.of(), args).start();
        String first;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            first = out.readLine();
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("typwerk did not stop when its reader did");
        }
        return new Run(process.exitValue(), first, Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void an_output_that_is_the_file_standard_input_comes_from_is_refused_and_the_input_is_kept() throws Exception {
        // typwerk score - --out a.yaml --force < a.yaml replaced the answers with their report, where batch refused it
        Path answers = Files.copy(Repository.answers("good.yaml"), temp.resolve("answers.yaml"));
        String before = Files.readString(answers, StandardCharsets.UTF_8);

        for (String command : List.of("score", "report", "cohort", "batch")) {
            Process process = process(List.of(), command, "-", "--out", answers.toString(), "--force", "--lang", "en")
                    .redirectInput(answers.toFile()).redirectOutput(temp.resolve("out").toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("typwerk did not finish");
            }
            String err = Files.readString(temp.resolve("err"), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(command + ": " + err).isEqualTo(2);
            assertThat(err).as(command).startsWith("typwerk: The output \u201c" + answers
                    + "\u201d is the same file as the input \u201c-\u201d and would replace it; choose another file with --out.");
            assertThat(Files.readString(answers, StandardCharsets.UTF_8)).as(command).isEqualTo(before);
        }
    }

    @Test
    void a_batch_whose_reader_stops_early_ends_quietly_with_the_code_of_a_closed_pipe() throws Exception {
        Path plugins = PluginFolder.good(temp);
        Run generated = typwerk("generate", "test-amtstypen", "--count", "100000", "--seed", "3", "--plugins", plugins.toString(),
                "--out", temp.resolve("answers.jsonl").toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();

        Run r = firstLineOf("batch", temp.resolve("answers.jsonl").toString(), "--plugins", plugins.toString());

        assertThat(r.out()).startsWith("{\"row\":1,");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BROKEN_PIPE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void generate_stops_when_its_reader_does() throws Exception {
        Path plugins = PluginFolder.good(temp);

        // without stopping, this would run for many minutes
        Run r = firstLineOf("generate", "test-amtstypen", "--count", "100000000", "--seed", "3", "--plugins", plugins.toString());

        assertThat(r.out()).startsWith("{\"questionnaire\":\"test-amtstypen\"");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BROKEN_PIPE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void serve_answers_at_the_address_it_prints_names_a_plugin_it_could_not_load_and_a_sigterm_stops_it_quietly()
            throws Exception {
        Path plugins = PluginFolder.goodAndCorrupt(temp);
        Process process = process(List.of(), "serve", "--port", "0", "--lang", "en", "--plugins", plugins.toString()).start();
        try {
            String first;
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            first = out.readLine();
            assertThat(first).matches("Typwerk answers at http://127\\.0\\.0\\.1:\\d+/ \\(stop with Ctrl\\+C\\)\\.");
            java.net.URI uri = java.net.URI.create(first.substring(first.indexOf("http://"), first.indexOf("/ ") + 1));

            var client = java.net.http.HttpClient.newHttpClient();
            var health = client.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\" : \"ok\"");

            process.destroy(); // SIGTERM, as a service manager stops it
            if (!process.waitFor(1, TimeUnit.MINUTES)) throw new AssertionError("typwerk serve did not stop");
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isEqualTo(143);
        String err = Files.readString(temp.resolve("err"), StandardCharsets.UTF_8);
        List<String> lines = err.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("typwerk: not loaded: ").contains(PluginFolder.CORRUPT_JAR).endsWith("(details: typwerk plugins)");
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z [0-9a-f]{16} GET /health 200 \\d+ ms \\d+ bytes");
    }

    @Test
    void serve_names_a_strategy_that_cannot_prepare_at_the_start_not_only_at_the_first_request_it_refuses() throws Exception {
        Path plugins = PluginFolder.unready(temp);
        Process process = process(List.of(), "serve", "--port", "0", "--lang", "en", "--quiet", "--plugins", plugins.toString()).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(first).startsWith("Typwerk answers at http://127.0.0.1:");
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) throw new AssertionError("typwerk serve did not stop");
        } finally {
            process.destroyForcibly();
        }
        List<String> lines = Files.readString(temp.resolve("err"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).singleElement().asString()
                .startsWith("typwerk: The scoring strategy 'unready' of the plugin 'test-unready' (")
                .endsWith(") could not prepare for the questionnaire test-unbereit@1.0.0 (no licence key configured)."
                        + " Every response it is asked to score is refused (details: typwerk plugins)");
    }

    /**
     * A batch still streaming when SIGTERM's grace ends is cut, as docs/http.md says: its client got
     * the rows written so far, the last perhaps in part, and no last, empty chunk, so that its HTTP
     * library reports the answer incomplete rather than ended; the process exits 143.
     */
    @Test
    @org.junit.jupiter.api.Timeout(180)
    void a_batch_that_outlasts_the_grace_after_sigterm_is_cut_without_its_last_chunk() throws Exception {
        Path plugins = PluginFolder.good(temp);
        Run generated = typwerk("generate", "test-amtstypen", "--count", "100000", "--seed", "3", "--plugins", plugins.toString(),
                "--out", temp.resolve("rows.jsonl").toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        byte[] rows = Files.readAllBytes(temp.resolve("rows.jsonl"));
        Process process = process(List.of(), "serve", "--port", "0", "--quiet", "--plugins", plugins.toString()).start();
        try (java.net.Socket socket = new java.net.Socket()) {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            java.net.URI uri = java.net.URI.create(first.substring(first.indexOf("http://"), first.indexOf("/ ") + 1));
            // a client that reads nothing for now: the full rows fill the connection, and the batch waits on it
            socket.setReceiveBufferSize(64 * 1024);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", uri.getPort()));
            Thread sending = new Thread(() -> {
                try {
                    socket.getOutputStream().write(("POST /v1/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                            + "Content-Length: " + rows.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(rows);
                } catch (IOException closed) {
                    // the server closed the connection: what the answer holds is checked below
                }
            });
            sending.setDaemon(true);
            sending.start();
            Thread.sleep(2000);

            long stopped = System.nanoTime();
            process.destroy(); // SIGTERM
            socket.setSoTimeout(60_000);
            // read slowly (some 160 KB a second), so that the batch cannot end within the grace
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) >= 0; Thread.sleep(100)) read.write(buffer, 0, n);
            } catch (java.net.SocketException reset) {
                // closed with a reset: closed too, with what was read
            }
            byte[] answer = read.toByteArray();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve ended after SIGTERM").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
            assertThat(process.exitValue()).isEqualTo(143);
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("HTTP/1.1 200 ").contains("{\"row\":1,");
            assertThat(text).doesNotEndWith("\r\n0\r\n\r\n").doesNotContain("{\"row\":100000,");
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * A service manager's SIGTERM ends {@code serve} every time: while it starts, as soon as it
     * answers, and after a request. Twenty starts, each given at most 30 s to end.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, unit = TimeUnit.MINUTES)
    void every_sigterm_ends_serve_whenever_it_comes() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            Process process = process(List.of(), "serve", "--port", "0", "--lang", "en").start();
            try {
                if (i % 4 == 0) {
                    Thread.sleep(50L * (i % 7)); // during the start
                } else {
                    var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    String first = out.readLine();
                    assertThat(first).as("start %d", i).contains("http://");
                    if (i % 4 == 2) {
                        java.net.URI uri = java.net.URI.create(first.substring(first.indexOf("http://"), first.indexOf("/ ") + 1));
                        client.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/health")).build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                    }
                }
                process.destroy(); // SIGTERM
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("serve ended after SIGTERM (start %d)", i).isTrue();
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    void dozens_of_slow_clients_keep_nobody_else_waiting_and_are_cut_off_at_the_request_deadline() throws Exception {
        // one answer scored at a time, and three seconds for a request to arrive
        Process process = process(List.of(), "serve", "--port", "0", "--threads", "1", "--request-timeout", "3", "--quiet").start();
        List<java.net.Socket> slow = new ArrayList<>();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            java.net.URI uri = java.net.URI.create(first.substring(first.indexOf("http://"), first.indexOf("/ ") + 1));
            // 20 clients that never finish their headers, 20 that never finish their body
            for (int i = 0; i < 40; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", uri.getPort());
                String start = i % 2 == 0 ? "GET /health HTTP/1.1\r\nHost: x\r\nAccept: "
                        : "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"quest";
                socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }

            var client = java.net.http.HttpClient.newHttpClient();
            var health = client.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            var score = client.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/v1/score")).header("Content-Type", "application/yaml")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(Repository.answers("good.yaml"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(score.statusCode()).isEqualTo(200);
            // each slow connection is closed by the server once its request is overdue: one whose
            // headers never end without a word, one whose body never ends after a 408 saying so
            for (int i = 0; i < slow.size(); i++) {
                java.net.Socket socket = slow.get(i);
                socket.setSoTimeout(60_000);
                try {
                    byte[] answer = socket.getInputStream().readAllBytes();
                    if (i % 2 == 0) {
                        assertThat(answer).isEmpty();
                    } else {
                        assertThat(new String(answer, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 408 ").contains("\"status\" : 408");
                    }
                } catch (java.net.SocketException reset) {
                    // closed with a reset: closed too
                    assertThat(i % 2).as("a body that never ends gets its 408 before the connection closes").isZero();
                }
            }
        } finally {
            for (java.net.Socket socket : slow) socket.close();
            process.destroyForcibly();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void ctrl_c_while_writing_ends_with_one_line_saying_the_file_was_not_written_exit_130_and_leaves_nothing_behind() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Path target = folder.resolve("answers.jsonl");
        Process process = process(List.of(), "generate", "oefit-digitalisierungstypen", "--count", "100000000", "--seed", "1",
                "--out", target.toString(), "--lang", "en").start();
        try {
            // writing has begun once the temporary file beside the target has content
            while (process.isAlive()) {
                try (var files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".part") && f.toFile().length() > 0)) break;
                }
                Thread.sleep(50);
            }
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            if (!process.waitFor(1, TimeUnit.MINUTES)) throw new AssertionError("typwerk did not stop on Ctrl-C");
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(Files.readString(temp.resolve("err"), StandardCharsets.UTF_8))
                .isEqualTo("typwerk: interrupted; “" + target + "” was not written (a file of that name stays as it was).\n");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void ctrl_c_while_writing_to_standard_output_says_that_it_has_only_part_of_the_output() throws Exception {
        Process process = process(List.of(), "generate", "oefit-digitalisierungstypen", "--count", "100000000", "--seed", "1",
                "--out", "-", "--lang", "de").start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("{\"questionnaire\":\"oefit-digitalisierungstypen\"");
            Thread drain = new Thread(() -> {
                try {
                    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // the process ended
                }
            });
            drain.start();
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            if (!process.waitFor(1, TimeUnit.MINUTES)) throw new AssertionError("typwerk did not stop on Ctrl-C");
        } finally {
            process.destroyForcibly();
        }

        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(Files.readString(temp.resolve("err"), StandardCharsets.UTF_8)).isEqualTo("typwerk: abgebrochen; auf der"
                + " Standardausgabe steht höchstens ein Teil der Ausgabe, die letzte Zeile womöglich abgeschnitten.\n");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void a_plugin_that_ends_the_process_while_scoring_is_named() throws Exception {
        Path plugins = PluginFolder.exiting(temp);
        Path answers = Files.writeString(temp.resolve("ende.yaml"), "questionnaire: test-ende\nversion: 1.0.0\nanswers:\n  q: a\n");

        Run r = typwerk("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("typwerk: The process was ended by plugin code (System.exit): "
                + "strategy 'exiting' – plugin 'test-exiting'. Typwerk ends with exit status 1.\n");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void a_plugin_that_ends_the_process_with_status_0_while_scoring_does_not_pass_for_a_success() throws Exception {
        Path plugins = PluginFolder.exiting(temp);
        Path answers = Files.writeString(temp.resolve("ende-null.yaml"),
                "questionnaire: test-ende-null\nversion: 1.0.0\nanswers:\n  q: a\n");

        Run r = typwerk("score", answers.toString(), "--plugins", plugins.toString(), "--lang", "en", "--format", "json");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("typwerk: The process was ended by plugin code (System.exit): "
                + "strategy 'exiting' – plugin 'test-exiting'. Typwerk ends with exit status 1.\n");
    }

    @Test
    void shows_a_questionnaire_in_utf8_whatever_the_platform_encoding_and_exits_0() throws Exception {
        Path plugins = PluginFolder.good(temp);

        Run r = typwerk("show", "test-amtstypen", "--plugins", plugins.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Welcher Amtstyp sind Sie?", "Bürgerservice", "Das ruhige Amt", "„Ja“");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void reports_a_broken_definition_with_exit_1_and_no_stack_trace() throws Exception {
        Run r = typwerk("validate", Fixtures.path("broken").toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines()).isNotEmpty().allMatch(l -> l.matches("^.+\\.yaml:\\d+:\\d+: error: .+$"));
        assertThat(r.err()).doesNotContain("\tat ", "Exception").contains("error");
    }

    @Test
    void a_usage_error_exits_2_with_a_short_message_and_no_stack_trace() throws Exception {
        Run r = typwerk("show");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: Es fehlt: ID.").doesNotContain("\tat ", "Exception");
    }

    @Test
    void validate_and_plugins_given_relative_folders_of_a_plugin_project_name_its_files_relative_to_where_they_run() throws Exception {
        Path project = temp.resolve("zaehler");
        Path classes = PluginFolder.classes(project, "plugin-counting", "CountingStrategy");
        String services = "META-INF/services/de.typwerk.api.spi.ScoringStrategy";
        String registration = "de.typwerk.cli.strategies.CountingStrategy\nde.example.zaehler.WeightSumStrategy\n";
        Files.writeString(classes.resolve(services), registration);
        Files.createDirectories(project.resolve("src/main/resources/META-INF/services"));
        Files.writeString(project.resolve("src/main/resources").resolve(services), registration);
        Files.createDirectories(project.resolve("plugins"));
        PluginJar.of(classes, project.resolve("plugins/zaehler-1.0.0.jar"));

        Run validate = inFolder(project, "validate", "target/classes", "--lang", "en");
        Run plugins = inFolder(project, "plugins", "--plugins", "plugins", "--lang", "en");

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
        assertThat(validate.out()).isEqualTo("src/main/resources/" + services + ":2:1: error: The class"
                + " de.example.zaehler.WeightSumStrategy named here is not there (ClassNotFoundException), as when a class is"
                + " renamed or moved: write here the full name (with its package) of the class that implements"
                + " de.typwerk.api.spi.ScoringStrategy; installed, the plugin would not load.\n");
        assertThat(plugins.out()).containsPattern("(?m)^test-counting +1\\.0\\.0 +plugins/zaehler-1\\.0\\.0\\.jar +failed: "
                + "META-INF/services/de\\.typwerk\\.api\\.spi\\.ScoringStrategy names the class de\\.example\\.zaehler\\.WeightSumStrategy");
    }

    /** {@code typwerk args} run in {@code folder}, as a shell there runs it. */
    private Run inFolder(Path folder, String... args) throws IOException, InterruptedException {
        Process process = process(List.of(), args).directory(folder.toFile()).redirectOutput(temp.resolve("out").toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("typwerk did not finish");
        }
        return new Run(process.exitValue(), Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }
}
