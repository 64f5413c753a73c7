package de.typwerk.applications.batch;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.JsonPointers;
import java.util.Optional;

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

    /**
     * The question a finding about an answers document is about, as every input names it:
     * {@code /answers/q-x/0} → {@code q-x}, its id unescaped from the pointer; empty for a pointer
     * elsewhere (the respondent, the version, the document).
     */
    static Optional<String> question(String pointer) {
        if (!pointer.startsWith("/answers/")) return Optional.empty();
        String rest = pointer.substring("/answers/".length());
        int slash = rest.indexOf('/');
        return Optional.of(JsonPointers.unescape(slash < 0 ? rest : rest.substring(0, slash)));
    }
}
