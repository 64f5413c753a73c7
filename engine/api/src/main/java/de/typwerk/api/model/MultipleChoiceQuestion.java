package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/** A question answered by picking between {@link #minPicks()} and {@link #maxPicks()} options ({@code kind: multi}). */
@API(status = STABLE, since = "1.0")
public non-sealed interface MultipleChoiceQuestion extends Question {

    /** {@return the options, in definition order} */
    List<Option> options();

    /**
     * {@return the fewest options to pick: as written, else 1 for a required question and 0 otherwise}
     * It counts the options that go together: one option that goes only alone ({@link Option#alone()},
     * "keine" or "weiß nicht") is a whole answer by itself, whatever this says, so a strategy may see
     * a single exclusive pick where this is 2 or more.
     */
    int minPicks();

    /** {@return the most options to pick: as written, else all of them} */
    int maxPicks();

    /**
     * {@return the most options that can be picked together, as a question says how many to pick:
     * {@link #maxPicks()}, but no more than the options that need not stand alone} An option for
     * "none" or "don't know" is picked only alone ({@link Option#alone()}), so five fields, "keine"
     * and "weiß nicht" take one to five picks, not one to seven. Never below {@link #minPicks()} or 1.
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    default int mostPicksTogether() {
        long combinable = options().stream().filter(o -> !o.alone()).count();
        return (int) Math.max(Math.max(1, minPicks()), Math.min(maxPicks(), combinable));
    }

    /** {@return {@link QuestionKind#MULTI}} */
    @Override
    default QuestionKind kind() {
        return QuestionKind.MULTI;
    }

    /** {@return the options, in definition order} */
    @Override
    default List<Option> choices() {
        return options();
    }
}
