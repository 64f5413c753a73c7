package de.typwerk.engine.result.record;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import de.typwerk.engine.result.RoleModel;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's {@link RoleModel}: what {@code ResultAssembler} builds and results are read back into. */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"type", "name", "strengths"})
public record RoleModelRecord(String type,
                              LocalizedText name,
                              List<Strength> strengths) implements RoleModel {

    public RoleModelRecord {
        strengths = Lists.copy(strengths);
    }
}
