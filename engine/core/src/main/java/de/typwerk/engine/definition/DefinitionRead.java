package de.typwerk.engine.definition;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of reading one definition: the questionnaire if it could be read, the problems
 * found while reading (syntax, unknown keys, wrong types), and where its nodes stand.
 *
 * @param tree the document as read, before binding, when it could be parsed; what a variant is
 *             resolved on, since it still tells a value left out (a default) from one written.
 *             Shared: whoever changes it works on a {@link JsonNode#deepCopy() copy}
 */
@API(status = INTERNAL, since = "1.0")
public record DefinitionRead(String source, Optional<Questionnaire> questionnaire, List<Problem> problems,
                             SourceMap sourceMap, String contentHash, Optional<JsonNode> tree) {

    public DefinitionRead {
        problems = List.copyOf(problems);
        tree = tree == null ? Optional.empty() : tree;
    }

    /** A read without its tree. */
    public DefinitionRead(String source, Optional<Questionnaire> questionnaire, List<Problem> problems,
                          SourceMap sourceMap, String contentHash) {
        this(source, questionnaire, problems, sourceMap, contentHash, Optional.empty());
    }

    public boolean ok() {
        return questionnaire.isPresent() && problems.stream().noneMatch(Problem::isError);
    }
}
