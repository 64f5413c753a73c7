package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** One type of the typology (e.g. "Der Bedächtige"), or one level of a maturity model. Implemented by the engine, read by plugins. */
@API(status = STABLE, since = "1.0")
public interface TypeDefinition {

    /** {@return the id, unique among the types} */
    String id();

    /** {@return the name} */
    LocalizedText name();

    /** {@return a motto in one line, if the definition gives one} */
    Optional<LocalizedText> motto();

    /** {@return a summary in a few sentences, if the definition gives one} */
    Optional<LocalizedText> summary();

    /** {@return text per {@link ProfileTopic} id, in the order the topics are declared} */
    Map<String, LocalizedText> profile();

    /** {@return what others can learn from this type, most telling first} */
    List<Strength> strengths();

    /** {@return what this type can learn from others, each naming the types to learn from} */
    List<Weakness> weaknesses();
}
