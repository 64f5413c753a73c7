package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Response;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One scoring call: the response to score and what else the call says about it. The engine
 * implements this interface; a strategy only reads it. Plugin tests get one from the test kit
 * ({@code de.typwerk.testkit.TestScoringContext}), never by implementing it themselves: a later API
 * version may add methods here (with defaults), which must not break a strategy or its tests.
 *
 * <p>What a strategy derives from the questionnaire and its parameters alone belongs in
 * {@link ScoringStrategy#prepare}, not here: the context changes with every response.
 */
@API(status = STABLE, since = "1.0")
public interface ScoringContext {

    /**
     * The response, already checked by the engine against the questionnaire the scorer was
     * prepared for: known questions, known options, values in range, conditions honoured.
     *
     * @return the response
     */
    Response response();

    /**
     * What an unanswered question means for this call (the definition's {@code scoring.missing}).
     * Under {@link MissingAnswers#SKIP} leave every question without an answer in {@link #response()}
     * out. Under {@link MissingAnswers#NEUTRAL} count each question that has no answer there but is
     * asked, {@code question.isAskedGiven(response().answers())}, as the middle of what it could have
     * given (what that middle is, your strategy documents); a question whose condition is false is
     * not asked and never counts. A question answered with a "don't know" option ({@code noAnswer})
     * has no answer in the response, and so counts as unanswered too.
     *
     * @return how unanswered questions count
     */
    MissingAnswers missing();

    /**
     * The language the caller reads, {@code de} or {@code en}: for a strategy that puts text of its
     * own into what it computes. Scores must not depend on it.
     *
     * @return the caller's language
     */
    Locale locale();
}
