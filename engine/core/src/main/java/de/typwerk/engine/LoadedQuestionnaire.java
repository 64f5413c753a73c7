package de.typwerk.engine;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ResolvedBase;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A questionnaire the engine has read and validated, with where it came from.
 *
 * @param questionnaire the complete questionnaire; for a variant, resolved against its base
 * @param pluginId      the plugin that ships it
 * @param source        the definition's name inside the plugin
 * @param contentHash   {@code sha256:<hex>} of the definition's bytes, recorded in results
 * @param definition    the definition as written: the same as {@code questionnaire}, except for a
 *                      variant, whose definition has {@code extends} and an overlay
 * @param bases         for a variant, the questionnaires it was resolved against, its own base
 *                      first (then that one's base, for a variant of a variant); else empty
 */
@API(status = STABLE, since = "1.0")
public record LoadedQuestionnaire(Questionnaire questionnaire, String pluginId, String source, String contentHash,
                                  Questionnaire definition, List<ResolvedBase> bases) {

    /**
     * Made by the engine.
     *
     * @param questionnaire the complete questionnaire
     * @param pluginId      the plugin that ships it
     * @param source        the definition's name inside the plugin
     * @param contentHash   {@code sha256:<hex>} of the definition's bytes
     * @param definition    the definition as written; {@code null} for {@code questionnaire}
     * @param bases         for a variant, what it was resolved against; {@code null} for none
     */
    @API(status = INTERNAL, since = "1.0")
    public LoadedQuestionnaire {
        definition = definition == null ? questionnaire : definition;
        bases = bases == null ? List.of() : List.copyOf(bases);
    }

    /**
     * A questionnaire that is not a variant; made by the engine (and tests).
     *
     * @param questionnaire the questionnaire
     * @param pluginId      the plugin that ships it
     * @param source        the definition's name inside the plugin
     * @param contentHash   {@code sha256:<hex>} of the definition's bytes
     */
    @API(status = INTERNAL, since = "1.0")
    public LoadedQuestionnaire(Questionnaire questionnaire, String pluginId, String source, String contentHash) {
        this(questionnaire, pluginId, source, contentHash, questionnaire, List.of());
    }

    /** {@return whether this is a variant of another questionnaire} */
    public boolean isVariant() {
        return questionnaire.isVariant();
    }

    /** {@return for a variant, the questionnaire it was resolved against: {@code id@version} and content hash} */
    public Optional<ResolvedBase> base() {
        return bases.isEmpty() ? Optional.empty() : Optional.of(bases.get(0));
    }
}
