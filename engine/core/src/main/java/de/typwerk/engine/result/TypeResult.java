package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import org.apiguardian.api.API;

/**
 * One type's standing. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface TypeResult {

    /** {@return the type's id} */
    String id();

    /** {@return the type's name} */
    LocalizedText name();

    /** {@return the strategy's own measure (higher is closer), rounded to six decimals} */
    double score();

    /** {@return the membership share in 0..1, rounded to six decimals; the shares of a result sum to 1 up to that rounding} */
    double share();

    /** {@return 1 for the best; every type has its own rank, exact ties broken by the documented rule (share, then score, then the type's position in the definition)} */
    int rank();
}
