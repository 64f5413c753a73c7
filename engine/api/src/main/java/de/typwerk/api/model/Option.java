package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import org.apiguardian.api.API;

/** One answer option of a choice or ranking question. Implemented by the engine, read by plugins. */
@API(status = STABLE, since = "1.0")
public interface Option {

    /** {@return the id, unique among the options of its question} */
    String id();

    /** {@return the option as respondents read it} */
    LocalizedText text();

    /**
     * {@return how much choosing this option counts, keyed by type id or dimension id; each scoring
     * strategy documents which keys it reads and how}
     */
    Map<String, Double> weights();

    /**
     * {@return whether, in a multiple-choice question, it cannot be picked together with any other
     * option (a "none of these")}
     */
    boolean exclusive();

    /**
     * {@return whether it stands for "don't know / no answer": it satisfies {@code required}, can be
     * picked only alone, carries no weights, and scoring treats the question as unanswered}
     */
    boolean noAnswer();

    /** {@return whether it must be picked alone: exclusive, or standing for no answer} */
    default boolean alone() {
        return exclusive() || noAnswer();
    }
}
