package de.typwerk.engine;

import de.typwerk.api.model.Questionnaire;

/**
 * A questionnaire the engine has read and validated, with where it came from.
 *
 * @param pluginId    the plugin that ships it
 * @param source      the definition's name inside the plugin
 * @param contentHash {@code sha256:<hex>} of the definition's bytes, recorded in results
 */
public record LoadedQuestionnaire(Questionnaire questionnaire, String pluginId, String source, String contentHash) {
}
