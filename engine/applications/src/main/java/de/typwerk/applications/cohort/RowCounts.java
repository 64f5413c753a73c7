package de.typwerk.applications.cohort;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a results file held, line by line (blank lines are not counted).
 *
 * @param lines              non-blank lines read
 * @param results            results taken into the cohort
 * @param errors             error rows (a row that batch could not score), counted and skipped
 * @param unreadable         lines that are no JSON object, or an object that is neither a result
 *                           nor an error row, counted and skipped
 * @param otherQuestionnaire results for another questionnaire (or version) than the file's first
 *                           result, counted and skipped
 * @param otherStrategy      results of the questionnaire scored with another strategy than the
 *                           file's first result that names one, counted and skipped
 */
@JsonPropertyOrder({"lines", "results", "errors", "unreadable", "otherQuestionnaire", "otherStrategy"})
public record RowCounts(long lines, long results, long errors, long unreadable, long otherQuestionnaire, long otherStrategy) {

    /** Counts of a file whose results name one strategy. */
    public RowCounts(long lines, long results, long errors, long unreadable, long otherQuestionnaire) {
        this(lines, results, errors, unreadable, otherQuestionnaire, 0);
    }

    /** Lines skipped for a reason that is a fault of the file, not of the answers it was made from. */
    public long damaged() {
        return unreadable + otherQuestionnaire + otherStrategy;
    }
}
