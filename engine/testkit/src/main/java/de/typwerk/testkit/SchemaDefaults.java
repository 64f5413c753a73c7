package de.typwerk.testkit;

import static de.typwerk.engine.validation.SchemaDefaults.boxed;
import static de.typwerk.engine.validation.SchemaDefaults.leftOut;
import static de.typwerk.engine.validation.SchemaDefaults.primitiveComponent;
import static de.typwerk.engine.validation.SchemaDefaults.promised;
import static de.typwerk.engine.validation.SchemaDefaults.same;
import static de.typwerk.engine.validation.SchemaDefaults.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.validation.SchemaDefaults.LeftOut;
import java.util.ArrayList;
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
 * definitions that the strategy breaks without a word. Asked as {@code typwerk validate} asks it of a
 * plugin's jar ({@link de.typwerk.engine.validation.SchemaDefaults}), here on the test
 * questionnaire's parameters.
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
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        String type = strategy.parametersType().getName();
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : promised(schema).entrySet()) {
            String key = property.getKey();
            JsonNode promised = property.getValue();
            if (required.contains(key)) continue;
            Map<String, Object> without = new LinkedHashMap<>(parameters);
            without.remove(key);
            LeftOut outcome = leftOut(mapper, without, strategy.parametersType(), key);
            if (outcome instanceof LeftOut.Refused refused) {
                Optional<Class<?>> primitive = primitiveComponent(strategy.parametersType(), key);
                findings.add(primitive.isPresent()
                        ? kit.get("strategy.schema-default.primitive", key, promised, type, primitive.get().getName() + " " + key,
                                boxed(primitive.get()))
                        : kit.get("strategy.schema-default.refused", key, promised, type, refused.detail()));
            } else if (outcome instanceof LeftOut.Bound bound && !same(promised, bound.kept())) {
                findings.add(kit.get("strategy.schema-default.unkept", key, promised, shown(bound.kept()), type));
            }
        }
        return findings;
    }
}
