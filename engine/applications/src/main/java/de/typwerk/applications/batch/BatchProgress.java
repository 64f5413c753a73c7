package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Told after every output row; called on the thread that runs the batch. */
@API(status = EXPERIMENTAL, since = "1.0")
@FunctionalInterface
public interface BatchProgress {

    BatchProgress NONE = (rows, bytesRead) -> { };

    /**
     * @param rows      rows written so far
     * @param bytesRead bytes of the input consumed so far (read-ahead included)
     */
    void advanced(long rows, long bytesRead);
}
