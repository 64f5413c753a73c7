package de.typwerk.engine.definition;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonLocation;
import org.apiguardian.api.API;

/**
 * Columns as an editor counts them, in characters: Jackson, reading JSON from bytes, counts the
 * bytes of a line, so an umlaut before a place counted two and a byte order mark three (YAML's
 * columns are characters already). Places are asked for in the order of the document, so a
 * long line (a document on one line, as tools write it) is counted once, not again for each.
 * One per document read; not thread-safe.
 */
@API(status = INTERNAL, since = "1.0")
public final class CharacterColumns {

    private final byte[] content;
    private long lineStart = -1;
    private long counted;
    private long characters;

    /** @param content the bytes the parser reads, UTF-8 */
    public CharacterColumns(byte[] content) {
        this.content = content;
    }

    /** {@return the 1-based column of {@code at} in characters; the parser's own where its offsets do not fit the content} */
    public int column(JsonLocation at) {
        int bytes = at.getColumnNr();
        long offset = at.getByteOffset();
        long start = offset - (bytes - 1);
        if (bytes < 1 || offset < 0 || start < 0 || offset > content.length) return Math.max(0, bytes);
        if (start != lineStart || offset < counted) {
            lineStart = start;
            counted = start;
            characters = 0;
        }
        for (long i = counted; i < offset; i++) {
            if ((content[(int) i] & 0xC0) != 0x80) characters++;
        }
        counted = offset;
        boolean mark = start == 0 && offset >= 3 && StrictUtf8.byteOrderMarkAt(content, 0, content.length);
        return (int) (characters - (mark ? 1 : 0) + 1);
    }
}
