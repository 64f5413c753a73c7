package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A heading that every type's profile answers, e.g. "Was macht mich aus?". Declared once per
 * questionnaire; {@link TypeDefinition#profile()} is keyed by these ids.
 */
@API(status = STABLE, since = "1.0")
public interface ProfileTopic {

    /** {@return the id, which {@link TypeDefinition#profile()} is keyed by} */
    String id();

    /** {@return the heading} */
    LocalizedText title();
}
