package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import org.apiguardian.api.API;

/**
 * One answer and how much it pushed towards a type. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface Reason {

    /** {@return the question's id} */
    String question();

    /** {@return the question} */
    LocalizedText questionText();

    /** {@return the answer as the respondent saw it (option texts, a scale point and its label, a number and its unit)} */
    LocalizedText answer();

    /** {@return the strategy's measure of the push (see {@code docs/scoring.md}), rounded to six decimals} */
    double contribution();
}
