package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.Condition;
import java.util.List;
import org.apiguardian.api.API;

/** {@code all: [...]} as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record AllConditionDocument(@JsonProperty(value = "all", required = true) List<Condition> all) implements AllCondition {

    public AllConditionDocument {
        all = Lists.copy(all);
    }
}
