package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One finding about a definition, a plugin or an answer: a value, not an exception. {@code code}
 * is a stable, machine-readable key (e.g. {@code unknown-key}, {@code duplicate-id}) that tools
 * can filter on; {@code message} is a sentence for people.
 */
@API(status = STABLE, since = "1.0")
public record Problem(Severity severity, String code, String message, Location location) {

    public Problem {
        if (severity == null) severity = Severity.ERROR;
        code = code == null ? "" : code;
        message = message == null ? "" : message;
        location = location == null ? Location.source("") : location;
    }

    public static Problem error(String code, String message, Location location) {
        return new Problem(Severity.ERROR, code, message, location);
    }

    public static Problem warning(String code, String message, Location location) {
        return new Problem(Severity.WARNING, code, message, location);
    }

    /** An error at a JSON pointer, for strategies checking their parameters. */
    public static Problem at(String pointer, String message) {
        return new Problem(Severity.ERROR, "invalid-parameter", message, Location.pointer(pointer));
    }

    /**
     * An error about another part of the definition than the parameters block (e.g. an option's
     * weights), for strategies checking what they read there. Its pointer starts at the
     * definition's root; its code, {@code invalid-weight}, tells the engine not to resolve it
     * against the parameters block.
     */
    public static Problem inDefinition(String pointer, String message) {
        return new Problem(Severity.ERROR, "invalid-weight", message, Location.pointer(pointer));
    }

    public Problem withLocation(Location newLocation) {
        return new Problem(severity, code, message, newLocation);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Compiler style: {@code path:line:col: error: message}. */
    @Override
    public String toString() {
        String where = location.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
    }
}
