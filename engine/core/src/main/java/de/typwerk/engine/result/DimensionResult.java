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

    /**
     * {@return how many answers count for no type and on no dimension although they answer a
     * question that bears on this one} A question bears on a dimension when the weights of its
     * options (or of its scale) name it; such an answer picks only options without any weights
     * ("Keine", "Bisher kaum": it says that something does not exist yet). It counts as answered
     * for the coverage, yet not among {@link #answers()}, so a dimension whose questions were all
     * answered so can be {@link #thin() thin}: this says why. "Don't know" is no such answer (it
     * counts as missing). Counted by the engine from the definition and the answers, whatever the
     * strategy; 0 in a result read from a file written before it was added.
     */
    default int weightless() {
        return 0;
    }
}
