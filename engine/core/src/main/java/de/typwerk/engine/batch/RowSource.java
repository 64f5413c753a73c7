package de.typwerk.engine.batch;

import java.io.IOException;
import java.util.Optional;

/** Hands out the rows of an input one at a time; never holds more than one row (and a bounded look-ahead). */
interface RowSource {

    /** The next row, or empty at the end of the input. */
    Optional<Row> next() throws IOException;

    /** Bytes of the input consumed so far. */
    long bytesRead();
}
