package de.typwerk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * This process's standard streams as the commands use them: where {@code typwerk take} reads what the
 * user types, whether a person at a terminal does the typing, and the byte stream {@code batch} and
 * {@code generate} write to. Without a terminal (input piped or redirected, or a test) the CLI writes no ANSI
 * sequences and no prompt characters, and reads plain lines until the end of the input.
 *
 * @param interactive standard input and output are a terminal
 * @param bytesOut    this process's standard output as a byte stream, for commands that write
 *                    UTF-8 themselves ({@code batch}); empty where output is text only (tests)
 */
public record Terminal(InputStream in, boolean interactive, Optional<OutputStream> bytesOut) {

    /** This process's standard input; a terminal when the JVM has a console (Java 17: both ends are one). */
    public static Terminal system() {
        return system(new FileOutputStream(FileDescriptor.out));
    }

    /** This process's standard input and console, with {@code stdout} as its standard output. */
    public static Terminal system(OutputStream stdout) {
        return new Terminal(System.in, System.console() != null, Optional.of(stdout));
    }

    /** Input from {@code in}, not a terminal: for scripts, pipes and tests. */
    public static Terminal piped(InputStream in) {
        return new Terminal(in, false, Optional.empty());
    }
}
