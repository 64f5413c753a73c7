package de.typwerk.engine.definition.document;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.ProfileTopic;
import org.apiguardian.api.API;

/** A profile topic as read from a definition. */
@API(status = INTERNAL, since = "1.0")
public record ProfileTopicDocument(@JsonProperty(required = true) String id,
                                   @JsonProperty(required = true) LocalizedText title) implements ProfileTopic {
}
