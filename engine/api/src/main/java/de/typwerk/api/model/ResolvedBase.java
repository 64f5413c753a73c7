package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apiguardian.api.API;

/**
 * The questionnaire a variant was resolved against, exactly: the version the {@code extends}
 * range chose among those loaded, and the hash of that definition, so that a result can be traced
 * to the very texts and weights it was scored with.
 *
 * @param contentHash {@code sha256:<hex>} of the base's definition file as read
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "version", "contentHash"})
public record ResolvedBase(String id, String version, String contentHash) {

    /** {@return {@code id@version}} */
    @JsonIgnore
    public String coordinates() {
        return id + "@" + version;
    }
}
