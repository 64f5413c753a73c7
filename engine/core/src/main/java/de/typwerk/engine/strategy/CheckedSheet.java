package de.typwerk.engine.strategy;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.spi.ScoreSheet;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A strategy's checked score sheet, with what the result must record about how it came about.
 *
 * @param parameters the strategy's parameters as the definition wrote them (the result reads
 *                   {@code minAnswersPerDimension} from them when present), with
 *                   {@code minAnswersPerDimension} added where the definition leaves it out and the
 *                   strategy's parameters record sets it
 * @param sums       the sheet's contributions summed per type and question, made by the check
 *                   that passed it; null when the check did not make them (the result then sums
 *                   them itself)
 */
public record CheckedSheet(String strategyId, String strategyVersion, ScoreSheet sheet, MissingAnswers missing,
                     Map<String, Object> parameters, ContributionSums sums) {

    public CheckedSheet {
        parameters = parameters == null ? Map.of() : parameters instanceof Frozen ? parameters : frozen(parameters);
    }

    /** A checked sheet whose contributions the result sums itself. */
    public CheckedSheet(String strategyId, String strategyVersion, ScoreSheet sheet, MissingAnswers missing,
                        Map<String, Object> parameters) {
        this(strategyId, strategyVersion, sheet, missing, parameters, null);
    }

    /**
     * An unmodifiable copy of {@code parameters} in their order, which a sheet keeps as it is: a
     * prepared strategy makes it once, instead of every sheet copying the parameters again.
     */
    static Map<String, Object> frozen(Map<String, Object> parameters) {
        return parameters instanceof Frozen ? parameters : new Frozen(new LinkedHashMap<>(parameters));
    }

    /** Parameters copied once: a view no one else holds the map behind. */
    private static final class Frozen extends AbstractMap<String, Object> {

        private final Map<String, Object> copy;

        private Frozen(Map<String, Object> copy) {
            this.copy = Collections.unmodifiableMap(copy);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return copy.entrySet();
        }

        @Override
        public Object get(Object key) {
            return copy.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return copy.containsKey(key);
        }

        @Override
        public int size() {
            return copy.size();
        }
    }
}
