package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import java.util.List;
import org.apiguardian.api.API;

/** A type to learn from, with what it does well. */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"type", "name", "strengths"})
public record RoleModel(String type, LocalizedText name, List<Strength> strengths) {

    public RoleModel {
        strengths = Lists.copy(strengths);
    }
}
