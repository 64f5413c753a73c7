package de.typwerk.engine.strategy;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.spi.ScoreSheet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strategy's checked score sheet, with what the result must record about how it came about.
 *
 * @param parameters the strategy's parameters as the definition wrote them (the result reads
 *                   {@code minAnswersPerDimension} from them when present)
 */
public record CheckedSheet(String strategyId, String strategyVersion, ScoreSheet sheet, MissingAnswers missing,
                     Map<String, Object> parameters) {

    public CheckedSheet {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
