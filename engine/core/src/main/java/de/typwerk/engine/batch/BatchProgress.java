package de.typwerk.engine.batch;

/** Told after every output row; called on the thread that runs the batch. */
@FunctionalInterface
public interface BatchProgress {

    BatchProgress NONE = (rows, bytesRead) -> { };

    /**
     * @param rows      rows written so far
     * @param bytesRead bytes of the input consumed so far (read-ahead included)
     */
    void advanced(long rows, long bytesRead);
}
