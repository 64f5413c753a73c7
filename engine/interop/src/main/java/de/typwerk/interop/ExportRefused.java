package de.typwerk.interop;

import java.util.List;
import java.util.Locale;

/**
 * A questionnaire that the chosen tool's format cannot hold as written (a condition FHIR's flat
 * {@code enableWhen} list cannot carry): the export stops, and {@link #message(Locale)} says which
 * question and what to do, in the reader's language. Not a fault of the engine, so no stack trace
 * is shown for it.
 */
public final class ExportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> args;

    /**
     * @param key  the message of the bundle {@code de/typwerk/interop/messages} that says why
     * @param args what it names
     */
    public ExportRefused(String key, Object... args) {
        super(new InteropMessages(Locale.ENGLISH).get(key, args));
        this.key = key;
        this.args = List.of(args);
    }

    /**
     * {@return why the export stopped, in one line of {@code locale}'s language (German for any but English)}
     *
     * @param locale the reader's language
     */
    public String message(Locale locale) {
        return new InteropMessages(locale).get(key, args.toArray());
    }
}
