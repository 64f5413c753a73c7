package de.typwerk.engine.batch;

import de.typwerk.api.model.result.Result;
import java.io.IOException;

/** Where a batch writes its rows: one output row per input row, in input order. */
interface ResultSink {

    /** A scored row; {@code line}: where it starts in the input. */
    void result(long row, long line, Result result) throws IOException;

    void error(long row, RowError error) throws IOException;

    /** Writes what is still held back; the caller closes the stream. */
    void finish() throws IOException;
}
