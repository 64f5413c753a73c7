package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A strategy prepared for one questionnaire and its parameters ({@link ScoringStrategy#prepare}):
 * what the engine calls for every response to that questionnaire. The place for what depends on
 * the questionnaire and the parameters alone (arrays of weights, indexes of questions and types),
 * built once in {@code prepare} and only read here.
 *
 * <p>Pure and deterministic: the same context gives an equal sheet, with no I/O, no clock and no
 * mutable state shared between calls, since the engine calls one prepared scorer from many threads
 * at once. A strategy without preparation returns a lambda:
 *
 * <pre>{@code
 * public PreparedScorer prepare(Questionnaire questionnaire, MyParameters parameters) {
 *     return context -> score(questionnaire, parameters, context.response(), context.missing());
 * }
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
@FunctionalInterface
public interface PreparedScorer {

    /**
     * Scores the response of {@code context}.
     *
     * @param context the response and what this call asks for
     * @return the scores, dimensions and contributions the engine turns into a result
     */
    ScoreSheet score(ScoringContext context);
}
