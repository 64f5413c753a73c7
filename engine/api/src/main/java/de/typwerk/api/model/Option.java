package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One answer option of a choice or ranking question.
 *
 * @param weights   how much choosing this option counts, keyed by type id or dimension id; each
 *                  scoring strategy documents which keys it reads and how
 * @param exclusive in a multiple-choice question: it cannot be picked together with any other
 *                  option (a "none of these")
 * @param noAnswer  it stands for "don't know / no answer": it satisfies {@code required}, can be
 *                  picked only alone, carries no weights, and scoring treats the question as
 *                  unanswered
 */
@API(status = STABLE, since = "1.0")
public record Option(@JsonProperty(required = true) String id,
                     @JsonProperty(required = true) LocalizedText text,
                     Map<String, Double> weights,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean exclusive,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean noAnswer) {

    public Option {
        weights = Lists.copy(weights);
        // left out of a definition: false (boxed, so that a definition may leave them out)
        exclusive = Boolean.TRUE.equals(exclusive);
        noAnswer = Boolean.TRUE.equals(noAnswer);
    }

    /** An ordinary option: neither exclusive nor standing for no answer. */
    public Option(String id, LocalizedText text, Map<String, Double> weights) {
        this(id, text, weights, false, false);
    }

    /** Whether it must be picked alone: exclusive, or standing for no answer. */
    public boolean alone() {
        return exclusive || noAnswer;
    }
}
