package de.typwerk.engine.definition;

import de.typwerk.api.model.Location;
import java.util.Map;

/**
 * Where each node of a read document stands: JSON pointer to line and column. Lets problems found
 * after reading (by the validator, by a strategy's check) point into the file.
 */
public final class SourceMap {

    private final String source;
    private final Map<String, Location> locations;

    public SourceMap(String source, Map<String, Location> locations) {
        this.source = source;
        this.locations = Map.copyOf(locations);
    }

    /** A map with no positions, for documents built in code. */
    public static SourceMap empty(String source) {
        return new SourceMap(source, Map.of());
    }

    public String source() {
        return source;
    }

    /**
     * The location of the node at {@code pointer}, or of its nearest ancestor that has one; the
     * pointer in the result is always the one asked for.
     */
    public Location locate(String pointer) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null) return l.withPointer(pointer);
            if (p.isEmpty()) return new Location(source, 0, 0, pointer);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
