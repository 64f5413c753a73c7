package de.typwerk.cli.take;

import de.typwerk.presentation.Texts;
import java.io.PrintWriter;

/**
 * Ctrl-C (or {@code SIGTERM}) while a long command works: one line {@code typwerk: interrupted}
 * on standard error, and the JVM's own exit status for the signal (130 for Ctrl-C). Without it the
 * command's writer, whose file a shutdown hook had just closed and removed, failed with an
 * "unexpected failure (ClosedChannelException)".
 */
public final class Interruption implements AutoCloseable {

    private final Thread hook;

    private Interruption(PrintWriter err, Texts messages) {
        this.hook = new Thread(() -> {
            err.println("typwerk: " + messages.get("error.interrupted"));
            err.flush();
        }, "typwerk-interrupted");
    }

    /** From now until {@link #close()}, a stop of the process is reported in one line. */
    public static Interruption watch(PrintWriter err, Texts messages) {
        Interruption watch = new Interruption(err, messages);
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
