package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a strategy computes. The engine turns it into a result: it ranks the types, decides primary,
 * mixed or insufficient, and adds coverage and recommendations from the typology.
 *
 * @param types         one entry per type of the questionnaire, in definition order
 * @param dimensions    one entry per dimension the strategy computes a value for
 * @param contributions how much each answer pushed towards each type (positive: towards it)
 */
@API(status = STABLE, since = "1.0")
public record ScoreSheet(List<TypeScore> types, List<DimensionValue> dimensions, List<Contribution> contributions) {

    public ScoreSheet {
        types = List.copyOf(types);
        dimensions = List.copyOf(dimensions);
        contributions = List.copyOf(contributions);
    }

    /**
     * A type's score.
     *
     * @param score the strategy's own measure (documented by each strategy), higher is closer
     * @param share membership share in 0..1; the shares of one sheet sum to 1
     */
    @API(status = STABLE, since = "1.0")
    public record TypeScore(String type, double score, double share) {
    }

    /**
     * A dimension's value in 0..1, and how many answers it rests on.
     */
    @API(status = STABLE, since = "1.0")
    public record DimensionValue(String dimension, double value, int answers) {
    }

    /** How much the answer to {@code question} pushed towards {@code type}. */
    @API(status = STABLE, since = "1.0")
    public record Contribution(String type, String question, double weight) {
    }
}
