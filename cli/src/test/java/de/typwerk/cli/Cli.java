package de.typwerk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the real entry point, {@link Main#run}, in this JVM with captured streams and an
 * environment of the test's choosing (a home without plugins, no {@code TYPWERK_PLUGINS}), so no
 * plugin of the machine running the tests leaks in.
 */
final class Cli {

    private final Path home;
    private final Map<String, String> variables = new HashMap<>();
    private Locale locale = Locale.GERMANY;
    private java.io.InputStream input = java.io.InputStream.nullInputStream();

    Cli(Path home) {
        this.home = home;
    }

    Cli locale(Locale systemLocale) {
        this.locale = systemLocale;
        return this;
    }

    Cli variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** What the user types, line by line, as if piped into standard input. */
    Cli input(String typed) {
        return input(new java.io.ByteArrayInputStream(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** What the user types, as a stream: for a test that acts while the command reads it. */
    Cli input(java.io.InputStream typed) {
        this.input = typed;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new Environment(variables, home, locale))
                .run(args, input,
                        new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** What a run left behind. */
    record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
