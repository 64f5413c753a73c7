package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code typwerk serve} refusing to start: each wrong command line or unusable address is one
 * line and exit 2, before anything listens. (Serving itself: {@link HttpApiTest}; the process
 * started and stopped as a service manager does: {@link ProcessTest}.)
 */
class ServeCommandTest {

    @TempDir
    Path temp;

    private Cli.Result serve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Cli(temp.resolve("home")).locale(Locale.ENGLISH).run(all);
    }

    @Test
    void a_port_that_is_taken_is_a_usage_error_naming_the_address() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Result r = serve("--port", String.valueOf(taken.getLocalPort()));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).startsWith("typwerk: Cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is in use already (is a server running there?)\n").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
            Cli.Result german = new Cli(temp.resolve("home")).run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(german.err()).startsWith("typwerk: Auf 127.0.0.1:" + taken.getLocalPort()
                    + " lässt sich nicht lauschen: die Adresse ist schon belegt (läuft dort schon ein Server?)\n");
        }
    }

    @Test
    void a_port_out_of_range_is_a_usage_error() {
        Cli.Result r = serve("--port", "70000");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be between 0 and 65535, not 70000.");
    }

    @Test
    void no_threads_is_a_usage_error() {
        Cli.Result r = serve("--port", "0", "--threads", "0");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be at least 1, not 0.");
    }

    @Test
    void an_unknown_host_is_a_usage_error() {
        Cli.Result r = serve("--port", "0", "--host", "no-such-host.invalid");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The address “no-such-host.invalid” is unknown.");
    }

    @Test
    void an_allowed_origin_must_be_an_origin_without_a_path() {
        Cli.Result r = serve("--port", "0", "--allow-origin", "https://portal.example.de/formular");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--allow-origin expects * or an origin such as https://portal.example.de");
        assertThat(ServeCommand.isOrigin("https://portal.example.de:8443")).isTrue();
        assertThat(ServeCommand.isOrigin("*")).isTrue();
        assertThat(ServeCommand.isOrigin("portal.example.de")).isFalse();
        assertThat(ServeCommand.isOrigin("ftp://portal.example.de")).isFalse();
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void every_option_also_comes_from_the_environment_and_a_flag_wins_over_it() {
        Cli fromEnvironment = new Cli(temp.resolve("home")).locale(Locale.ENGLISH).variable("TYPWERK_PORT", "70001");
        Cli.Result r = fromEnvironment.run("serve");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("typwerk: TYPWERK_PORT (--port) must be between 0 and 65535, not 70001.");

        Cli.Result flag = new Cli(temp.resolve("home")).locale(Locale.ENGLISH).variable("TYPWERK_PORT", "70001")
                .run("serve", "--port", "70002");
        assertThat(flag.err()).contains("typwerk: --port must be between 0 and 65535, not 70002.");

        Cli.Result threads = new Cli(temp.resolve("home")).locale(Locale.ENGLISH).variable("TYPWERK_THREADS", "0")
                .variable("TYPWERK_PORT", "0").run("serve");
        assertThat(threads.err()).contains("typwerk: TYPWERK_THREADS (--threads) must be at least 1, not 0.");

        // a value that does not convert is named by the variable it came from, in the user's language
        Cli.Result port = new Cli(temp.resolve("home")).locale(Locale.ENGLISH).variable("TYPWERK_PORT", "abc").run("serve");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("typwerk: “abc” is not a valid value for TYPWERK_PORT (--port); expected: a whole number.");
        Cli.Result quiet = new Cli(temp.resolve("home")).locale(Locale.GERMAN).variable("TYPWERK_PORT", "0")
                .variable("TYPWERK_QUIET", "ja").run("serve");
        assertThat(quiet.exitCode()).isEqualTo(2);
        assertThat(quiet.err()).contains("typwerk: „ja“ ist für TYPWERK_QUIET (--quiet) kein gültiger Wert; erwartet: true oder false.")
                .doesNotContain("boolean");
        Cli.Result given = new Cli(temp.resolve("home")).locale(Locale.ENGLISH).variable("TYPWERK_PORT", "abc").run("serve", "--port", "x");
        assertThat(given.err()).contains("“x” is not a valid value for --port;");

        Cli.Result origins = new Cli(temp.resolve("home")).locale(Locale.ENGLISH).variable("TYPWERK_PORT", "0")
                .variable("TYPWERK_ALLOW_ORIGIN", "https://a.example.de,https://b.example.de/pfad").run("serve");
        assertThat(origins.err()).contains("typwerk: TYPWERK_ALLOW_ORIGIN (--allow-origin) expects * or an origin", "https://b.example.de/pfad");
        Cli.Result limit = new Cli(temp.resolve("home")).locale(Locale.GERMAN).variable("TYPWERK_PORT", "0")
                .variable("TYPWERK_IDLE_TIMEOUT", "0").run("serve");
        assertThat(limit.err()).contains("typwerk: TYPWERK_IDLE_TIMEOUT (--idle-timeout) muss mindestens 1 sein, nicht 0.");
    }
}
