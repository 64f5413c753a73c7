package de.typwerk.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.i18n.Messages;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
            Class<?> type = strategy.parametersType();
            ObjectNode defaults = mapper.createObjectNode();
            promised(mapper.readTree(text.get())).forEach(defaults::set);
            if (leftOut(mapper, defaults, type, "") instanceof LeftOut.Refused) return List.of(); // something else is required: nothing to tell
            List<String> warnings = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String key = property.getKey();
                ObjectNode without = defaults.deepCopy();
                without.remove(key);
                LeftOut outcome = leftOut(mapper, without, type, key);
                if (outcome instanceof LeftOut.Unwritable) return List.of(); // nothing to compare with: not sure enough to say
                if (outcome instanceof LeftOut.Refused refused) {
                    Optional<Class<?>> primitive = primitiveComponent(type, key);
                    warnings.add(primitive.isPresent()
                            ? messages.get("validation.schemaDefault.primitive", strategyId, key, property.getValue(), type.getName(),
                                    primitive.get().getName() + " " + key, boxed(primitive.get()))
                            : messages.get("validation.schemaDefault.refused", strategyId, key, property.getValue(), type.getName(),
                                    refused.detail()));
                } else if (outcome instanceof LeftOut.Bound bound && !same(property.getValue(), bound.kept())) {
                    warnings.add(messages.get("validation.schemaDefault.unkept", strategyId, key, property.getValue(),
                            shown(bound.kept()), type.getName()));
                }
            }
            return warnings;
        } catch (Exception | LinkageError e) {
            return List.of(); // a schema or type that does not read is reported elsewhere, or not sure enough to say
        }
    }

    /**
     * {@return the {@code default} each top-level property of a parameters schema names, by property, in the schema's order}
     *
     * @param schema a parameters schema, read
     */
    public static Map<String, JsonNode> promised(JsonNode schema) {
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode promised = property.getValue().get("default");
            if (promised != null) defaults.put(property.getKey(), promised);
        }
        return defaults;
    }

    /** What a parameter type makes of parameters that leave one property out. */
    public sealed interface LeftOut {
        /** The type does not bind them: {@code detail} is the first line of why. */
        record Refused(String detail) implements LeftOut {
        }

        /** The type binds them and gives the property {@code kept} (null: nothing written back for it). */
        record Bound(JsonNode kept) implements LeftOut {
        }

        /** The type binds them but cannot be written back as JSON: nothing to compare with. */
        record Unwritable() implements LeftOut {
        }
    }

    /**
     * {@return what {@code type} makes of {@code parameters} (a map or a JSON object) without {@code key}, bound as the
     * engine binds a definition's parameters}
     *
     * @param mapper     the mapper that binds them
     * @param parameters the parameters, the property already left out
     * @param type       the strategy's parameter type
     * @param key        the property left out, whose value the type gives is {@link LeftOut.Bound#kept()}
     */
    public static LeftOut leftOut(ObjectMapper mapper, Object parameters, Class<?> type, String key) {
        Object bound;
        try {
            bound = mapper.convertValue(parameters, type);
        } catch (IllegalArgumentException e) {
            return new LeftOut.Refused(why(e));
        }
        try {
            return new LeftOut.Bound(mapper.valueToTree(bound).get(key));
        } catch (IllegalArgumentException e) {
            return new LeftOut.Unwritable();
        }
    }

    /**
     * {@return the primitive type of {@code type}'s record component {@code key} ({@code double threshold}), which a
     * definition must write whatever the schema's default; empty for a boxed component, or a type that is no record}
     *
     * @param type the strategy's parameter type
     * @param key  a top-level property of its schema
     */
    public static Optional<Class<?>> primitiveComponent(Class<?> type, String key) {
        if (!type.isRecord()) return Optional.empty();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(key) && component.getType().isPrimitive()) return Optional.of(component.getType());
        }
        return Optional.empty();
    }

    /**
     * {@return the boxed type a primitive component becomes, as a finding names it: {@code Double} for {@code double}}
     *
     * @param primitive a primitive type
     */
    public static String boxed(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType().getSimpleName();
    }

    /**
     * Why binding refused the parameters, in the author's terms: what the type's own code threw (its compact
     * constructor's {@code IllegalArgumentException: threshold is missing}) where it threw, else the first line of
     * the binding's message.
     */
    private static String why(IllegalArgumentException e) {
        Throwable own = null;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (!t.getClass().getName().startsWith("com.fasterxml.jackson.")) {
                own = t;
                break;
            }
        }
        if (own != null) {
            return own.getClass().getSimpleName() + (own.getMessage() == null ? "" : ": " + own.getMessage().lines().findFirst().orElse(""));
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    /**
     * {@return whether the value a type keeps is the default promised: equal as JSON values, numbers by their value (2 and
     * 2.0 are one default)}
     *
     * @param promised the schema's default
     * @param kept     what the type gives, or null
     */
    public static boolean same(JsonNode promised, JsonNode kept) {
        if (kept == null) return false;
        if (promised.isNumber() && kept.isNumber()) return promised.decimalValue().compareTo(kept.decimalValue()) == 0;
        return promised.equals(kept);
    }

    /** {@return a kept value as a finding shows it: {@code null} for none} */
    public static String shown(JsonNode kept) {
        return kept == null || kept.isNull() ? "null" : kept.toString();
    }
}
