package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.Respondent;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The classification of one response: what the engine hands to reports, the CLI and integrators. Made by the engine; an application reads it.
 */
@API(status = STABLE, since = "1.0")
public interface Result {

    /** {@return which questionnaire the response answered} */
    ResultQuestionnaire questionnaire();

    /** {@return the strategy that scored it} */
    ResultStrategy strategy();

    /** {@return who answered} */
    Respondent respondent();

    /** {@return the questions answered, among those asked} */
    int answered();

    /** {@return the questions asked, given the answers (a question whose condition is false is not asked and does not count)} */
    int total();

    /** {@return every type, best first ({@link TypeResult#rank()} 1, 2, …)} */
    List<TypeResult> types();

    /** {@return primary type, mixed, no type fits, or insufficient} */
    Outcome outcome();

    /** {@return the strategy's dimension values, in definition order; empty when the strategy computes none} */
    List<DimensionResult> dimensions();

    /** {@return the answers that weighed most: one entry for a primary type, two for a mixed outcome, none when no type fits or too few were answered} */
    List<TypeReasons> reasons();

    /** {@return how well the answers cover what the strategy measures} */
    Coverage coverage();

    /** {@return what to keep and whom to learn from: one entry for a primary type, two for a mixed outcome, none when no type fits or too few were answered} */
    List<Recommendation> recommendations();

    /**
     * The entry of a type.
     *
     * @param typeId a type id
     * @return its entry, or empty if the questionnaire has no such type
     */
    default Optional<TypeResult> type(String typeId) {
        return types().stream().filter(t -> t.id().equals(typeId)).findFirst();
    }
}
