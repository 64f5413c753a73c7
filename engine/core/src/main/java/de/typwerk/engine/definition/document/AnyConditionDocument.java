package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import java.util.List;
import org.apiguardian.api.API;

/** {@code any: [...]} as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record AnyConditionDocument(@JsonProperty(value = "any", required = true) List<Condition> any) implements AnyCondition {

    public AnyConditionDocument {
        any = Lists.copy(any);
    }
}
