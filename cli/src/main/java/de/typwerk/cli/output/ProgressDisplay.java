package de.typwerk.cli.output;

import de.typwerk.presentation.Texts;
import de.typwerk.applications.batch.BatchProgress;
import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The batch's progress bar on standard error: rows, rows per second, and the ETA when the input's
 * size is known (by bytes read). Shown only when standard error is a terminal: in a pipe, a log
 * file or a CI run it would only be noise, so nothing is created or printed there.
 */
public final class ProgressDisplay implements BatchProgress, AutoCloseable {

    private final ProgressBar bar;
    private final boolean sized;
    private final Texts messages;
    private final long started = System.nanoTime();
    private long lastShown;
    private long rows;

    private ProgressDisplay(ProgressBar bar, boolean sized, Texts messages) {
        this.bar = bar;
        this.sized = sized;
        this.messages = messages;
    }

    /** A progress bar if standard error is a terminal, else nothing at all. */
    public static BatchProgress forTerminal(OptionalLong inputBytes, Texts messages) {
        if (!interactive()) return BatchProgress.NONE;
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("typwerk batch")
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250);
        if (inputBytes.isPresent()) {
            builder.setInitialMax(Math.max(1, inputBytes.getAsLong())).setUnit(" MiB", 1024 * 1024);
        } else {
            builder.setInitialMax(-1).setUnit(" " + messages.get("batch.progress.rows"), 1).showSpeed();
        }
        return new ProgressDisplay(builder.build(), inputBytes.isPresent(), messages);
    }

    /**
     * Whether standard error is a terminal. Up to Java 21 {@link System#console()} is null when it
     * is not; from Java 22 on the console exists anyway and {@code Console.isTerminal()} (not in
     * the Java 17 API this is compiled against, hence the look-up) tells.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void advanced(long rowsWritten, long bytesRead) {
        rows = rowsWritten;
        if (!sized) {
            bar.stepTo(rowsWritten);
            return;
        }
        bar.stepTo(bytesRead);
        long now = System.nanoTime();
        // the message is a string to build: often enough for the eye, not for every row
        if (now - lastShown < 200_000_000L) return;
        lastShown = now;
        showRate(now);
    }

    private void showRate(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        bar.setExtraMessage(messages.get("batch.progress", rows, String.format(Locale.ROOT, "%.0f", rows / seconds)));
    }

    /** Shows the final count, then ends the bar. */
    @Override
    public void close() {
        if (sized) showRate(System.nanoTime());
        bar.close();
    }
}
