package de.typwerk.engine.variant;

import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.SourceMap;
import java.util.List;

/**
 * A complete, valid questionnaire with everything a variant needs to be resolved against it:
 * the document tree it was bound from, where each node came from, and what it rests on.
 *
 * @param tree        the document before binding; for a variant, the resolved one. Never
 *                    changed: a resolver works on a copy
 * @param source      how problems name it; for a variant, the variant's own file
 * @param contentHash {@code sha256:<hex>} of its definition file as read
 * @param bases       for a variant, what it was resolved against, its own base first; else empty
 * @param warnings    the warnings it was loaded with, so that its variants do not repeat them
 */
public record ResolvedDefinition(Questionnaire questionnaire, JsonNode tree, SourceMap sourceMap, String source,
                                 String contentHash, List<ResolvedBase> bases, List<Problem> warnings) {

    public ResolvedDefinition {
        bases = List.copyOf(bases);
        warnings = List.copyOf(warnings);
    }

    /**
     * A definition that is not a variant, read without errors.
     *
     * @throws IllegalArgumentException if the read has no questionnaire or no tree
     */
    public static ResolvedDefinition of(DefinitionRead read, List<Problem> warnings) {
        return new ResolvedDefinition(
                read.questionnaire().orElseThrow(() -> new IllegalArgumentException("not read: " + read.source())),
                read.tree().orElseThrow(() -> new IllegalArgumentException("no tree: " + read.source())),
                read.sourceMap(), read.source(), read.contentHash(), List.of(),
                warnings.stream().filter(p -> !p.isError()).toList());
    }

    /** How a variant of this one records it. */
    public ResolvedBase asBase() {
        return new ResolvedBase(questionnaire.id(), questionnaire.version(), contentHash);
    }
}
