package de.typwerk.applications.batch;

import java.io.IOException;
import java.util.Optional;

/**
 * Hands out the rows of an input one at a time; never holds more than one row (and a bounded
 * look-ahead). The batch's own inputs (JSON Lines, CSV) are row sources; so are the readers of
 * other tools' responses ({@code typwerk-engine-interop}), which turn each response into an answers
 * document. Handed to {@link BatchInput#ready(RowSource)}.
 */
public interface RowSource {

    /** The next row, or empty at the end of the input. */
    Optional<Row> next() throws IOException;

    /**
     * Whether another row (or the end of the input) can be read without waiting for the input to
     * deliver more: a batch fed through a pipe writes what it has before it waits.
     */
    default boolean ready() throws IOException {
        return true;
    }

    /** Bytes of the input consumed so far. */
    long bytesRead();
}
