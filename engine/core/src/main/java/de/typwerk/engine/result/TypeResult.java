package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import org.apiguardian.api.API;

/**
 * One type's standing.
 *
 * @param score the strategy's own measure (higher is closer), rounded to six decimals
 * @param share membership share in 0..1, rounded to six decimals; the shares of a result sum to 1
 *              up to that rounding
 * @param rank  1 for the best; every type has its own rank, exact ties broken by the documented
 *              rule (share, then score, then the type's position in the definition)
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "name", "score", "share", "rank"})
public record TypeResult(String id, LocalizedText name, double score, double share, int rank) {
}
