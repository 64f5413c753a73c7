package de.typwerk.applications.batch;

import de.typwerk.engine.definition.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads an input stream line by line as bytes, with a bound on the length of a line so that memory
 * does not depend on the input: a longer line is consumed to its end and handed out marked as too
 * long, without its content. A line ends at {@code \n}; a {@code \r} before it is dropped. A UTF-8
 * byte order mark at the very start is skipped. Counts the bytes consumed, for progress.
 */
public final class Lines {

    /**
     * One physical line.
     *
     * @param number   1 for the first line
     * @param content  the bytes without the line end; empty when the line was too long
     * @param tooLong  whether the line was longer than the bound (its content was dropped)
     * @param complete whether a line end followed it (false only for a last line cut short)
     */
    public record Line(long number, byte[] content, boolean tooLong, boolean complete) {

        public boolean blank() {
            if (tooLong) return false;
            for (byte b : content) {
                if (b != ' ' && b != '\t') return false;
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long consumed;
    private long number;
    private boolean started;
    private byte[] line = new byte[256];

    public Lines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or empty at the end of the input. */
    public Optional<Line> next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) return Optional.empty();
                return Optional.of(done(length, tooLong, false));
            }
            any = true;
            // the rest of the line in this buffer, found first and copied at once
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') end++;
            int chunk = end - start;
            if (length == 0 && !tooLong && end < limit && chunk <= maxLength) {
                // the whole line is in the buffer: copied out once, without the line buffer in between
                position = end + 1;
                consumed += chunk + 1;
                number++;
                if (end > start && buffer[end - 1] == '\r') end--;
                return Optional.of(new Line(number, Arrays.copyOfRange(buffer, start, end), false, true));
            }
            if (!tooLong && chunk > maxLength - length) {
                tooLong = true;
            } else if (!tooLong) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + chunk, line.length * 2)));
                }
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
            }
            consumed += chunk;
            position = end;
            if (end < limit) {
                position++;
                consumed++;
                return Optional.of(done(length, tooLong, true));
            }
        }
    }

    /** Whether bytes can be read without blocking: some are buffered, or the stream says it has some. */
    public boolean ready() throws IOException {
        return position < limit || in.available() > 0;
    }

    /**
     * Whether the next line that is not {@linkplain Line#blank() blank} can be read whole without
     * blocking: it is buffered with its line end, or what the stream has at hand ({@code
     * available()}, read here) completes it. Bytes of a line still on its way are not enough, as
     * they are for {@link #ready()}: reading it would wait for the rest (a client that stalls in
     * the middle of a row), so a batch writes what it has first. Blank lines before it are passed
     * over, as every reader of rows passes over them: a row followed by a blank line and a pause
     * would otherwise wait for the row after the pause. A line longer than the buffer counts as
     * ready; a last line without a line end, whose end cannot be told from a pause without waiting,
     * does not. LimeSurvey's records (interop's {@code CsvLines.ready}) are read ahead the same way,
     * each up to its own end; its Javadoc says why the two keep their few shared lines apart.
     */
    public boolean lineReady() throws IOException {
        if (!started) return ready();
        while (true) {
            int start = position;
            for (int i = position; i < limit; i++) {
                if (buffer[i] != '\n') continue;
                if (!blank(start, i)) return true;
                start = i + 1;
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
            if (n < 0) return true;
            limit += n;
        }
    }

    /**
     * Whether the buffered line from {@code start} to its line end at {@code end} is blank, as
     * {@link Line#blank()} tells it (a line over the bound is too long, not blank).
     */
    private boolean blank(int start, int end) {
        if (end - start > maxLength) return false;
        if (end > start && buffer[end - 1] == '\r') end--;
        for (int i = start; i < end; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') return false;
        }
        return true;
    }

    /** Bytes consumed so far, the skipped byte order mark included. */
    public long bytesRead() {
        return consumed;
    }

    private Line done(int length, boolean tooLong, boolean complete) {
        number++;
        int end = length;
        if (!tooLong && end > 0 && line[end - 1] == '\r') end--;
        byte[] content = tooLong ? new byte[0] : Arrays.copyOf(line, end);
        // a line of a few megabytes should not keep its buffer for the rest of the run
        if (line.length > 64 * 1024) line = new byte[256];
        return new Line(number, content, tooLong, complete);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) n = in.read(buffer, 0, buffer.length);
        if (n < 0) return false;
        position = 0;
        limit = n;
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit - position < 3) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) break;
            limit += n;
        }
        if (StrictUtf8.byteOrderMarkAt(buffer, position, limit)) {
            position = 3;
            consumed = 3;
        }
    }
}
