package de.typwerk.engine.strategy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
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

    /**
     * Per thread that has run plugin code, what it runs now (innermost last). Written only by its
     * own thread, without locking: it is read from a shutdown hook, which the exiting thread itself
     * starts, so that thread's notes are visible there. Kept weakly by thread, made once per thread
     * (a call into a strategy per scored row must not cost a map update and a new text).
     */
    private static final Map<Thread, Running> THREADS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ThreadLocal<Running> CURRENT = ThreadLocal.withInitial(() -> {
        Running running = new Running();
        THREADS.put(Thread.currentThread(), running);
        return running;
    });

    private PluginCalls() {
    }

    /** What one thread is running: a stack of notes, the outer first. */
    private static final class Running {

        private Object[] notes = new Object[4];
        private int depth;

        void push(Object what) {
            if (depth == notes.length) notes = Arrays.copyOf(notes, 2 * depth);
            notes[depth++] = what;
        }

        void pop() {
            notes[--depth] = null;
        }

        /** The innermost note of this kind; null when none. */
        <T> T innermost(Class<T> kind) {
            Object[] now = notes;
            for (int i = Math.min(depth, now.length) - 1; i >= 0; i--) {
                if (kind.isInstance(now[i])) return kind.cast(now[i]);
            }
            return null;
        }

        /** The notes, outer first, joined as {@code outer – inner}; null when none. */
        String described() {
            Object[] now = notes;
            int count = Math.min(depth, now.length);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (now[i] == null) continue;
                if (text.length() > 0) text.append(" – ");
                text.append(now[i]);
            }
            return text.length() == 0 ? null : text.toString();
        }
    }

    /**
     * Runs {@code work}, noted as {@code what} (a plugin, what of it; said by its {@code toString})
     * for this thread meanwhile.
     */
    public static <T> T during(Object what, Supplier<T> work) {
        // nested (a strategy's call through its plugin's context): both, the outer first
        Running running = CURRENT.get();
        running.push(what);
        try {
            return work.get();
        } finally {
            running.pop();
        }
    }

    /**
     * The innermost note of this kind that {@code thread} is running now, if any: what a caller
     * that gave up waiting for the thread (a row past its time limit) names. Read from another
     * thread without locking, like {@link #exiting()}: a thread that has been in its call for a
     * while has written the note long before.
     */
    public static <T> java.util.Optional<T> running(Thread thread, Class<T> kind) {
        Running running = THREADS.get(thread);
        return running == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(running.innermost(kind));
    }

    /**
     * The plugin code that is ending the process: what a thread in plugin code is running while
     * that thread is inside {@code System.exit} (or {@code Runtime.exit}). Empty when the process
     * ends for another reason (a signal, the command's own end).
     */
    public static List<String> exiting() {
        List<String> found = new ArrayList<>();
        Map<Thread, Running> threads;
        synchronized (THREADS) {
            threads = new LinkedHashMap<>(THREADS);
        }
        threads.forEach((thread, running) -> {
            String what = running.described();
            if (what == null) return;
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
