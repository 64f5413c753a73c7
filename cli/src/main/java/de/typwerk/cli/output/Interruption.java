package de.typwerk.cli.output;

import de.typwerk.presentation.Texts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Ctrl-C (or {@code SIGTERM}) while a long command works: one line on standard error saying it was
 * interrupted and what that left of the output (an {@code --out} file not written, the file of that
 * name as it was; standard output with at most part, its last line perhaps cut off), and the JVM's
 * own exit status for the signal (130 for Ctrl-C). Without it the
 * command's writer, whose file a shutdown hook had just closed and removed, failed with an
 * "unexpected failure (ClosedChannelException)".
 */
public final class Interruption implements AutoCloseable {

    private final Thread hook;

    private Interruption(PrintWriter err, Texts messages, Optional<Path> out) {
        this.hook = new Thread(() -> {
            err.println("typwerk: " + said(messages, out));
            err.flush();
        }, "typwerk-interrupted");
    }

    /**
     * What was written: a regular file is written under another name and moved into place only
     * when complete, so nothing; standard output, or a device or pipe written directly, has what
     * was written up to the signal.
     */
    private static String said(Texts messages, Optional<Path> out) {
        if (out.isEmpty()) return messages.get("error.interrupted.standard-output");
        Path file = out.get();
        if (Files.exists(file) && !Files.isRegularFile(file)) return messages.get("error.interrupted.partly-written", file);
        return messages.get("error.interrupted.not-written", file);
    }

    /**
     * From now until {@link #close()}, a stop of the process is reported in one line.
     *
     * @param out the {@code --out} file the command writes, or empty for standard output
     */
    public static Interruption watch(PrintWriter err, Texts messages, Optional<Path> out) {
        Interruption watch = new Interruption(err, messages, out);
        Runtime.getRuntime().addShutdownHook(watch.hook);
        return watch;
    }

    /** Whether the process is being stopped now (a signal): then a failure is its consequence, not news. */
    public static boolean stopping() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /**
     * The command is over: a later stop is no longer this command's. When the process is being
     * stopped already, the hook has been started or is about to be, and it still says its line:
     * the command ended because of the signal (its writer failed when another hook closed its
     * file), so the exit status is the signal's and the one line must be there too. Before, a
     * flag set here silenced a hook the JVM had not yet got round to running.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the hook runs, or has run, and says the line
        }
    }
}
