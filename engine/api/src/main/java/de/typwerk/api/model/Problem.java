package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One finding about a definition, a plugin or an answer: a value, not an exception. {@code code}
 * is a stable, machine-readable key (e.g. {@code unknown-key}, {@code duplicate-id}) that tools
 * can filter on; the message is a sentence for people.
 *
 * <p>A plugin makes its messages in every language it speaks ({@link #at(String, LocalizedText)},
 * {@link #inDefinition(String, LocalizedText)}, {@link #warning(String, LocalizedText, Location)}),
 * so that one engine can show each caller its own language: {@link #message(Locale)} picks it at
 * the edge (command line, HTTP, test kit). A problem made with one string says the same in every
 * language.
 */
@API(status = STABLE, since = "1.0")
public final class Problem {

    private final Severity severity;
    private final String code;
    private final String message;
    private final LocalizedText texts;
    private final Location location;

    /**
     * A problem whose message is one string, the same in every language; {@code null} values become
     * an error with empty texts.
     *
     * @param severity how bad it is
     * @param code     a stable, machine-readable key
     * @param message  a sentence for people
     * @param location where it sits
     */
    public Problem(Severity severity, String code, String message, Location location) {
        this(severity, code, message, LocalizedText.of(java.util.Map.of()), location);
    }

    private Problem(Severity severity, String code, String message, LocalizedText texts, Location location) {
        this.severity = severity == null ? Severity.ERROR : severity;
        this.code = code == null ? "" : code;
        this.texts = texts == null ? LocalizedText.of(java.util.Map.of()) : texts;
        this.message = message != null ? message : this.texts.get(DEFAULT_LANGUAGE, DEFAULT_LANGUAGE);
        this.location = location == null ? Location.source("") : location;
    }

    /** The language of {@link #message()} for a problem made in several: German, the default. */
    private static final String DEFAULT_LANGUAGE = "de";

    /**
     * An error.
     *
     * @param code     a stable, machine-readable key
     * @param message  a sentence for people
     * @param location where it sits
     * @return the problem
     */
    public static Problem error(String code, String message, Location location) {
        return new Problem(Severity.ERROR, code, message, location);
    }

    /**
     * A warning.
     *
     * @param code     a stable, machine-readable key
     * @param message  a sentence for people
     * @param location where it sits
     * @return the problem
     */
    public static Problem warning(String code, String message, Location location) {
        return new Problem(Severity.WARNING, code, message, location);
    }

    /**
     * An error whose message is given in several languages ({@code {de: …, en: …}}).
     *
     * @param code     a stable, machine-readable key
     * @param message  the sentence in every language the plugin speaks
     * @param location where it sits
     * @return the problem
     */
    public static Problem error(String code, LocalizedText message, Location location) {
        return new Problem(Severity.ERROR, code, null, message, location);
    }

    /**
     * A warning whose message is given in several languages ({@code {de: …, en: …}}).
     *
     * @param code     a stable, machine-readable key
     * @param message  the sentence in every language the plugin speaks
     * @param location where it sits
     * @return the problem
     */
    public static Problem warning(String code, LocalizedText message, Location location) {
        return new Problem(Severity.WARNING, code, null, message, location);
    }

    /**
     * An error at a JSON pointer, for strategies checking their parameters.
     *
     * @param pointer a JSON pointer relative to the parameters block
     * @param message a sentence for people
     * @return the problem, code {@code invalid-parameter}
     */
    public static Problem at(String pointer, String message) {
        return new Problem(Severity.ERROR, "invalid-parameter", message, Location.pointer(pointer));
    }

    /**
     * An error at a JSON pointer relative to the parameters block, its message in every language
     * the strategy speaks: what strategies return from {@code check}.
     *
     * @param pointer a JSON pointer relative to the parameters block ({@code "/ignore/1"}); {@code ""}
     *                is the parameters block itself
     * @param message the sentence in every language the strategy speaks
     * @return the problem, code {@code invalid-parameter}
     */
    public static Problem at(String pointer, LocalizedText message) {
        return new Problem(Severity.ERROR, "invalid-parameter", null, message, Location.pointer(pointer));
    }

    /**
     * An error about another part of the definition than the parameters block (e.g. an option's
     * weights), for strategies checking what they read there. Its pointer starts at the
     * definition's root; its code, {@code invalid-weight}, tells the engine not to resolve it
     * against the parameters block.
     *
     * @param pointer a JSON pointer from the definition's root
     * @param message a sentence for people
     * @return the problem
     */
    public static Problem inDefinition(String pointer, String message) {
        return new Problem(Severity.ERROR, "invalid-weight", message, Location.pointer(pointer));
    }

    /**
     * As {@link #inDefinition(String, String)}, its message in every language the strategy speaks.
     *
     * @param pointer a JSON pointer from the definition's root
     * @param message the sentence in every language the strategy speaks
     * @return the problem
     */
    public static Problem inDefinition(String pointer, LocalizedText message) {
        return new Problem(Severity.ERROR, "invalid-weight", null, message, Location.pointer(pointer));
    }

    /**
     * This problem at another place.
     *
     * @param newLocation the place
     * @return the same problem, located there
     */
    public Problem withLocation(Location newLocation) {
        return new Problem(severity, code, message, texts, newLocation);
    }

    /** {@return how bad it is: an error makes what it is about unusable} */
    public Severity severity() {
        return severity;
    }

    /** {@return the stable, machine-readable key tools filter on} */
    public String code() {
        return code;
    }

    /**
     * The message as it was made: for one made in several languages, the German one. To show a
     * problem to someone, use {@link #message(Locale)}.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * The message in {@code locale}'s language when the problem was made in several and has it,
     * else the message as made.
     *
     * @param locale the reader's language
     * @return the message for that reader
     */
    public String message(Locale locale) {
        return texts.in(locale.getLanguage()).orElse(message);
    }

    /** {@return the message in every language it was made in; empty when it was made as one string} */
    public LocalizedText texts() {
        return texts;
    }

    /** {@return where it sits} */
    public Location location() {
        return location;
    }

    /** {@return whether it is an error, which makes what it is about unusable} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && p.severity == severity && p.code.equals(code) && p.message.equals(message)
                && p.texts.equals(texts) && p.location.equals(location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, code, message, texts, location);
    }

    /**
     * Compiler style: {@code path:line:col: error: message}. A problem known without a line names
     * its JSON pointer instead ({@code /answers/fokus: error: message}; with a source,
     * {@code answers.yaml (/answers/fokus): error: message}), as those from scoring a
     * {@code Response} built in code are.
     */
    @Override
    public String toString() {
        String where = location.toString();
        if (location.line() == 0 && !location.pointer().isEmpty()) {
            where = where.isEmpty() ? location.pointer() : where + " (" + location.pointer() + ")";
        }
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
    }
}
