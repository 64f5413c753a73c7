package de.typwerk.engine.definition;

import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a file is that is no text at all: an Excel workbook, a PDF, a ZIP archive, an image, or
 * bytes of no kind known here. Every reader of text (answers, definitions, a batch, a result)
 * asks this first, so that a person who passes {@code answers.xlsx} by mistake reads "this is an
 * Excel workbook: save it as CSV" rather than a control character at column 3 or a byte that is
 * not UTF-8. Told by the bytes a file starts with (its "magic number"), and for a ZIP by the names
 * of its entries (an .xlsx, a .docx and an .ods are all ZIP archives); never by a file's name.
 * Text in UTF-16 or UTF-32 (with or without a byte order mark) is text: {@link StrictUtf8} names
 * its encoding.
 */
@API(status = API.Status.INTERNAL, since = "1.0")
public final class BinaryFiles {

    /** How far a stream is looked into ({@link #recognizeAhead}): enough for the first entries of a ZIP archive. */
    public static final int AHEAD = 1 << 16;
    /** How far into the head bytes of no known kind are looked at for what makes them binary ({@link Kind#BINARY}). */
    private static final int BINARY_WITHIN = 64;

    /** What a file is; {@link #group()} says what a person can do with it. */
    public enum Kind {
        XLSX(Group.SPREADSHEET), XLS(Group.SPREADSHEET), ODS(Group.SPREADSHEET),
        DOCX(Group.OTHER), DOC(Group.OTHER), ODT(Group.OTHER), PPTX(Group.OTHER), PPT(Group.OTHER), OFFICE(Group.OTHER),
        PDF(Group.OTHER), JAR(Group.OTHER),
        ZIP(Group.ARCHIVE), GZIP(Group.ARCHIVE), BZIP2(Group.ARCHIVE), XZ(Group.ARCHIVE), SEVEN_ZIP(Group.ARCHIVE), RAR(Group.ARCHIVE),
        PNG(Group.OTHER), JPEG(Group.OTHER), GIF(Group.OTHER),
        /**
         * bytes of no kind known here, with a zero byte near the start, which no text in UTF-8 has, and
         * beside it another control character or a byte UTF-8 never has (0xC0, 0xC1, 0xF8 to 0xFF);
         * a text with one stray zero byte is text, whose reader names the character and its place
         */
        BINARY(Group.OTHER);

        private final Group group;

        Kind(Group group) {
            this.group = group;
        }

        public Group group() {
            return group;
        }
    }

    /** What to tell a person: a spreadsheet is saved as CSV, an archive unpacked, anything else is the wrong file. */
    public enum Group { SPREADSHEET, ARCHIVE, OTHER }

    /** A file recognised: its kind and its first bytes (up to 8, as hex: {@code FF 00 01 02}). */
    public record Found(Kind kind, String start) {

        /** {@return the kind in words, with an article, as {@code "eine Excel-Arbeitsmappe (.xlsx)"} / {@code "an Excel workbook (.xlsx)"}} */
        public String describe(Messages messages) {
            return messages.get("binary.kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), start);
        }

        /** {@return {@code prefix} + {@code .spreadsheet}, {@code .archive} or {@code .other}: the key of the advice for this kind} */
        public String adviceKey(String prefix) {
            return prefix + "." + kind.group().name().toLowerCase(Locale.ROOT);
        }

        /**
         * {@return the message {@code key} with the kind in words and the advice for its group
         * ({@link #adviceKey}) set in, e.g. "The answers file is an Excel workbook (.xlsx), not a
         * text file. …"; {@code before} are set in ahead of them, such as the file's name}
         */
        public String message(Messages messages, String key, Object... before) {
            Object[] args = java.util.Arrays.copyOf(before, before.length + 2);
            args[before.length] = describe(messages);
            args[before.length + 1] = messages.get(adviceKey(key));
            return messages.get(key, args);
        }
    }

    private BinaryFiles() {
    }

    /** {@link #recognize(byte[], int)} of all of {@code bytes}. */
    public static Optional<Found> recognize(byte[] bytes) {
        return recognize(bytes, bytes.length);
    }

    /**
     * What the first {@code length} bytes of {@code bytes} show the file to be, where it is no
     * text; empty for text (in UTF-8, or in UTF-16 or UTF-32, which {@link StrictUtf8} names) and
     * for anything too short to tell.
     */
    public static Optional<Found> recognize(byte[] bytes, int length) {
        int n = Math.min(length, bytes.length);
        Kind kind = kind(bytes, n);
        if (kind == null) return Optional.empty();
        return Optional.of(new Found(kind, start(bytes, n)));
    }

    /**
     * {@link #recognize(byte[], int)} of what {@code in} starts with (up to {@link #AHEAD}
     * bytes), looked at without taking it: the next read still reads from where {@code in}
     * stood. {@code in} must support {@link InputStream#mark}.
     *
     * @throws IOException when {@code in} cannot be read
     */
    public static Optional<Found> recognizeAhead(InputStream in) throws IOException {
        if (!in.markSupported()) throw new IllegalArgumentException("a stream that cannot be reset: " + in.getClass().getName());
        in.mark(AHEAD);
        byte[] head = new byte[AHEAD];
        int n = 0;
        try {
            // the first read waits for what comes; after it only what has arrived, so that a pipe
            // or a streaming upload is not waited on for 64 KiB it may never send
            int first = in.read(head, 0, head.length);
            if (first > 0) {
                n = first;
                // a ZIP's entries are told further in; only then is more worth waiting for
                if (isZip(head, n) || isOle(head, n)) {
                    int more;
                    while (n < head.length && (more = in.read(head, n, head.length - n)) > 0) n += more;
                }
            }
        } finally {
            in.reset();
        }
        return recognize(head, n);
    }

    private static Kind kind(byte[] b, int n) {
        if (n < 2) return null;
        if (isZip(b, n)) return zipKind(b, n);
        if (isOle(b, n)) return oleKind(b, n);
        if (startsWith(b, n, "%PDF-")) return Kind.PDF;
        if (u(b, 0) == 0x1F && u(b, 1) == 0x8B) return Kind.GZIP;
        if (n >= 10 && startsWith(b, n, "BZh") && b[3] >= '1' && b[3] <= '9'
                && u(b, 4) == 0x31 && u(b, 5) == 0x41 && u(b, 6) == 0x59 && u(b, 7) == 0x26 && u(b, 8) == 0x53 && u(b, 9) == 0x59) {
            return Kind.BZIP2;
        }
        if (n >= 6 && u(b, 0) == 0xFD && startsWith(b, 1, n, "7zXZ") && b[5] == 0) return Kind.XZ;
        if (n >= 6 && startsWith(b, n, "7z") && u(b, 2) == 0xBC && u(b, 3) == 0xAF && u(b, 4) == 0x27 && u(b, 5) == 0x1C) return Kind.SEVEN_ZIP;
        if (n >= 6 && startsWith(b, n, "Rar!") && u(b, 4) == 0x1A && u(b, 5) == 0x07) return Kind.RAR;
        if (n >= 8 && u(b, 0) == 0x89 && startsWith(b, 1, n, "PNG") && u(b, 4) == 0x0D && u(b, 5) == 0x0A && u(b, 6) == 0x1A && u(b, 7) == 0x0A) {
            return Kind.PNG;
        }
        if (n >= 3 && u(b, 0) == 0xFF && u(b, 1) == 0xD8 && u(b, 2) == 0xFF) return Kind.JPEG;
        if (n >= 6 && (startsWith(b, n, "GIF87a") || startsWith(b, n, "GIF89a"))) return Kind.GIF;
        boolean zero = false;
        boolean never = false;
        int controls = 0;
        for (int i = 0; i < Math.min(n, BINARY_WITHIN); i++) {
            int c = u(b, i);
            zero |= c == 0;
            never |= c == 0xC0 || c == 0xC1 || c >= 0xF8;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') controls++;
        }
        // text: no zero byte near the start (every answers file), or a stray one among text
        if (!zero || (controls < 2 && !never)) return null;
        // text in another Unicode encoding has zero bytes too: that is text, StrictUtf8 names it by its first four bytes
        byte[] head = java.util.Arrays.copyOf(b, Math.min(n, 4));
        if (StrictUtf8.otherEncoding(head).isPresent() || StrictUtf8.unmarkedEncoding(head).isPresent()) return null;
        return Kind.BINARY;
    }

    private static boolean isZip(byte[] b, int n) {
        return n >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6 || b[2] == 7 && b[3] == 8);
    }

    private static boolean isOle(byte[] b, int n) {
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (u(b, i) != magic[i]) return false;
        }
        return true;
    }

    /**
     * An Office Open XML or OpenDocument file, a Java archive, or another ZIP archive: told by
     * the names of the entries whose local headers stand within the first {@code n} bytes, and
     * for OpenDocument by its first entry, {@code mimetype}, stored uncompressed.
     */
    private static Kind zipKind(byte[] b, int n) {
        boolean jar = false;
        for (int at = 0; at + 30 <= n; at++) {
            if (!(b[at] == 'P' && b[at + 1] == 'K' && b[at + 2] == 3 && b[at + 3] == 4)) continue;
            int nameLength = u(b, at + 26) | u(b, at + 27) << 8;
            int extraLength = u(b, at + 28) | u(b, at + 29) << 8;
            int nameStart = at + 30;
            if (nameStart + nameLength > n) break;
            String name = new String(b, nameStart, nameLength, StandardCharsets.ISO_8859_1);
            if (name.startsWith("xl/")) return Kind.XLSX;
            if (name.startsWith("word/")) return Kind.DOCX;
            if (name.startsWith("ppt/")) return Kind.PPTX;
            if (name.equals("mimetype")) {
                int data = nameStart + nameLength + extraLength;
                String type = new String(b, Math.min(data, n), Math.max(0, Math.min(n - data, 80)), StandardCharsets.ISO_8859_1);
                if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return Kind.ODS;
                if (type.startsWith("application/vnd.oasis.opendocument.text")) return Kind.ODT;
            }
            if (name.equals("META-INF/MANIFEST.MF") || name.endsWith(".class") || name.equals("typwerk-plugin.yaml")) jar = true;
            at = nameStart + nameLength - 1;
        }
        return jar ? Kind.JAR : Kind.ZIP;
    }

    /** An Excel, Word or PowerPoint file of the format before 2007: told by its stream's name in the directory (UTF-16LE). */
    private static Kind oleKind(byte[] b, int n) {
        if (directoryEntry(b, n, "Workbook") || directoryEntry(b, n, "Book")) return Kind.XLS;
        if (directoryEntry(b, n, "WordDocument")) return Kind.DOC;
        if (directoryEntry(b, n, "PowerPoint Document")) return Kind.PPT;
        return Kind.OFFICE;
    }

    /**
     * Whether an entry of the compound file's directory names {@code name}: entries are 128
     * bytes, in sectors of 512 (or 4096) after the header, so one starts at a multiple of 128,
     * its name in UTF-16LE and ended by a zero character; a text inside a document that says
     * "Workbook" stands anywhere.
     */
    private static boolean directoryEntry(byte[] b, int n, String name) {
        byte[] what = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 512; i + what.length <= n; i += 128) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int n, String ascii) {
        return startsWith(b, 0, n, ascii);
    }

    private static boolean startsWith(byte[] b, int from, int n, String ascii) {
        if (from + ascii.length() > n) return false;
        for (int i = 0; i < ascii.length(); i++) {
            if (b[from + i] != ascii.charAt(i)) return false;
        }
        return true;
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static String start(byte[] b, int n) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(n, 8); i++) {
            if (i > 0) hex.append(' ');
            hex.append(String.format(Locale.ROOT, "%02X", b[i] & 0xFF));
        }
        return hex.toString();
    }
}
