package de.typwerk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The defaults a strategy's parameters schema names ({@code "default": 0.25} of a top-level
 * property) that its parameter type does not set itself. The engine checks parameters against the
 * schema but never fills in a schema's {@code default}: a parameter a definition leaves out reaches
 * {@code check} and {@code prepare} as the parameter type's compact constructor leaves it,
 * {@code null} for a boxed component it does not set, and is refused for a primitive one. So a
 * default the schema promises and the type does not keep is a promise to the authors of
 * definitions that the strategy breaks without a word.
 */
final class SchemaDefaults {

    private SchemaDefaults() {
    }

    /**
     * One finding per property whose schema default the parameter type does not give when the
     * property is left out of {@code parameters} (the test questionnaire's, so that the other keys
     * are as a definition writes them).
     */
    static List<String> unkept(ScoringStrategy<?> strategy, Map<String, Object> parameters, KitMessages kit) {
        Optional<String> text = strategy.parametersSchema();
        if (text.isEmpty()) return List.of();
        ObjectMapper mapper = ContractCache.MAPPERS.json();
        JsonNode schema;
        try {
            schema = mapper.readTree(text.get());
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(); // a schema that does not read is the engine's to report, at loading
        }
        JsonNode properties = schema.path("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<String> findings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String key = property.getKey();
            JsonNode promised = property.getValue().get("default");
            if (promised == null || required.contains(key)) continue;
            Map<String, Object> without = new LinkedHashMap<>(parameters);
            without.remove(key);
            String type = strategy.parametersType().getName();
            Object bound;
            try {
                bound = mapper.convertValue(without, strategy.parametersType());
            } catch (IllegalArgumentException e) {
                String detail = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                findings.add(kit.get("strategy.schema-default.refused", key, promised, type, detail));
                continue;
            }
            JsonNode kept;
            try {
                kept = mapper.valueToTree(bound).get(key);
            } catch (IllegalArgumentException e) {
                continue; // a type Jackson cannot write back: nothing to compare with
            }
            if (!same(promised, kept)) {
                findings.add(kit.get("strategy.schema-default.unkept", key, promised,
                        kept == null || kept.isNull() ? "null" : kept.toString(), type));
            }
        }
        return findings;
    }

    /** Equal as JSON values, numbers by their value (2 and 2.0 are one default). */
    private static boolean same(JsonNode promised, JsonNode kept) {
        if (kept == null) return false;
        if (promised.isNumber() && kept.isNumber()) {
            return promised.decimalValue().compareTo(kept.decimalValue()) == 0;
        }
        return promised.equals(kept);
    }
}
