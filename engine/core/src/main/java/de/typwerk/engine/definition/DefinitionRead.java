package de.typwerk.engine.definition;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one definition: the questionnaire if it could be read, the problems
 * found while reading (syntax, unknown keys, wrong types), and where its nodes stand.
 */
public record DefinitionRead(String source, Optional<Questionnaire> questionnaire, List<Problem> problems,
                             SourceMap sourceMap, String contentHash) {

    public DefinitionRead {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return questionnaire.isPresent() && problems.stream().noneMatch(Problem::isError);
    }
}
