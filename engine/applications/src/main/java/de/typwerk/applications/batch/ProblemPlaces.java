package de.typwerk.applications.batch;

import de.typwerk.api.model.Problem;

/**
 * Turns the first finding about a row's answers document into a {@link RowError} that names the
 * place in the row as its input names it: a question, a CSV column, a JSON pointer into the row.
 * The batch's own inputs use {@link PointerNames}; a reader of another tool's responses names
 * that tool's places (a FHIR item, a LimeSurvey column).
 */
@FunctionalInterface
public interface ProblemPlaces {

    /**
     * @param first the first error (or, if none, the first finding) about the document
     * @param line  the line of the input the row starts on
     * @param more  how many further errors the row has
     */
    RowError error(Problem first, long line, int more);
}
