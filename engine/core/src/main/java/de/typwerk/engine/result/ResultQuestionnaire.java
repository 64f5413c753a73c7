package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ResolvedBase;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which questionnaire a result belongs to. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface ResultQuestionnaire {

    /** {@return the questionnaire's id} */
    String id();

    /** {@return the questionnaire's version} */
    String version();

    /** {@return the questionnaire's title} */
    LocalizedText title();

    /** {@return {@code sha256:<hex>} of the definition the answers were scored against (for a variant: of the variant's own file; {@link #bases()} pins what it extends)} */
    String contentHash();

    /** {@return for a variant, the questionnaire it extends ({@code id@range}, as its definition says in {@code extends:}); written as {@code extends}} */
    Optional<String> base();

    /** {@return for a variant, the questionnaires it was resolved against, its own base first (a variant of a variant names both); empty otherwise} */
    List<ResolvedBase> bases();
}
