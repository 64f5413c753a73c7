package de.typwerk.interop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.applications.batch.ProblemPlaces;
import de.typwerk.applications.batch.RowError;

/** One response of another tool, turned into an answers document of Typwerk, or why it could not be. */
public sealed interface Converted {

    /**
     * @param answers the answers document ({@code questionnaire}, {@code version}, {@code respondent}, {@code answers})
     * @param places  how a finding about the document is named in the tool's own terms
     */
    record Document(ObjectNode answers, ProblemPlaces places) implements Converted {
    }

    record Failed(RowError error) implements Converted {
    }
}
