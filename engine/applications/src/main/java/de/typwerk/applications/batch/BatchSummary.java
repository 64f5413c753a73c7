package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a batch did.
 *
 * @param rows         input rows, each of which gave one output row
 * @param primary      results with a primary type, by type id, in the order the types were first
 *                     met (a questionnaire's types in definition order)
 * @param mixed        results too close to call between two types
 * @param insufficient results with too few answers to classify
 * @param errors       rows that gave an error record instead of a result
 * @param none         results where the strategy found that no type fits
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record BatchSummary(long rows, Map<String, Long> primary, long mixed, long insufficient, long errors, long none) {

    public BatchSummary {
        primary = Collections.unmodifiableMap(new LinkedHashMap<>(primary));
    }

    /** A summary without results where no type fits. */
    public BatchSummary(long rows, Map<String, Long> primary, long mixed, long insufficient, long errors) {
        this(rows, primary, mixed, insufficient, errors, 0);
    }

    /** Rows that gave a result. */
    public long scored() {
        return rows - errors;
    }

    /** Whether every row gave a result. */
    public boolean allScored() {
        return errors == 0;
    }
}
