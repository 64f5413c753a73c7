package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a type should keep, and whom it can learn from. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface Recommendation {

    /** {@return the type's id} */
    String type();

    /** {@return the type's name} */
    LocalizedText name();

    /** {@return the type's strengths, to keep} */
    List<Strength> strengths();

    /** {@return per weak spot of the type, the types to learn from} */
    List<Lesson> learnFrom();
}
