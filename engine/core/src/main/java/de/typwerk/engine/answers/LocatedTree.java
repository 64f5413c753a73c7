package de.typwerk.engine.answers;

import de.typwerk.engine.definition.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.SourceMap;
import java.util.List;
import java.util.Optional;

/**
 * A document read into a tree, with where each node stands, and what went wrong while reading it.
 * The root is present only when the document could be read to its end. Read without locating
 * ({@code located} false), every location is the source alone and pointers need not be built: a
 * reading that finds anything is done again with locations.
 */
record LocatedTree(Optional<JsonNode> root, SourceMap sourceMap, List<Problem> problems, boolean located) {

    LocatedTree {
        problems = List.copyOf(problems);
    }

    Location at(String pointer) {
        return sourceMap.locate(pointer);
    }

    /** Where the value at {@code pointer} itself stands (not its key): for a finding about what the value is. */
    Location valueAt(String pointer) {
        return sourceMap.locateValue(pointer);
    }

    /** One segment of a JSON pointer (RFC 6901: {@code ~} and {@code /} escaped). */
    static String segment(String key) {
        return "/" + JsonPointers.escape(key);
    }
}
