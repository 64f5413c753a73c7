package de.typwerk.engine.definition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Decodes bytes as UTF-8 and refuses anything else, so that a file saved as Latin-1 or UTF-16 is
 * reported at its first bad byte instead of being read as garbled text. Definitions are decoded
 * with it; the answers reader, which parses bytes, asks it where a file it could not decode goes
 * wrong.
 */
@API(status = API.Status.INTERNAL, since = "1.0")
public final class StrictUtf8 {

    /** The outcome: the text, or where the first byte that is not UTF-8 stands. */
    public sealed interface Decoded {
    }

    public record Text(String text) implements Decoded {
    }

    /** {@code line} and {@code column} are 1-based; the column counts characters, as editors do. */
    public record Malformed(int line, int column, int offset, int value) implements Decoded {
    }

    /** A byte order mark of another Unicode encoding: the encoding's name and the mark as hex bytes. */
    public record OtherEncoding(String name, String mark) {
    }

    private StrictUtf8() {
    }

    /**
     * The encoding whose byte order mark {@code bytes} start with, where it is not UTF-8's: an
     * editor that saved "Unicode" wrote UTF-16, which is said as such rather than as a bad byte.
     */
    public static java.util.Optional<OtherEncoding> otherEncoding(byte[] bytes) {
        int n = bytes.length;
        int b0 = n > 0 ? bytes[0] & 0xFF : -1;
        int b1 = n > 1 ? bytes[1] & 0xFF : -1;
        int b2 = n > 2 ? bytes[2] & 0xFF : -1;
        int b3 = n > 3 ? bytes[3] & 0xFF : -1;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) return java.util.Optional.of(new OtherEncoding("UTF-32", "FF FE 00 00"));
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) return java.util.Optional.of(new OtherEncoding("UTF-32", "00 00 FE FF"));
        if (b0 == 0xFF && b1 == 0xFE) return java.util.Optional.of(new OtherEncoding("UTF-16", "FF FE"));
        if (b0 == 0xFE && b1 == 0xFF) return java.util.Optional.of(new OtherEncoding("UTF-16", "FE FF"));
        return java.util.Optional.empty();
    }

    /**
     * The encoding {@code bytes} are in where it is UTF-16 or UTF-32 without a byte order mark
     * (an editor or a script that wrote "UTF-16LE"): the first character of a JSON or YAML
     * document is ASCII, so its zero bytes tell the encoding (RFC 4627, section 3), and UTF-8
     * text starts with no zero byte. Jackson reads such JSON as readily as UTF-8, the YAML reader
     * would call the zeros control characters, and a batch would split them into rows of garbage.
     * Bytes whose first character so read is not ASCII text (a letter, a sign, white space), such
     * as {@code FF 00 01 02}, are no text in any encoding: empty, and {@link BinaryFiles} calls
     * them binary.
     */
    public static java.util.Optional<String> unmarkedEncoding(byte[] bytes) {
        int n = bytes.length;
        if (n < 2 || (bytes[0] != 0 && bytes[1] != 0)) return java.util.Optional.empty();
        boolean quad = n >= 4 && bytes[2] == 0;
        if (bytes[0] == 0 && bytes[1] == 0 && quad) return asciiText(bytes[3]) ? java.util.Optional.of("UTF-32BE") : java.util.Optional.empty();
        if (bytes[0] != 0 && bytes[1] == 0 && quad && bytes[3] == 0) {
            return asciiText(bytes[0]) ? java.util.Optional.of("UTF-32LE") : java.util.Optional.empty();
        }
        if (bytes[0] == 0 && bytes[1] != 0) return asciiText(bytes[1]) ? java.util.Optional.of("UTF-16BE") : java.util.Optional.empty();
        if (bytes[0] != 0 && bytes[1] == 0) return asciiText(bytes[0]) ? java.util.Optional.of("UTF-16LE") : java.util.Optional.empty();
        return java.util.Optional.empty();
    }

    /** Whether {@code b} is a character a JSON or YAML document can start with: printable ASCII, a tab or a line break. */
    private static boolean asciiText(byte b) {
        return b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\r';
    }

    /** {@link #unmarkedEncoding(byte[])} of what {@code in} starts with, looked at without taking it, as {@link #otherEncodingAhead}. */
    public static java.util.Optional<String> unmarkedEncodingAhead(InputStream in) throws IOException {
        return unmarkedEncoding(ahead(in));
    }

    /**
     * {@link #otherEncoding(byte[])} of what {@code in} starts with, looked at without taking it:
     * the next read still reads from where {@code in} stood. For a stream read once, front to
     * back, such as a batch input or a pipe; {@code in} must support {@link InputStream#mark}.
     *
     * @throws IOException when {@code in} cannot be read
     */
    public static java.util.Optional<OtherEncoding> otherEncodingAhead(InputStream in) throws IOException {
        return otherEncoding(ahead(in));
    }

    /** The first four bytes of {@code in} (fewer at its end), read without taking them: {@code in} is reset to where it stood. */
    private static byte[] ahead(InputStream in) throws IOException {
        if (!in.markSupported()) throw new IllegalArgumentException("a stream that cannot be reset: " + in.getClass().getName());
        in.mark(4);
        byte[] start = in.readNBytes(4);
        in.reset();
        return start;
    }

    /** A byte as messages show one that is not UTF-8: {@code 0xFC}. */
    public static String hex(int value) {
        return String.format(java.util.Locale.ROOT, "0x%02X", value);
    }

    /**
     * Whether UTF-8's byte order mark (EF BB BF) stands in {@code bytes} at {@code from}, before
     * {@code to}: allowed at the start of a file, and not part of what it holds.
     */
    public static boolean byteOrderMarkAt(byte[] bytes, int from, int to) {
        return to - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB && (bytes[from + 2] & 0xFF) == 0xBF;
    }

    /** {@return {@code text} without the byte order mark it starts with, where it starts with one} */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return malformedAt(bytes, in.position());
        }
        out.flip();
        String text = out.toString();
        // a byte order mark is allowed, but it is not part of the document
        return new Text(withoutByteOrderMark(text));
    }

    private static Malformed malformedAt(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // the bytes of this line before the bad one are valid UTF-8
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return new Malformed(line, column, offset, bytes[offset] & 0xFF);
    }
}
