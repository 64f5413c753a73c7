package de.typwerk.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.i18n.Messages;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The defaults a strategy's parameters schema names ({@code "default": 0.25} of a top-level
 * property) that its parameter type does not keep. The engine checks parameters against the schema
 * but never fills in a schema's {@code default}: a parameter a definition leaves out reaches the
 * strategy as the parameter type's compact constructor leaves it ({@code null} for a boxed
 * component it does not set; a primitive one is refused as missing). Checked where a plugin's jar
 * or classes folder is validated, and said only where it is sure: the other properties given their
 * defaults, the type must read with the property and without it.
 */
public final class SchemaDefaults {

    private SchemaDefaults() {
    }

    /** One warning text per property whose schema default {@code strategy}'s parameter type does not keep. */
    public static List<String> unkept(String strategyId, ScoringStrategy<?> strategy, ObjectMapper mapper, Messages messages) {
        try {
            Optional<String> text = strategy.parametersSchema();
            if (text.isEmpty()) return List.of();
            JsonNode schema = mapper.readTree(text.get());
            JsonNode properties = schema.path("properties");
            Class<?> type = strategy.parametersType();
            ObjectNode defaults = mapper.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                JsonNode promised = property.getValue().get("default");
                if (promised != null) defaults.set(property.getKey(), promised);
            }
            List<String> warnings = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String key = property.getKey();
                ObjectNode without = defaults.deepCopy();
                without.remove(key);
                if (!reads(mapper, defaults, type)) continue; // something else is required: nothing to tell
                if (!reads(mapper, without, type)) {
                    warnings.add(messages.get("validation.schemaDefault.refused", strategyId, key, property.getValue(), type.getName()));
                    continue;
                }
                JsonNode kept = mapper.valueToTree(mapper.treeToValue(without, type)).get(key);
                if (!same(property.getValue(), kept)) {
                    warnings.add(messages.get("validation.schemaDefault.unkept", strategyId, key, property.getValue(),
                            kept == null || kept.isNull() ? "null" : kept.toString(), type.getName()));
                }
            }
            return warnings;
        } catch (Exception | LinkageError e) {
            return List.of(); // a schema or type that does not read is reported elsewhere, or not sure enough to say
        }
    }

    private static boolean reads(ObjectMapper mapper, JsonNode node, Class<?> type) {
        try {
            mapper.treeToValue(node, type);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Equal as JSON values, numbers by their value (2 and 2.0 are one default). */
    private static boolean same(JsonNode promised, JsonNode kept) {
        if (kept == null) return false;
        if (promised.isNumber() && kept.isNumber()) return promised.decimalValue().compareTo(kept.decimalValue()) == 0;
        return promised.equals(kept);
    }
}
