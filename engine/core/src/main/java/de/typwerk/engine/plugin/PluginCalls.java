package de.typwerk.engine.plugin;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Which plugin's code each thread is running now, so that whoever learns that the process is
 * ending (a shutdown hook of the command line) can name the plugin that ended it: a plugin that
 * calls {@code System.exit} in a static initialiser, a constructor or {@code score} would
 * otherwise end every command silently with its own exit code. ({@code Runtime.halt} runs no
 * hook; then nothing can be said.)
 */
@API(status = INTERNAL, since = "1.0")
public final class PluginCalls {

    private static final Map<Thread, String> RUNNING = new ConcurrentHashMap<>();

    private PluginCalls() {
    }

    /** Runs {@code work}, noted as {@code what} (a plugin, what of it) for this thread meanwhile. */
    public static <T> T during(String what, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        String previous = RUNNING.get(thread);
        // nested (a strategy's call through its plugin's context): both, the outer first
        RUNNING.put(thread, previous == null ? what : previous + " – " + what);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUNNING.remove(thread);
            } else {
                RUNNING.put(thread, previous);
            }
        }
    }

    /**
     * The plugin code that is ending the process: what a thread in plugin code is running while
     * that thread is inside {@code System.exit} (or {@code Runtime.exit}). Empty when the process
     * ends for another reason (a signal, the command's own end).
     */
    public static List<String> exiting() {
        List<String> found = new ArrayList<>();
        RUNNING.forEach((thread, what) -> {
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                    found.add(what);
                    return;
                }
            }
        });
        return found;
    }
}
