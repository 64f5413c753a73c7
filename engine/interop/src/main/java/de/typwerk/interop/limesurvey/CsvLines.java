package de.typwerk.interop.limesurvey;

import de.typwerk.engine.definition.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The records of a LimeSurvey export, one at a time, as text for the CSV parser to split into
 * cells: a record ends at a line end ({@code \r\n}, {@code \n} or {@code \r}) outside a value in
 * quotes, where a quote opens a value only at its start, as the parser reads it. A record is handed
 * out as soon as its line end has come, so that a batch fed through a pipe or a streaming request
 * writes its result before the next record arrives; the CSV parser reading the stream itself
 * waited for the first character of the next record to end one. A UTF-8 byte order mark at the
 * very start is skipped; bytes that are no UTF-8 become U+FFFD. A record longer than
 * {@code maxLength} bytes is consumed to its end and handed out marked as too long, without its
 * text, so that memory does not depend on the input.
 *
 * <p>Why not the batch's own CSV splitter ({@code CsvRecords} over {@code Lines}, in the
 * applications floor): here the cells are the CSV parser's, so a record must end exactly where that
 * parser ends one, at a lone {@code \r} too (which {@code Lines} keeps inside its line); a record
 * over several lines that the parser refuses or that has another number of cells than the heading
 * is taken as its first line only, a quote left open there, and the lines after it are read again
 * ({@link #readAgainAfterFirstLine}, asked by {@code LimeSurveyResponses}). The batch's splitter
 * makes the fields itself, for files people edit in a spreadsheet: it ends lines at {@code \n}
 * only, guesses the separator, bounds each line, and decides about a quote left open as it splits
 * the fields. Neither does what the other does; {@link CsvPlaces} counts lines
 * as this class does, so that a finding is placed on the line this class gave.
 */
final class CsvLines {

    /**
     * One record.
     *
     * @param text    its text without its line end; empty when it was too long
     * @param line    the line it starts on, 1 for the first
     * @param tooLong whether it was longer than the bound (its text was dropped)
     * @param lines   how many lines it runs over: more than one where a value in quotes holds a line
     *                end, or where a quote was left open by mistake
     */
    record Text(String text, long line, boolean tooLong, long lines) {
    }

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote in a value in quotes: its end, or the first of two that stand for one. */
    private static final int QUOTE = 3;

    private final InputStream in;
    private final byte separator;
    private final int maxLength;
    /** Read ahead from the input; larger than 64 KiB only while it holds lines given back. */
    private byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;
    private boolean started;
    /** The last record ended at a {@code \r}: a {@code \n} right after it belongs to that line end. */
    private boolean pendingLineFeed;
    private long line = 1;
    private byte[] record = new byte[256];
    /** The last record handed out, for {@link #readAgainAfterFirstLine}: its bytes and their count. */
    private byte[] lastRecord = record;
    private int lastLength;
    private long lastFirst;
    /** The line end that ended the last record ({@code \r} or {@code \n}), or -1 at the end of the input. */
    private int lastEnd = -1;

    CsvLines(InputStream in, char separator, int maxLength) {
        this.in = in;
        this.separator = (byte) separator;
        this.maxLength = maxLength;
    }

    /** The next record, or empty at the end of the input. */
    Optional<Text> next() throws IOException {
        start();
        if (pendingLineFeed) {
            if (position == limit && !fill()) return Optional.empty();
            if (buffer[position] == '\n') position++;
            pendingLineFeed = false;
        }
        long first = line;
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        int state = START;
        boolean afterCarriageReturn = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) return Optional.empty();
                lastEnd = -1;
                return Optional.of(text(length, first, tooLong));
            }
            any = true;
            byte b = buffer[position++];
            if ((b == '\n' || b == '\r') && state != QUOTED) {
                Text text = text(length, first, tooLong);
                line++;
                pendingLineFeed = b == '\r';
                lastEnd = b;
                return Optional.of(text);
            }
            if (b == '\n' && !afterCarriageReturn || b == '\r') line++;
            afterCarriageReturn = b == '\r';
            state = next(state, b);
            if (tooLong) continue;
            if (length == maxLength) {
                tooLong = true;
                continue;
            }
            if (length == record.length) record = Arrays.copyOf(record, Math.min(maxLength, record.length * 2));
            record[length++] = b;
        }
    }

    /**
     * Whether the next record that is not an empty line can be read whole without blocking: its
     * line end is in the bytes read ahead here, or in what the input has at hand ({@code
     * available()}, read here), or the input has ended. A record longer than the buffer counts as
     * ready.
     *
     * <p>It reads ahead as the batch's {@code Lines.lineReady} does (what {@code available()}
     * promises, behind the bytes not yet handed out, moved to the buffer's start), and looks for
     * another end: a line end outside quotes, a lone {@code \r} too, where {@code Lines} looks for
     * a {@code \n}. The ten lines they share stay twice: one helper would have to hold the buffer
     * both classes read from, and this one swaps it for a larger one to read lines again
     * ({@link #readAgainAfterFirstLine}).
     */
    boolean ready() throws IOException {
        if (!started) return in.available() > 0;
        while (true) {
            if (ended) return true;
            int from = position;
            if (pendingLineFeed && from < limit && buffer[from] == '\n') from++;
            int state = START;
            int start = from;
            for (int i = from; i < limit; i++) {
                byte b = buffer[i];
                if ((b == '\n' || b == '\r') && state != QUOTED) {
                    // an empty line is no response (LimeSurvey ends every export with one): the next record decides
                    if (i > start) return true;
                    start = i + 1;
                    continue;
                }
                state = next(state, b);
            }
            int available = in.available();
            if (available <= 0) return false;
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (limit == buffer.length) return true;
            int n = in.read(buffer, limit, Math.min(available, buffer.length - limit));
            if (n < 0) {
                ended = true;
            } else {
                limit += n;
            }
        }
    }

    /** The state after byte {@code b} in state {@code state}, as the CSV parser reads quotes. */
    private int next(int state, byte b) {
        return switch (state) {
            case START -> b == '"' ? QUOTED : b == separator ? START : UNQUOTED;
            case UNQUOTED -> b == separator ? START : UNQUOTED;
            case QUOTED -> b == '"' ? QUOTE : QUOTED;
            // two quotes in a value in quotes stand for one; anything else after its end but a
            // separator is an error the parser reports, and the rest of the value is not in quotes
            default -> b == '"' ? QUOTED : b == separator ? START : UNQUOTED;
        };
    }

    private Text text(int length, long first, boolean tooLong) {
        String text = tooLong ? "" : new String(record, 0, length, StandardCharsets.UTF_8);
        lastRecord = record;
        lastLength = tooLong ? 0 : length;
        lastFirst = first;
        // a record of a few megabytes should not keep its buffer for the rest of the run (the last
        // one is kept until the next, for readAgainAfterFirstLine)
        if (record.length > 64 * 1024) record = new byte[256];
        return new Text(text, first, tooLong, line - first + 1);
    }

    /**
     * Takes the last record handed out as its first line only, and reads the lines after that
     * again as records of their own: for a record that runs over several lines because a quote
     * was left open on its first line by mistake, which would otherwise take every response after
     * it into one refused record. Returns the column, in characters from 1, of the quote that is
     * still open at the first line's end; nothing is given back for a record of one line or one too
     * long to keep (its text was dropped).
     */
    int readAgainAfterFirstLine() {
        byte[] bytes = lastRecord;
        int length = lastLength;
        int end = 0;
        while (end < length && bytes[end] != '\n' && bytes[end] != '\r') end++;
        int state = START;
        int opened = 0;
        for (int i = 0; i < end; i++) {
            int after = next(state, bytes[i]);
            if (state == START && after == QUOTED) opened = i;
            state = after;
        }
        int column = new String(bytes, 0, opened, StandardCharsets.UTF_8).length() + 1;
        if (end == length) return column;
        int rest = end + (bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? 2 : 1);
        // the rest of the record, the line end that ended it, and what was read ahead after that
        int terminator = lastEnd < 0 ? 0 : 1;
        byte[] merged = new byte[Math.max(64 * 1024, length - rest + terminator + limit - position)];
        System.arraycopy(bytes, rest, merged, 0, length - rest);
        if (terminator == 1) merged[length - rest] = (byte) lastEnd;
        System.arraycopy(buffer, position, merged, length - rest + terminator, limit - position);
        limit = length - rest + terminator + limit - position;
        position = 0;
        buffer = merged;
        // the lone \r given back ends its line again, and its \n is passed over then as now
        pendingLineFeed = false;
        line = lastFirst + 1;
        lastLength = 0;
        return column;
    }

    private void start() throws IOException {
        if (started) return;
        started = true;
        while (limit < 3) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                ended = true;
                break;
            }
            limit += n;
        }
        if (StrictUtf8.byteOrderMarkAt(buffer, 0, limit)) position = 3;
    }

    private boolean fill() throws IOException {
        if (ended) return false;
        // the lines given back are read: back to the usual size
        if (buffer.length > 64 * 1024) buffer = new byte[64 * 1024];
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
