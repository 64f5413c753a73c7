package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Recommendation;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's {@link Recommendation}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"type", "name", "strengths", "learnFrom"})
public record RecommendationRecord(String type,
                                   LocalizedText name,
                                   List<Strength> strengths,
                                   List<Lesson> learnFrom) implements Recommendation {

    public RecommendationRecord {
        strengths = Lists.copy(strengths);
        learnFrom = Lists.copy(learnFrom);
    }
}
