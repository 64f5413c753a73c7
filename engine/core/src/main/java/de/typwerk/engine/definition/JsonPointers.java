package de.typwerk.engine.definition;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonPointer;
import org.apiguardian.api.API;

/**
 * JSON Pointer tokens (RFC 6901), the way every located message names a place in a document: a
 * name with {@code ~} and {@code /} in it escaped as {@code ~0} and {@code ~1}. Jackson's
 * {@link JsonPointer} does the escaping; this is the one place Typwerk asks it to.
 */
@API(status = INTERNAL, since = "1.0")
public final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code name} as one reference token: {@code a/b~c} becomes {@code a~1b~0c}. */
    public static String escape(String name) {
        return JsonPointer.empty().appendProperty(name).toString().substring(1);
    }

    /** The name one reference token (no {@code /} in it) stands for: {@code a~1b~0c} becomes {@code a/b~c}. */
    public static String unescape(String token) {
        return JsonPointer.compile("/" + token).getMatchingProperty();
    }

    /** {@code base} (a pointer, {@code ""} for the whole document) with {@code name} appended as one token. */
    public static String append(String base, String name) {
        return base + "/" + escape(name);
    }
}
