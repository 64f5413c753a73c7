package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A dimension's value for this response. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface DimensionResult {

    /** {@return the dimension's id} */
    String id();

    /** {@return the dimension's name} */
    LocalizedText name();

    /** {@return what 0 stands for, if the definition says} */
    Optional<LocalizedText> low();

    /** {@return what 1 stands for, if the definition says} */
    Optional<LocalizedText> high();

    /** {@return the value in 0..1, rounded to six decimals} */
    double value();

    /** {@return how many answers it rests on (answers filled in as neutral do not count)} */
    int answers();

    /** {@return whether it rests on fewer answers than the coverage rule asks for} */
    boolean thin();
}
