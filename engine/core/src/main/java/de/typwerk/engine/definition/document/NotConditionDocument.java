package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.NotCondition;
import org.apiguardian.api.API;

/** {@code not: {...}} as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record NotConditionDocument(@JsonProperty(value = "not", required = true) Condition not) implements NotCondition {
}
