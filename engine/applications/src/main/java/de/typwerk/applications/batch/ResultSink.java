package de.typwerk.applications.batch;

import de.typwerk.engine.result.Result;
import java.io.IOException;
import java.util.Optional;

/**
 * Where a batch writes its rows: one output row per input row, in input order.
 *
 * <p>A sink whose result rows do not depend on the rows before them (JSON Lines) can have them
 * made ahead, as UTF-8 bytes, on the thread that scored the row ({@link #render}); the batch then
 * writes them in order ({@link #write(byte[])}), so the thread that keeps the order only copies
 * bytes. A sink
 * that needs to see its rows in order (CSV: the header waits for the first result) renders
 * nothing and writes in {@link #result}.
 */
interface ResultSink {

    /**
     * A scored row; {@code line}: where it starts in the input.
     *
     * @return false where the sink cannot hold the result and wrote an error row in its place
     *         (CSV: a result whose types are not its columns), which the batch then counts as an error
     */
    boolean result(long row, long line, Result result) throws IOException;

    /**
     * The output line (without its line end) for a scored row, made on any thread; empty when this
     * sink writes results only in order, through {@link #result}. Must be safe to call from several
     * threads at once.
     */
    default Optional<byte[]> render(long row, Result result) {
        return Optional.empty();
    }

    /** Writes a line made by {@link #render} (UTF-8), in its place in the output. */
    default void write(byte[] rendered) throws IOException {
        throw new UnsupportedOperationException("this sink renders nothing ahead");
    }

    void error(long row, RowError error) throws IOException;

    /** Passes what was written on (the input has to wait: whoever reads the output should see it now). */
    void flush() throws IOException;

    /** Writes what is still held back; the caller closes the stream. */
    void finish() throws IOException;
}
