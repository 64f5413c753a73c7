package de.typwerk.engine.answers;

import com.fasterxml.jackson.core.JsonToken;
import de.typwerk.engine.definition.QuestionIndex;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The tokens of plain JSON in UTF-8, scanned straight from the bytes, for {@link CleanJsonReader}'s
 * pass: objects, arrays, strings without escapes, numbers without exponent of at most 18
 * characters, {@code null}, and the white space JSON allows. Anything else (an escape,
 * {@code true}, an exponent, a byte order mark, a control character in a string, UTF-8 that does
 * not decode, a syntax error, a field name that is not ASCII, deep nesting) throws
 * {@link #UNSURE}: the parser reads such a document. Strings and names are compared as bytes with
 * the definition's ids, so no text is made of them.
 *
 * <p>Kept apart from the reader: its pass asks the same of this scan as of Jackson's parser
 * ({@code CleanJsonReader.Tokens}), and the parser stays the judge of what JSON is
 * ({@code CleanJsonReaderTest} holds the two to one outcome).
 */
final class ByteTokens implements CleanJsonReader.Tokens {

    /** Thrown where the scan leaves the document to the parser: no stack trace, one instance. */
    static final RuntimeException UNSURE = new RuntimeException("left to the parser", null, false, false) {
    };

    private static final int ROOT = 0;
    private static final int DONE = 1;
    /** After '{': a name or '}'. */
    private static final int OBJECT_FIRST = 2;
    /** After a field's value: ',' or '}'. */
    private static final int OBJECT_NEXT = 3;
    /** After a name and ':'. */
    private static final int VALUE = 4;
    /** After '[': a value or ']'. */
    private static final int ARRAY_FIRST = 5;
    /** After an element: ',' or ']'. */
    private static final int ARRAY_NEXT = 6;
    private static final int MAX_DEPTH = 60;
    /** The longest number read here (sign included): a long holds it. */
    private static final int MAX_NUMBER = 18;
    /** The field names of answers files, given as these strings rather than made anew. */
    private static final String[] NAMES = {"questionnaire", "version", "respondent", "answers", "name", "ags", "kind", "state"};
    private static final byte[][] NAME_BYTES = CleanJsonReader.utf8(NAMES);

    private final byte[] bytes;
    private int at;
    private int state = ROOT;
    private int depth;
    /** Per depth, whether it is an array (bit set) or an object. */
    private long arrays;
    private JsonToken current;
    /** The current name's or string's bytes (without quotes), or the number's. */
    private int from;
    private int to;
    private boolean ascii;

    ByteTokens(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public JsonToken next() {
        int c = skipSpace();
        switch (state) {
            case ROOT -> {
                if (c != '{') throw UNSURE;
                at++;
                return open(false);
            }
            case DONE -> {
                if (c != -1) throw UNSURE;
                return current = null;
            }
            case OBJECT_FIRST -> {
                if (c == '}') {
                    at++;
                    return close();
                }
                return field(c);
            }
            case OBJECT_NEXT -> {
                if (c == '}') {
                    at++;
                    return close();
                }
                if (c != ',') throw UNSURE;
                at++;
                return field(skipSpace());
            }
            case VALUE -> {
                return value(c);
            }
            case ARRAY_FIRST -> {
                if (c == ']') {
                    at++;
                    return close();
                }
                return value(c);
            }
            case ARRAY_NEXT -> {
                if (c == ']') {
                    at++;
                    return close();
                }
                if (c != ',') throw UNSURE;
                at++;
                return value(skipSpace());
            }
            default -> throw UNSURE;
        }
    }

    private JsonToken field(int c) {
        if (c != '"') throw UNSURE;
        string();
        if (!ascii) throw UNSURE;
        if (skipSpace() != ':') throw UNSURE;
        at++;
        state = VALUE;
        return current = JsonToken.FIELD_NAME;
    }

    private JsonToken value(int c) {
        switch (c) {
            case '"' -> {
                string();
                afterValue();
                return current = JsonToken.VALUE_STRING;
            }
            case '{' -> {
                at++;
                return open(false);
            }
            case '[' -> {
                at++;
                return open(true);
            }
            case 'n' -> {
                if (at + 4 > bytes.length || bytes[at + 1] != 'u' || bytes[at + 2] != 'l' || bytes[at + 3] != 'l') throw UNSURE;
                at += 4;
                afterValue();
                return current = JsonToken.VALUE_NULL;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw UNSURE;
            }
        }
    }

    private JsonToken open(boolean array) {
        if (depth == MAX_DEPTH) throw UNSURE;
        if (array) arrays |= 1L << depth;
        else arrays &= ~(1L << depth);
        depth++;
        state = array ? ARRAY_FIRST : OBJECT_FIRST;
        return current = array ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
    }

    private JsonToken close() {
        depth--;
        boolean array = (arrays & (1L << depth)) != 0;
        afterValue();
        return current = array ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
    }

    private void afterValue() {
        state = depth == 0 ? DONE : (arrays & (1L << (depth - 1))) != 0 ? ARRAY_NEXT : OBJECT_NEXT;
    }

    /** A string from the quote at {@code at}: its bytes between the quotes, which must need no escape. */
    private void string() {
        byte[] b = bytes;
        int i = at + 1;
        boolean plain = true;
        while (true) {
            if (i >= b.length) throw UNSURE;
            byte x = b[i];
            if (x == '"') break;
            if (x == '\\' || (x >= 0 && x < 0x20)) throw UNSURE;
            if (x < 0) plain = false;
            i++;
        }
        from = at + 1;
        to = i;
        ascii = plain;
        at = i + 1;
    }

    /** A number: -?(0|[1-9][0-9]*)(.[0-9]+)?, at most {@value #MAX_NUMBER} characters. */
    private JsonToken number() {
        byte[] b = bytes;
        int start = at;
        int i = at;
        if (b[i] == '-') i++;
        if (i >= b.length) throw UNSURE;
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < b.length && b[i] >= '0' && b[i] <= '9') i++;
        } else {
            throw UNSURE;
        }
        boolean fraction = i < b.length && b[i] == '.';
        if (fraction) {
            int digits = ++i;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') i++;
            if (i == digits) throw UNSURE;
        }
        if (i < b.length && (b[i] == 'e' || b[i] == 'E')) throw UNSURE;
        if (i - start > MAX_NUMBER) throw UNSURE;
        from = start;
        to = i;
        at = i;
        afterValue();
        return current = fraction ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
    }

    /** The next byte that is not JSON's white space (not consumed), -1 at the end. */
    private int skipSpace() {
        byte[] b = bytes;
        while (at < b.length) {
            byte x = b[at];
            if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return x & 0xFF;
            at++;
        }
        return -1;
    }

    @Override
    public JsonToken current() {
        return current;
    }

    @Override
    public String name() {
        for (int i = 0; i < NAMES.length; i++) {
            if (same(NAME_BYTES[i])) return NAMES[i];
        }
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    @Override
    public int question(QuestionIndex index, byte[][] ids, int hint) {
        if (hint < ids.length && same(ids[hint])) return hint;
        return index.position(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }

    @Override
    public String text() {
        if (ascii) return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        try {
            // strictly: UTF-8 that does not decode is the parser's to judge
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw UNSURE;
        }
    }

    @Override
    public boolean emptyText() {
        return to == from;
    }

    @Override
    public int option(CleanJsonReader.OptionIds ids) {
        byte[][] all = ids.bytes;
        for (int i = 0; i < all.length; i++) {
            if (same(all[i])) return i;
        }
        return -1;
    }

    /** Whether the current name's or string's bytes are {@code id}'s. */
    private boolean same(byte[] id) {
        int length = to - from;
        if (id.length != length) return false;
        byte[] b = bytes;
        for (int i = 0; i < length; i++) {
            if (id[i] != b[from + i]) return false;
        }
        return true;
    }

    @Override
    public boolean intSized() {
        // up to nine digits always fit; longer ones are left to the parser
        if (to - from - (bytes[from] == '-' ? 1 : 0) > 9) throw UNSURE;
        return true;
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public BigDecimal integer() {
        return BigDecimal.valueOf(longValue());
    }

    private long longValue() {
        boolean negative = bytes[from] == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) value = value * 10 + (bytes[i] - '0');
        return negative ? -value : value;
    }

    @Override
    public BigDecimal decimal() {
        return new BigDecimal(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
