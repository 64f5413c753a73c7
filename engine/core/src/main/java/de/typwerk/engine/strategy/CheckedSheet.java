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
 *                   {@code minAnswersPerDimension} from them when present)
 */
public record CheckedSheet(String strategyId, String strategyVersion, ScoreSheet sheet, MissingAnswers missing,
                     Map<String, Object> parameters) {

    public CheckedSheet {
        parameters = parameters == null ? Map.of() : parameters instanceof Frozen ? parameters : frozen(parameters);
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
