package de.typwerk.engine.scoring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How much of a {@link de.typwerk.engine.result.Result} {@link ResultAssembler} builds.
 *
 * <p>{@link #NUMBERS} is for callers that print ids and numbers only (a batch with
 * {@code --detail compact}): building the answers as shown is a good part of assembling a result
 * and would be thrown away unread.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public enum ResultDetail {
    /** Every part of the result, texts included. */
    FULL,
    /**
     * Ids and numbers as in {@link #FULL}; each reason's {@code answer} is an empty text.
     * Texts that the definition already holds (names, question texts, the recommendations, which
     * name the weak spots the answers confirm) are kept, as they cost nothing.
     */
    NUMBERS
}
