package de.typwerk.applications.batch;

/** One row of the input: an answers document to score, or a row that broke before it could be read. */
public sealed interface Row {

    /** 1 for the first row (blank lines and the CSV header do not count). */
    long number();

    /** The line of the input the row starts on. */
    long line();

    /**
     * An answers document.
     *
     * @param json    the document, JSON in UTF-8
     * @param columns how a finding's JSON pointer maps to the input's own names (CSV columns)
     */
    record Document(long number, long line, byte[] json, ProblemPlaces columns) implements Row {
    }

    /** A row that could not be split into a document. */
    record Broken(long number, long line, RowError error) implements Row {
    }
}
