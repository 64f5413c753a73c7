package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a problem sits: the source (a file path, a jar entry, {@code <stdin>}), line and column
 * (1-based; 0 when unknown) and the JSON pointer of the offending node ({@code ""} for the whole
 * document).
 */
@API(status = STABLE, since = "1.0")
public record Location(String source, int line, int column, String pointer) {

    /**
     * A location; {@code null} texts become empty.
     *
     * @param source  the file path, jar entry or {@code <stdin>}
     * @param line    1-based; 0 when unknown
     * @param column  1-based; 0 when unknown
     * @param pointer the JSON pointer of the offending node; {@code ""} for the whole document
     */
    public Location {
        source = source == null ? "" : source;
        pointer = pointer == null ? "" : pointer;
    }

    /**
     * A location known only by its JSON pointer; the engine adds source, line and column.
     *
     * @param pointer a JSON pointer
     * @return the location
     */
    public static Location pointer(String pointer) {
        return new Location("", 0, 0, pointer);
    }

    /**
     * A location that names only its source.
     *
     * @param source a file path, jar entry or {@code <stdin>}
     * @return the location
     */
    public static Location source(String source) {
        return new Location(source, 0, 0, "");
    }

    /**
     * This location at another JSON pointer.
     *
     * @param newPointer the pointer
     * @return a location with the same source, line and column
     */
    public Location withPointer(String newPointer) {
        return new Location(source, line, column, newPointer);
    }

    /** {@code source:line:col}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        return b.toString();
    }
}
