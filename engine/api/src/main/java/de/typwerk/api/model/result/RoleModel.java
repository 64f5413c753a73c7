package de.typwerk.api.model.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import java.util.List;

/** A type to learn from, with what it does well. */
@JsonPropertyOrder({"type", "name", "strengths"})
public record RoleModel(String type, LocalizedText name, List<Strength> strengths) {

    public RoleModel {
        strengths = Lists.copy(strengths);
    }
}
