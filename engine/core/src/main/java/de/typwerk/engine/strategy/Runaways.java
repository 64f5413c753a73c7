package de.typwerk.engine.strategy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * Ends a strategy call that ran past its time limit and ignored the interruption that followed:
 * after a grace of {@link #GRACE}, if the thread is still in that same call, it is stopped
 * ({@link Thread#stop()}: the strategy gets a {@code ThreadDeath} where it is, its {@code finally}
 * blocks run, the thread returns to its pool or ends). Without this a strategy that never returns
 * would burn a processor until the process ends: under {@code typwerk serve}, for good.
 *
 * <p>{@code Thread.stop} is unsafe in general (it can leave shared objects half-updated); here
 * the thread runs only plugin code whose result is thrown away, and the engine's own state is
 * not touched by a strategy call. Java 20 and later no longer stop threads
 * ({@code UnsupportedOperationException}); there the thread keeps running, as before, and
 * docs/http.md says so.
 */
@API(status = INTERNAL, since = "1.0")
public final class Runaways {

    /** How long an interrupted strategy has to return before its thread is stopped. */
    public static final Duration GRACE = Duration.ofSeconds(1);

    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "typwerk-runaway-reaper");
        t.setDaemon(true);
        return t;
    });

    private Runaways() {
    }

    /**
     * Stops {@code thread} after {@link #GRACE} if {@code stillInCall} then says it is still in the
     * call that ran out of time (not in a later one it went on to).
     */
    public static void stopLater(Thread thread, BooleanSupplier stillInCall) {
        REAPER.schedule(() -> stopIf(thread, stillInCall), GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stopIf(Thread thread, BooleanSupplier stillInCall) {
        if (!thread.isAlive() || !stillInCall.getAsBoolean()) return;
        try {
            thread.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // Java 20+: threads cannot be stopped any more; the call goes on (documented)
        }
    }
}
