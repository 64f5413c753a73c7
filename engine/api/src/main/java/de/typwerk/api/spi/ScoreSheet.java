package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a strategy computes. The engine turns it into a result: it ranks the types, decides primary,
 * mixed, no type or insufficient, and adds coverage and recommendations from the typology.
 *
 * <p>Made with {@link #ScoreSheet(List, List, List)}; what a later API version adds comes as a
 * {@code with…} method that returns a copy (like {@link #withNoTypeFitting()}), so code written
 * against this version keeps compiling. Immutable; equal when all its parts are.
 */
@API(status = STABLE, since = "1.0")
public final class ScoreSheet {

    private final List<TypeScore> types;
    private final List<DimensionValue> dimensions;
    private final List<Contribution> contributions;
    private final boolean noTypeFits;

    /**
     * @param types         one entry per type of the questionnaire, in definition order
     * @param dimensions    one entry per dimension the strategy computes a value for
     * @param contributions how much each answer pushed towards each type (positive: towards it)
     */
    public ScoreSheet(List<TypeScore> types, List<DimensionValue> dimensions, List<Contribution> contributions) {
        this(types, dimensions, contributions, false);
    }

    private ScoreSheet(List<TypeScore> types, List<DimensionValue> dimensions, List<Contribution> contributions,
                       boolean noTypeFits) {
        this.types = List.copyOf(types);
        this.dimensions = List.copyOf(dimensions);
        this.contributions = List.copyOf(contributions);
        this.noTypeFits = noTypeFits;
    }

    /** {@return one entry per type of the questionnaire, in definition order} */
    public List<TypeScore> types() {
        return types;
    }

    /** {@return one entry per dimension the strategy computes a value for} */
    public List<DimensionValue> dimensions() {
        return dimensions;
    }

    /** {@return how much each answer pushed towards each type (positive: towards it)} */
    public List<Contribution> contributions() {
        return contributions;
    }

    /**
     * This sheet, saying that <em>no type fits</em> the response: the strategy finds it close to
     * none of the types (e.g. no type reaches a threshold the strategy's parameters set). The
     * result's outcome is then {@code none}, naming no type, however the shares rank; the scores
     * and shares are still shown and must still follow the rules of a sheet. Without it, the
     * engine decides between one primary type and a mix of the two best by the definition's
     * {@code mixedMargin}.
     *
     * @return a copy of this sheet that says no type fits
     */
    public ScoreSheet withNoTypeFitting() {
        return new ScoreSheet(types, dimensions, contributions, true);
    }

    /** {@return whether the strategy said that no type fits ({@link #withNoTypeFitting()})} */
    public boolean noTypeFits() {
        return noTypeFits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreSheet s && s.noTypeFits == noTypeFits && s.types.equals(types)
                && s.dimensions.equals(dimensions) && s.contributions.equals(contributions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(types, dimensions, contributions, noTypeFits);
    }

    @Override
    public String toString() {
        return "ScoreSheet[types=" + types + ", dimensions=" + dimensions + ", contributions=" + contributions
                + (noTypeFits ? ", no type fits" : "") + "]";
    }

    /**
     * A type's score.
     *
     * @param type  the id of a type of the questionnaire
     * @param score the strategy's own measure (documented by each strategy), higher is closer; finite
     * @param share membership share in 0..1; the shares of one sheet sum to 1. The engine ranks the
     *              types by it and decides primary or mixed by the lead of the first over the second
     *              (the definition's {@code mixedMargin})
     */
    @API(status = STABLE, since = "1.0")
    public record TypeScore(String type, double score, double share) {
    }

    /**
     * A dimension's value in 0..1, and how many answers it rests on. Results show both; a dimension
     * resting on fewer answers than {@code minAnswersPerDimension} (the strategy's parameter of that
     * name, if it has one, else 2) is marked thin.
     *
     * @param dimension the id of a dimension of the questionnaire, at most one entry each
     * @param value     the respondent's position in 0..1
     * @param answers   how many answers it rests on, 0 or more
     */
    @API(status = STABLE, since = "1.0")
    public record DimensionValue(String dimension, double value, int answers) {
    }

    /**
     * How much the answer to {@code question} pushed towards {@code type}, in the strategy's own
     * unit. The result's reasons for a type are the answered questions with the largest sums of
     * their contributions to it: only positive sums count (zero and negative are no push towards
     * the type), strongest first, at most five; the report shows each sum as the answer's
     * contribution.
     *
     * @param type     the id of a type of the questionnaire
     * @param question the id of a question of the questionnaire; it may be named more than once
     *                 for one type, and the engine sums those
     * @param weight   the push, finite: positive towards the type
     */
    @API(status = STABLE, since = "1.0")
    public record Contribution(String type, String question, double weight) {
    }
}
