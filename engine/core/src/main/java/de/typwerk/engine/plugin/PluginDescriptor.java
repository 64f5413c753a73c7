package de.typwerk.engine.plugin;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.Version;
import de.typwerk.api.model.VersionRange;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a plugin says about itself, in {@code META-INF/typwerk/plugin.yaml} of its jar:
 *
 * <pre>{@code
 * id: lkt-kreistypen            # unique; the prefix typwerk- is reserved for Typwerk's own plugins
 * version: 1.0.0
 * api: "[1.0,2.0)"              # the engine API versions it works with
 * name: Kreistypen
 * vendor: Landkreistag Musterland
 * questionnaires:               # definition files in the jar; none for a strategy-only plugin
 *   - questionnaires/kreistypen.yaml
 * }</pre>
 */
@API(status = INTERNAL, since = "1.0")
@JsonPropertyOrder({"id", "version", "api", "name", "vendor", "description", "questionnaires"})
public record PluginDescriptor(@JsonProperty(required = true) String id,
                               @JsonProperty(required = true) Version version,
                               @JsonProperty(required = true) VersionRange api,
                               @JsonProperty(required = true) String name,
                               @JsonProperty(required = true) String vendor,
                               Optional<String> description,
                               List<String> questionnaires) {

    /** Location of the descriptor inside a plugin jar or class path entry. */
    public static final String RESOURCE = "META-INF/typwerk/plugin.yaml";

    /**
     * Where a plugin keeps a copy of its descriptor and of its {@code META-INF/services} files
     * under a name of its own ({@code META-INF/typwerk/plugins/<name>/plugin.yaml},
     * {@code …/<name>/services/<SPI>}), so that several plugins merged into one jar (an uber jar,
     * which keeps one {@value #RESOURCE}) can still be told apart. Typwerk's own plugins have it
     * (their build copies the files); see docs/integrators.md, "One jar with everything".
     */
    public static final String OWN_RESOURCES = "META-INF/typwerk/plugins/";

    public PluginDescriptor {
        description = description == null ? Optional.empty() : description;
        questionnaires = questionnaires == null ? List.of() : List.copyOf(questionnaires);
    }
}
