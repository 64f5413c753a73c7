package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Yields questionnaire definitions from code. Most plugins do not need this: definitions listed
 * under {@code questionnaires:} in the plugin descriptor are read by the engine itself. Implement it
 * when definitions are built at run time.
 */
@API(status = STABLE, since = "1.0")
public interface QuestionnaireProvider {

    /** {@return the definitions this plugin offers; read, validated and reported by the engine} */
    List<DefinitionSource> definitions();
}
