package de.typwerk.engine.definition;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a node of a JSON text stands, found by its JSON pointer: the line and column a finding
 * about a JSON document (another tool's response, a result file handed to the report) is placed
 * at, since its pointer alone leaves a reader counting lines in a pretty-printed document. Columns count characters (code points), as editors do
 * ({@link CharacterColumns}), not the bytes the parser counts, two for a German umlaut.
 */
@API(status = INTERNAL, since = "1.0")
public final class JsonPlaces {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonPlaces() {
    }

    /**
     * The line and column (1-based) of the node at {@code pointer} in the first value of
     * {@code text}, or, where the text has no such node (an answer that is missing), of its
     * nearest ancestor there; empty where the text does not start with a JSON value.
     */
    public static Optional<int[]> of(byte[] text, String pointer) {
        return find(text, pointer, false);
    }

    /** The line and column (1-based) of the node at {@code pointer}; empty where the text has no such node. */
    public static Optional<int[]> exactly(byte[] text, String pointer) {
        return find(text, pointer, true);
    }

    private static Optional<int[]> find(byte[] text, String pointer, boolean exact) {
        List<String> wanted = pointer.isEmpty() ? List.of()
                : Arrays.stream(pointer.substring(1).split("/", -1)).map(JsonPointers::unescape).toList();
        JsonLocation best = null;
        int found = 0;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return Optional.empty();
            best = p.currentTokenLocation();
            for (String step : wanted) {
                if (t == JsonToken.START_OBJECT) {
                    t = member(p, step);
                } else if (t == JsonToken.START_ARRAY && step.matches("0|[1-9][0-9]{0,8}")) {
                    t = element(p, Integer.parseInt(step));
                } else {
                    break;
                }
                if (t == null) break;
                best = p.currentTokenLocation();
                found++;
            }
        } catch (IOException e) {
            // the text breaks after the place found so far: that place stands
        }
        if (exact && found < wanted.size()) return Optional.empty();
        CharacterColumns columns = new CharacterColumns(text);
        return Optional.ofNullable(best).map(l -> new int[] {(int) Math.min(l.getLineNr(), Integer.MAX_VALUE), columns.column(l)});
    }

    /** The first token of the object's member {@code name}, the parser on it; null where it has none. */
    private static JsonToken member(JsonParser p, String name) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean found = p.currentName().equals(name);
            JsonToken value = p.nextToken();
            if (found) return value;
            p.skipChildren();
        }
        return null;
    }

    /** The first token of the array's element {@code index}, the parser on it; null where it has none. */
    private static JsonToken element(JsonParser p, int index) throws IOException {
        int i = 0;
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (i++ == index) return t;
            p.skipChildren();
        }
        return null;
    }
}
