package de.typwerk.api.spi;

import java.util.List;

/**
 * Yields questionnaire definitions from code. Most plugins do not need this: definitions listed
 * under {@code questionnaires:} in the plugin descriptor are read by the engine itself. Implement it
 * when definitions are built at run time.
 */
public interface QuestionnaireProvider {

    /** The definitions this plugin offers; read, validated and reported by the engine. */
    List<DefinitionSource> definitions();
}
