package de.typwerk.engine;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.result.Result;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What {@link Typwerk#score} gave: a {@link Result}, or the problems that prevented one. Problems
 * are values with a location (the answers file, line, column) and say in the engine's language
 * what was expected; a strategy that threw or ran too long is named by its id, without a stack
 * trace (what it threw is logged with its stack trace at DEBUG on the SLF4J logger
 * {@code de.typwerk.engine.strategies}).
 */
@API(status = STABLE, since = "1.0")
public sealed interface ScoreRun {

    /** {@return every finding: the errors of a refused run, the warnings of a done one} */
    List<Problem> problems();

    /** {@return the result, if there is one ({@link Done#result()})} */
    default Optional<Result> asResult() {
        return this instanceof Done done ? Optional.of(done.result()) : Optional.empty();
    }

    /** {@return whether it was scored} */
    default boolean ok() {
        return this instanceof Done;
    }

    /**
     * CheckedSheet.
     *
     * @param result   the result
     * @param problems warnings only, e.g. answers for 1.0.0 read against the loaded 1.1.0
     */
    @API(status = STABLE, since = "1.0")
    record Done(Result result, List<Problem> problems) implements ScoreRun {
        /**
         * Made by the engine.
         *
         * @param result   the result
         * @param problems warnings only
         */
        @API(status = INTERNAL, since = "1.0")
        public Done {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Not scored: the answers did not read or check, the strategy asked for is not offered, or the
     * strategy failed. At least one problem is an error.
     *
     * @param problems what refused it, with file, line, column and JSON pointer
     */
    @API(status = STABLE, since = "1.0")
    record Refused(List<Problem> problems) implements ScoreRun {
        /**
         * Made by the engine.
         *
         * @param problems what refused it
         */
        @API(status = INTERNAL, since = "1.0")
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
