package de.typwerk.engine.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where {@link StrategyRunner} runs a strategy.
 *
 * <p>{@link #GUARDED} hands each call to a scoring thread and waits at most the time limit: the
 * caller is never held up, even by a strategy that ignores interruption. That hand-off (a wake-up
 * and a context switch each way) costs about as much as scoring a row with a fast strategy, so a
 * caller that keeps the time limit itself and can abandon its own thread (the workers of the
 * batch application, engine/applications) asks for {@link #INLINE}.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public enum StrategyCall {
    /** On a scoring thread, with the time limit kept by the {@link StrategyRunner}. */
    GUARDED,
    /**
     * On the calling thread, with no time limit: the caller must keep it, and must be able to give
     * up its thread when a strategy never returns.
     */
    INLINE
}
