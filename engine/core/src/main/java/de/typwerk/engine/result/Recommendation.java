package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a type can build on and whom it can learn from, from the typology.
 *
 * @param strengths what this type does well (and others can learn from it)
 * @param learnFrom one entry per weakness of this type, in definition order
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"type", "name", "strengths", "learnFrom"})
public record Recommendation(String type, LocalizedText name, List<Strength> strengths, List<Lesson> learnFrom) {

    public Recommendation {
        strengths = Lists.copy(strengths);
        learnFrom = Lists.copy(learnFrom);
    }
}
