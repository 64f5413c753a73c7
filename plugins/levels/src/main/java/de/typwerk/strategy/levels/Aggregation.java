package de.typwerk.strategy.levels;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How the stages that several answers show for one criterion combine into the criterion's stage.
 * Each rule is monotone: raising one answer never lowers the result.
 */
public enum Aggregation {

    /** The average: every answer counts the same (the default). */
    MEAN,
    /** The weakest answer caps the criterion: strict, as an auditor reads evidence. */
    MIN,
    /** The strongest answer decides: lenient, for criteria where any one way suffices. */
    MAX;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Combines the stages, summed in the given order so the result is reproducible to the bit. */
    double combine(List<Double> stages) {
        if (stages.isEmpty()) return 0.0;
        double result = this == MEAN ? 0.0 : stages.get(0);
        for (double s : stages) {
            result = switch (this) {
                case MEAN -> result + s;
                case MIN -> Math.min(result, s);
                case MAX -> Math.max(result, s);
            };
        }
        return this == MEAN ? result / stages.size() : result;
    }
}
