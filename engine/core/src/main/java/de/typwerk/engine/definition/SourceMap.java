package de.typwerk.engine.definition;

import de.typwerk.api.model.Location;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each node of a read document stands: JSON pointer to line and column. Lets problems found
 * after reading (by the validator, by a strategy's check) point into the file.
 *
 * <p>A questionnaire built from several files (a variant resolved against its base) has a
 * composite map: each node is located in the file it came from.
 */
public final class SourceMap {

    private final String source;
    private final Function<String, Location> origins;
    /** Where the value of a member stands, where {@link #locate} gives its key; may be empty. */
    private final Map<String, Location> values;

    public SourceMap(String source, Map<String, Location> locations) {
        this(source, locations, Map.of());
    }

    /**
     * @param values where the value of a member stands ({@code de} in {@code locales: de}), for
     *               a finding about the value itself ({@link #locateValue})
     */
    public SourceMap(String source, Map<String, Location> locations, Map<String, Location> values) {
        this.source = source;
        Map<String, Location> copy = Map.copyOf(locations);
        this.origins = pointer -> nearest(source, copy, pointer);
        this.values = Map.copyOf(values);
    }

    private SourceMap(String source, Function<String, Location> origins) {
        this.source = source;
        this.origins = origins;
        this.values = Map.of();
    }

    /** A map with no positions, for documents built in code. */
    public static SourceMap empty(String source) {
        return new SourceMap(source, Map.of());
    }

    /**
     * A map for a document put together from others: {@code origins} gives, for a pointer into the
     * whole, the file the node came from, with line, column and its pointer in that file.
     */
    public static SourceMap composite(String source, Function<String, Location> origins) {
        return new SourceMap(source, origins);
    }

    /** The document this map is for; for a composite, the one that was put together. */
    public String source() {
        return source;
    }

    /**
     * The location of the node at {@code pointer}, or of its nearest ancestor that has one; the
     * pointer in the result is always the one asked for.
     */
    public Location locate(String pointer) {
        return origins.apply(pointer).withPointer(pointer);
    }

    /**
     * The location of the value at {@code pointer} itself, not of its key: for a finding about
     * what the value is (a text where a list belongs). Where the value's place is not known (a
     * composite map, a document built in code), the same as {@link #locate}.
     */
    public Location locateValue(String pointer) {
        Location value = values.get(pointer);
        return value != null ? value.withPointer(pointer) : locate(pointer);
    }

    /**
     * Where the node at {@code pointer} came from: like {@link #locate}, but with the pointer into
     * the file named in the result. The same as {@link #locate} for a map of one file.
     */
    public Location origin(String pointer) {
        return origins.apply(pointer);
    }

    private static Location nearest(String source, Map<String, Location> locations, String pointer) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null) return l.withPointer(pointer);
            if (p.isEmpty()) return new Location(source, 0, 0, pointer);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
