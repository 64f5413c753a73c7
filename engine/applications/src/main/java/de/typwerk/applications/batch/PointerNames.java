package de.typwerk.applications.batch;

import de.typwerk.api.model.Problem;
import java.util.Optional;

/**
 * Turns a finding about an answers document into a {@link RowError} that names the question, the
 * CSV column or the JSON pointer it is about.
 */
enum PointerNames implements ProblemPlaces {
    /** JSON Lines: a question by id, anything else by its JSON pointer. */
    QUESTIONS_AND_POINTERS,
    /** CSV: the column that holds the value (the question id, or a respondent column). */
    COLUMNS;

    @Override
    public RowError error(Problem first, long line, int more) {
        String pointer = first.location().pointer();
        Optional<String> question = ProblemPlaces.question(pointer);
        if (this == COLUMNS) {
            Optional<String> column = question.or(() -> respondentOrTop(pointer));
            return new RowError(first.code(), Optional.empty(), column, Optional.empty(), line, first.message(), more);
        }
        Optional<String> rest = question.isPresent() || pointer.isEmpty() ? Optional.empty() : Optional.of(pointer);
        return new RowError(first.code(), question, Optional.empty(), rest, line, first.message(), more);
    }

    /** {@code /respondent/ags} → {@code ags}, {@code /version} → {@code version}. */
    private static Optional<String> respondentOrTop(String pointer) {
        if (pointer.startsWith("/respondent/")) return Optional.of(pointer.substring("/respondent/".length()));
        if (pointer.equals("/questionnaire") || pointer.equals("/version")) return Optional.of(pointer.substring(1));
        return Optional.empty();
    }
}
