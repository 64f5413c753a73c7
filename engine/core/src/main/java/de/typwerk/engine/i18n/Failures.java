package de.typwerk.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.zip.ZipException;
import org.apiguardian.api.API;

/**
 * What went wrong, as a short phrase for people, for every message that reports a failure: a
 * strategy that threw, a jar that is no zip, an unexpected error. It says what the exception
 * says, never the Java class of the exception ({@code IllegalStateException},
 * {@code ZipException}, {@code JsonMappingException}); where an exception says nothing, a
 * phrase in the user's language stands for its kind. The class, and the stack trace, are for
 * {@code --debug}.
 */
@API(status = INTERNAL, since = "1.0")
public final class Failures {

    private Failures() {
    }

    /**
     * The phrase for {@code thrown}: its message (the first line), else what its kind means.
     *
     * @param thrown   what was thrown (reflection's wrappers are looked through)
     * @param messages the language to say it in
     * @return the phrase, never empty
     */
    public static String describe(Throwable thrown, Messages messages) {
        Throwable t = thrown;
        while ((t instanceof InvocationTargetException || t instanceof ExceptionInInitializerError
                || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ZipException) return messages.get("failure.zip", detail(t, messages));
        if (t instanceof IOException io) return IoReasons.of(io, messages);
        if (t instanceof StackOverflowError) return messages.get("failure.stack-overflow");
        if (t instanceof OutOfMemoryError) return messages.get("failure.out-of-memory");
        if (t instanceof InterruptedException) return messages.get("failure.interrupted");
        if (t instanceof NoClassDefFoundError && t.getMessage() != null) {
            return messages.get("failure.class-missing", t.getMessage().strip().replace('/', '.'));
        }
        return detail(t, messages);
    }

    private static String detail(Throwable t, Messages messages) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t instanceof NullPointerException ? messages.get("failure.null") : messages.get("failure.no-message");
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
